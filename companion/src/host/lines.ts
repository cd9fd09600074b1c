// Splits a stream into lines without holding more than `maxBytes` of one line: a server's stdout
// (one JSON-RPC message per line) and its stderr.

export class LineSplitter {
  private parts: Buffer[] = [];
  private size = 0;
  /** Dropping the rest of a line that grew too long. */
  private skipping = false;

  constructor(
    private readonly maxBytes: number,
    private readonly onLine: (line: string) => void,
    private readonly onTooLong: () => void = () => {},
  ) {}

  push(chunk: Buffer): void {
    let start = 0;
    for (let end = chunk.indexOf(10); end !== -1; end = chunk.indexOf(10, start)) {
      this.take(chunk.subarray(start, end));
      this.finish();
      start = end + 1;
    }
    this.take(chunk.subarray(start));
  }

  /** The last line, when the stream ended without a newline. */
  end(): void {
    if (this.size > 0) this.finish();
  }

  private take(piece: Buffer): void {
    if (this.skipping || piece.length === 0) return;
    if (this.size + piece.length > this.maxBytes) {
      this.parts = [];
      this.size = 0;
      this.skipping = true;
      this.onTooLong();
      return;
    }
    this.parts.push(piece);
    this.size += piece.length;
  }

  private finish(): void {
    const skipped = this.skipping;
    const line = Buffer.concat(this.parts).toString('utf8').replace(/\r$/, '');
    this.parts = [];
    this.size = 0;
    this.skipping = false;
    if (!skipped) this.onLine(line);
  }
}
