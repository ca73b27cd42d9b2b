// A TCP relay in front of a server, which a test can cut and restore: cut,
// every open connection drops at once and new ones are refused, as a client
// sees a server that went away; restored, it answers on the same port again.
// The server behind it drops the transactions of the lost connections, as it
// does when a client's machine or network goes.
import net from 'node:net';

export interface Relay { uri: string; cut(): Promise<void>; restore(): Promise<void>; close(): Promise<void> }

export async function relay(target: string): Promise<Relay> {
  const { hostname, port, protocol } = new URL(target);
  const sockets = new Set<net.Socket>();
  const track = (s: net.Socket) => { sockets.add(s); s.on('close', () => sockets.delete(s)); s.on('error', () => s.destroy()); };
  const server = net.createServer((client) => {
    const upstream = net.connect(Number(port), hostname);
    // Each Bolt message sent at once, as without the relay (Nagle's delay made a load ten times slower).
    client.setNoDelay(true);
    upstream.setNoDelay(true);
    track(client); track(upstream);
    client.pipe(upstream).pipe(client);
    client.on('close', () => upstream.destroy());
    upstream.on('close', () => client.destroy());
  });
  const listen = (at: number) => new Promise<void>((ok, ko) => { server.once('error', ko); server.listen(at, '127.0.0.1', () => { server.off('error', ko); ok(); }); });
  await listen(0);
  const own = (server.address() as net.AddressInfo).port;
  const cut = async () => {
    const closed = new Promise<void>((ok) => server.close(() => ok()));
    for (const s of sockets) s.destroy();
    await closed;
  };
  return {
    uri: `${protocol}//127.0.0.1:${own}`,
    cut,
    restore: () => listen(own),
    close: () => (server.listening ? cut() : Promise.resolve()),
  };
}
