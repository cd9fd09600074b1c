// One native-messaging port to the companion: the hello that checks its protocol, requests with
// their replies, events for the link, and parts of large messages joined. It lives as long as the
// browser keeps the port (and the companion process) open.
import { z } from 'zod';
import { PartJoiner } from '../../shared/companion/parts';
import {
  type HostEvent,
  helloResultSchema,
  hostEventSchema,
} from '../../shared/companion/protocol';
import { COMPANION_PACKAGE, COMPANION_PROTOCOL } from '../../shared/companion/version';
import { SwitchboardError } from '../../shared/errors';

/** The slice of `chrome.runtime.Port` used here; unit tests link an in-memory twin. */
export interface NativePortLike {
  postMessage(message: unknown): void;
  disconnect(): void;
  onMessage: { addListener(listener: (message: unknown) => void): void };
  onDisconnect: { addListener(listener: () => void): void };
}

export type Listener = (event: Exclude<HostEvent, { type: 'reply' | 'part' }>) => void;

const HELLO_MS = 10_000;
const INSTALL = `npx ${COMPANION_PACKAGE} install`;

/** What Chrome's reason for a closed port means for the user. */
export function disconnectText(reason: string | undefined, greeted: boolean): string {
  if (reason && /not found/i.test(reason))
    return `The companion is not installed. To run local servers, run ${INSTALL} in a terminal, then choose Check again.`;
  if (reason && /forbidden/i.test(reason))
    return `The companion is installed for another extension id. Run ${INSTALL} again (with --extension-id for a build of your own), then choose Check again.`;
  if (!greeted)
    return `The companion did not start (${reason ?? 'it closed at once'}). Its launcher may point to a Node that moved: run ${INSTALL} again.`;
  return `The companion stopped (${reason ?? 'it closed the connection'}).`;
}

export class NativePort {
  private readonly joiner = new PartJoiner();
  private readonly replies = new Map<
    number,
    { resolve(v: unknown): void; reject(e: Error): void }
  >();
  private nextId = 1;
  private greeted = false;
  /** Why the port closed, once it has. */
  closedBecause: SwitchboardError | undefined;

  constructor(
    private readonly port: NativePortLike,
    private readonly listener: Listener,
    private readonly onClosed: (why: SwitchboardError) => void,
    lastError: () => string | undefined,
  ) {
    port.onMessage.addListener((message) => this.receive(message));
    port.onDisconnect.addListener(() =>
      this.close(
        new SwitchboardError('companion_unavailable', disconnectText(lastError(), this.greeted)),
      ),
    );
  }

  /** Checks the companion speaks our protocol; throws a SwitchboardError saying what to do if not. */
  async hello(extension: string): Promise<{ version: string }> {
    const answer = helloResultSchema.safeParse(
      await this.request({ type: 'hello', protocol: COMPANION_PROTOCOL, extension }, HELLO_MS),
    );
    if (!answer.success) throw this.fail('The companion answered its hello with something else.');
    const { protocol, version } = answer.data;
    if (protocol !== COMPANION_PROTOCOL) {
      const which = protocol > COMPANION_PROTOCOL ? 'newer' : 'older';
      throw this.fail(
        `The companion (version ${version}) is ${which} than this extension and speaks another protocol (${protocol}, this extension ${COMPANION_PROTOCOL}). ${which === 'older' ? `Run ${INSTALL} again to update it.` : 'Update the extension, or install the companion that matches it.'}`,
      );
    }
    this.greeted = true;
    return { version };
  }

  /** Sends a request and waits for its reply; a refusal becomes a SwitchboardError. */
  request(body: Record<string, unknown>, timeoutMs: number): Promise<unknown> {
    if (this.closedBecause) return Promise.reject(this.closedBecause);
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.replies.delete(id);
        reject(
          new SwitchboardError(
            'companion_unavailable',
            `The companion did not answer (${String(body.type)}).`,
          ),
        );
      }, timeoutMs);
      const settle = (done: () => void) => {
        clearTimeout(timer);
        this.replies.delete(id);
        done();
      };
      this.replies.set(id, {
        resolve: (value) => settle(() => resolve(value)),
        reject: (error) => settle(() => reject(error)),
      });
      this.post({ ...body, id });
    });
  }

  /** Sends without waiting (a JSON-RPC message on a channel). */
  post(message: Record<string, unknown>): void {
    if (this.closedBecause) throw this.closedBecause;
    this.port.postMessage(message);
  }

  disconnect(): void {
    if (this.closedBecause) return;
    this.port.disconnect();
    this.close(new SwitchboardError('companion_unavailable', 'The companion was closed.'));
  }

  private fail(message: string): SwitchboardError {
    const error = new SwitchboardError('companion_unavailable', message);
    if (!this.closedBecause) this.port.disconnect();
    this.close(error);
    return error;
  }

  private close(why: SwitchboardError): void {
    if (this.closedBecause) return;
    this.closedBecause = why;
    for (const waiting of this.replies.values()) waiting.reject(why);
    this.onClosed(why);
  }

  private receive(raw: unknown): void {
    let event: HostEvent;
    try {
      event = hostEventSchema.parse(raw);
      if (event.type === 'part') {
        const whole = this.joiner.add(event);
        if (whole === undefined) return;
        event = hostEventSchema.parse(JSON.parse(whole));
      }
    } catch (error) {
      const detail = error instanceof z.ZodError ? error.issues[0]?.message : String(error);
      this.fail(`The companion sent a message this extension cannot read (${detail}).`);
      return;
    }
    if (event.type === 'reply') {
      const waiting = this.replies.get(event.id);
      if (event.error)
        waiting?.reject(new SwitchboardError('companion_unavailable', event.error.message));
      else waiting?.resolve(event.result);
    } else if (event.type !== 'part') this.listener(event);
  }
}
