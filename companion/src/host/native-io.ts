// Native messaging over stdin and stdout: each message is the byte length of its UTF-8 JSON (four
// bytes in the machine's order, little-endian wherever browsers run) and then the JSON itself.
import { frameTexts } from '../../../src/shared/companion/parts';
import { type HostEvent, MAX_MESSAGE_BYTES } from '../../../src/shared/companion/protocol';

/** Reads whole messages out of stdin's chunks. */
export class FrameReader {
  private buffer: Buffer = Buffer.alloc(0);

  /** The messages completed by this chunk; throws when the browser sends something unreadable. */
  push(chunk: Buffer): unknown[] {
    this.buffer = this.buffer.length ? Buffer.concat([this.buffer, chunk]) : chunk;
    const messages: unknown[] = [];
    while (this.buffer.length >= 4) {
      const length = this.buffer.readUInt32LE(0);
      if (length > MAX_MESSAGE_BYTES) throw new Error(`A message of ${length} bytes is too large.`);
      if (this.buffer.length < 4 + length) break;
      messages.push(JSON.parse(this.buffer.toString('utf8', 4, 4 + length)));
      this.buffer = this.buffer.subarray(4 + length);
    }
    return messages;
  }
}

export function encodeFrame(json: string): Buffer {
  const body = Buffer.from(json, 'utf8');
  const header = Buffer.alloc(4);
  header.writeUInt32LE(body.length, 0);
  return Buffer.concat([header, body]);
}

/** Writes events to the browser, each in parts when it is over the 1 MB a host may send. */
export class FrameWriter {
  private parts = 0;

  constructor(private readonly write: (frame: Buffer) => void) {}

  send(event: HostEvent): void {
    for (const text of frameTexts(JSON.stringify(event), this.parts++))
      this.write(encodeFrame(text));
  }
}
