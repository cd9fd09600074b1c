// An MCP SDK Transport over one WebSocket: subprotocol `mcp`, one JSON-RPC message per text frame.
import {
  type JSONRPCMessage,
  parseJSONRPCMessage,
  type Transport,
} from '@modelcontextprotocol/client';

/**
 * WebSocket servers (supergateway, older SDK servers) only speak the legacy `initialize` era, so
 * connect the Client with `versionNegotiation: { mode: 'legacy' }` or `prior: { kind: 'legacy' }`:
 * with 'auto' the SDK would first send a `server/discover` probe down the socket.
 */
export interface WebSocketClientTransportOptions {
  /** The WebSocket class; the global one by default (tests pass the `ws` package's). */
  WebSocketImpl?: typeof WebSocket;
  /** How long start() waits for the socket to open. Default 10000. */
  connectTimeoutMs?: number;
}

const SUBPROTOCOL = 'mcp';
const DEFAULT_CONNECT_TIMEOUT_MS = 10_000;
const NORMAL_CLOSURE = 1000;
// WebSocket.OPEN: not a global in Node 20, and the class may be swapped.
const OPEN = 1;
const SNIPPET_CHARS = 120;

export class WebSocketClientTransport implements Transport {
  onclose?: Transport['onclose'];
  onerror?: Transport['onerror'];
  onmessage?: Transport['onmessage'];

  private socket: WebSocket | undefined;
  private started = false;
  private opened = false;
  private closed = false;
  /** Set while start() waits for the socket to open. */
  private abortStart: ((reason: string) => void) | undefined;
  /** Detail of an error event, reported with the close that follows it. */
  private errorDetail: string | undefined;
  private readonly where: string;
  private readonly WebSocketImpl: typeof WebSocket | undefined;
  private readonly connectTimeoutMs: number;

  constructor(
    private readonly url: URL,
    options: WebSocketClientTransportOptions = {},
  ) {
    this.where = hostAndPort(url);
    this.WebSocketImpl = options.WebSocketImpl ?? globalThis.WebSocket;
    this.connectTimeoutMs = options.connectTimeoutMs ?? DEFAULT_CONNECT_TIMEOUT_MS;
  }

  start(): Promise<void> {
    if (this.started) {
      return Promise.reject(
        new Error('WebSocketClientTransport already started; create a new transport.'),
      );
    }
    this.started = true;
    return new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        abort(`no answer within ${this.connectTimeoutMs} ms`);
        this.socket?.close();
      }, this.connectTimeoutMs);
      const abort = (reason: string) => {
        clearTimeout(timer);
        this.abortStart = undefined;
        this.closed = true;
        const error = new Error(`Could not open a WebSocket to ${this.where}: ${reason}.`);
        // Named so the session tells "unreachable" apart from a protocol failure.
        error.name = 'WebSocketOpenError';
        reject(error);
      };
      this.abortStart = abort;

      const Impl = this.WebSocketImpl;
      if (!Impl) {
        abort('this environment has no WebSocket');
        return;
      }
      let socket: WebSocket;
      try {
        socket = new Impl(this.url.href, SUBPROTOCOL);
      } catch (error) {
        abort(messageOf(error) ?? 'the address was rejected');
        return;
      }
      this.socket = socket;
      socket.binaryType = 'arraybuffer';
      // Listeners stay attached for the socket's life: `ws` throws on an unheard 'error' event.
      socket.addEventListener('open', () => {
        if (this.closed) return;
        clearTimeout(timer);
        this.abortStart = undefined;
        this.opened = true;
        resolve();
      });
      socket.addEventListener('message', (event) => this.receive(event.data));
      socket.addEventListener('error', (event) => {
        // Browsers give no detail; the close event that always follows carries the code.
        this.errorDetail ??= messageOf(event);
      });
      socket.addEventListener('close', (event) => {
        if (this.opened) this.remoteClosed(event);
        else this.abortStart?.(closeDetail(this.errorDetail, event));
      });
    });
  }

  async send(message: JSONRPCMessage): Promise<void> {
    const socket = this.socket;
    if (!socket || this.closed || socket.readyState !== OPEN) {
      throw new Error(`Cannot send: the WebSocket to ${this.where} is not open.`);
    }
    try {
      socket.send(JSON.stringify(message));
    } catch (error) {
      throw new Error(
        `Could not send on the WebSocket to ${this.where}: ${messageOf(error) ?? String(error)}`,
        {
          cause: error,
        },
      );
    }
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.abortStart?.('it was closed before it opened');
    this.closed = true;
    try {
      this.socket?.close(NORMAL_CLOSURE);
    } catch {
      // Already closing or closed: nothing left to end.
    }
    this.onclose?.();
  }

  private remoteClosed(event: CloseEvent): void {
    if (this.closed) return;
    this.closed = true;
    if (this.errorDetail !== undefined || event.code !== NORMAL_CLOSURE) {
      this.reportError(
        new Error(
          `The WebSocket to ${this.where} closed: ${closeDetail(this.errorDetail, event)}.`,
        ),
      );
    }
    this.onclose?.();
  }

  private receive(data: unknown): void {
    if (this.closed) return;
    if (typeof data !== 'string') {
      this.reportError(
        new Error(`${this.where} sent a binary WebSocket frame; MCP uses text frames only.`),
      );
      return;
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(data);
    } catch (error) {
      this.reportError(
        new Error(`${this.where} sent a WebSocket frame that is not JSON: ${snippet(data)}`, {
          cause: error,
        }),
      );
      return;
    }
    for (const item of Array.isArray(parsed) ? parsed : [parsed]) {
      let message: JSONRPCMessage;
      try {
        message = parseJSONRPCMessage(item);
      } catch (error) {
        this.reportError(
          new Error(
            `${this.where} sent a WebSocket frame that is not a JSON-RPC message: ${snippet(JSON.stringify(item))}`,
            { cause: error },
          ),
        );
        continue;
      }
      try {
        this.onmessage?.(message);
      } catch (error) {
        this.reportError(error instanceof Error ? error : new Error(String(error)));
      }
    }
  }

  /** Nothing may throw out of the socket's event handlers, not even a failing onerror. */
  private reportError(error: Error): void {
    try {
      this.onerror?.(error);
    } catch {
      // Nothing sensible left to do with it.
    }
  }
}

function hostAndPort(url: URL): string {
  const port = url.port || (url.protocol === 'wss:' ? '443' : '80');
  return `${url.hostname}:${port}`;
}

function closeDetail(errorDetail: string | undefined, event: CloseEvent): string {
  const reason = event.reason ? `, reason "${event.reason}"` : '';
  const code = `code ${event.code}${reason}`;
  return errorDetail ? `${errorDetail} (${code})` : `connection closed (${code})`;
}

/** The `message` of an Error or of a `ws` ErrorEvent; undefined for a bare DOM Event. */
function messageOf(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null || !('message' in value)) return undefined;
  return typeof value.message === 'string' && value.message ? value.message : undefined;
}

function snippet(text: string): string {
  return text.length > SNIPPET_CHARS ? `${text.slice(0, SNIPPET_CHARS)}…` : text;
}
