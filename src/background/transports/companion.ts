// An MCP SDK Transport to one local server run by the companion: a channel on the companion's
// shared native port. start() has the companion start the server by name; close() stops it.
import {
  type JSONRPCMessage,
  parseJSONRPCMessage,
  type Transport,
} from '@modelcontextprotocol/client';
import type { WireError } from '../../shared/errors';
import type { CompanionLink } from '../companion/link';

export class CompanionTransport implements Transport {
  onclose?: Transport['onclose'];
  onerror?: Transport['onerror'];
  onmessage?: Transport['onmessage'];

  /** Why it closed when the process ended or the companion went (not when close() was called). */
  closeReason: WireError | undefined;
  /** Messages the server sent so far. */
  received = 0;
  private channel: string | undefined;
  private started = false;
  private closed = false;

  constructor(
    private readonly link: CompanionLink,
    readonly server: string,
  ) {}

  async start(): Promise<void> {
    if (this.started)
      throw new Error('CompanionTransport already started; create a new transport.');
    this.started = true;
    const channel = await this.link.open(this.server, {
      message: (message) => this.receive(message),
      closed: (why) => {
        if (this.closed) return;
        this.closed = true;
        this.closeReason = why;
        this.onclose?.();
      },
    });
    // Closed while the companion was starting it: it runs for no one.
    if (this.closed) this.link.close(channel);
    else this.channel = channel;
  }

  async send(message: JSONRPCMessage): Promise<void> {
    if (this.closed || !this.channel)
      throw new Error(this.closeReason?.message ?? `Cannot send: “${this.server}” is not running.`);
    this.link.send(this.channel, message as Record<string, unknown>);
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    if (this.channel) this.link.close(this.channel);
    this.onclose?.();
  }

  private receive(raw: Record<string, unknown>): void {
    if (this.closed) return;
    let message: JSONRPCMessage;
    try {
      message = parseJSONRPCMessage(raw);
    } catch (error) {
      this.onerror?.(
        new Error(`“${this.server}” sent something that is not a JSON-RPC message.`, {
          cause: error,
        }),
      );
      return;
    }
    this.received++;
    this.onmessage?.(message);
  }
}
