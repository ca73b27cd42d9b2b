// An HTTP request with a Host header of the test's choosing (fetch does not allow one).
import http from 'node:http';

/** A request with a Host header of our choosing (fetch does not allow one). */
export function request(url: string, options: { method?: string; host?: string; body?: unknown } = {}): Promise<{ status: number; body: any }> {
  const u = new URL(url);
  return new Promise((ok, ko) => {
    const payload = options.body === undefined ? undefined : typeof options.body === 'string' ? options.body : JSON.stringify(options.body);
    const req = http.request({
      hostname: u.hostname, port: u.port, path: `${u.pathname}${u.search}`, method: options.method ?? 'GET',
      headers: { host: options.host ?? u.host, ...(payload ? { 'content-type': 'application/json' } : {}) },
    }, (res) => {
      let text = '';
      res.on('data', (d) => { text += d; });
      res.on('end', () => ok({ status: res.statusCode!, body: text ? JSON.parse(text) : undefined }));
    });
    req.on('error', ko);
    if (payload) req.write(payload);
    req.end();
  });
}
