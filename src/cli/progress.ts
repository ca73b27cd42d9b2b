// Progress on stderr: a line redrawn in place on a terminal, a line every
// few seconds otherwise (CI logs), and nothing when quiet.

export class ProgressLine {
  private last = 0;
  constructor(private readonly quiet = false, private readonly stream: NodeJS.WriteStream = process.stderr) {}

  update(done: number, total: number, what: string): void {
    if (this.quiet) return;
    const line = `${what}: ${done}/${total} (${total ? Math.round((100 * done) / total) : 100}%)`;
    if (this.stream.isTTY) { this.stream.write(`\r\x1b[2K${line}`); return; }
    const now = Date.now();
    if (done === total || now - this.last > 2000) { this.stream.write(`${line}\n`); this.last = now; }
  }

  done(): void {
    if (!this.quiet && this.stream.isTTY) this.stream.write('\n');
  }
}
