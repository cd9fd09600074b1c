// One server's MCP session: connects with the SDK, lists tools, calls them, and reports its state.
import {
  Client,
  type DiscoverResult,
  type PriorDiscovery,
  StreamableHTTPClientTransport,
  type Tool,
} from '@modelcontextprotocol/client';
import { SwitchboardError, type WireError } from '../../shared/errors';
import type { ChatToolResult, ServerStatus } from '../../shared/messages/views';
import type { ServerConfig, SessionRecord } from '../../shared/storage/items';
import { checkServerUrl } from '../servers/url';
import { diagnose } from './diagnose';
import { normalizeResult } from './normalize';

const CLIENT_INFO = { name: 'mcp-switchboard', version: '0.1.0' };
const CONNECT_TIMEOUT_MS = 15_000;
const CALL_TIMEOUT_MS = 60_000;

export interface SessionDeps {
  /** Resumption data saved by an earlier worker, if any. */
  loadRecord(): Promise<SessionRecord | undefined>;
  saveRecord(record: SessionRecord | undefined): Promise<void>;
  onStatus(status: ServerStatus): void;
}

export class ServerSession {
  status: ServerStatus = { state: 'connecting', toolCount: 0 };
  tools: Tool[] = [];
  private client: Client | undefined;
  private pending: Promise<void> | undefined;
  private closed = false;

  constructor(
    readonly config: ServerConfig,
    private readonly deps: SessionDeps,
  ) {}

  /** Connects unless connected; concurrent callers share one attempt. Never throws. */
  ensureConnected(): Promise<void> {
    if (this.status.state === 'connected' && this.client) return Promise.resolve();
    this.pending ??= this.connect().finally(() => {
      this.pending = undefined;
    });
    return this.pending;
  }

  async callTool(name: string, args: Record<string, unknown>): Promise<ChatToolResult> {
    await this.ensureConnected();
    const client = this.client;
    if (!client) throw this.failure();
    const tool = this.tools.find((t) => t.name === name);
    const result = await client.callTool(
      { name, arguments: args },
      { timeout: CALL_TIMEOUT_MS, ...(tool ? { toolDefinition: tool } : {}) },
    );
    return normalizeResult(result);
  }

  async close(): Promise<void> {
    this.closed = true;
    const client = this.client;
    this.client = undefined;
    await client?.close().catch(() => {});
  }

  private failure(): SwitchboardError {
    const error = this.status.error;
    return new SwitchboardError(error?.code ?? 'unreachable', error?.message ?? 'Not connected.');
  }

  private setStatus(status: ServerStatus): void {
    if (this.closed) return;
    this.status = status;
    this.deps.onStatus(status);
  }

  private async connect(): Promise<void> {
    this.setStatus({ ...this.status, state: 'connecting', error: undefined });
    try {
      const url = checkServerUrl(this.config.url);
      const record = await this.deps.loadRecord();
      const usable = record?.url === url.href ? record : undefined;
      // The SDK learns a server's capabilities only from the handshake, so a session left by an
      // earlier worker cannot be adopted: end it, and open a new one with the saved era verdict.
      if (usable?.sessionId) endSession(url, usable.sessionId);
      const client = await this.open(url, usable);
      if (this.closed) {
        await client.close();
        return;
      }
      this.client = client;
      this.setStatus({
        state: 'connected',
        toolCount: this.tools.length,
        protocolVersion: client.getNegotiatedProtocolVersion(),
        serverName: client.getServerVersion()?.name,
      });
    } catch (error) {
      this.fail(diagnose(error, this.config.url));
    }
  }

  private async open(url: URL, record: SessionRecord | undefined): Promise<Client> {
    const client = new Client(CLIENT_INFO, {
      capabilities: {},
      versionNegotiation: { mode: 'auto' },
    });
    const transport = new StreamableHTTPClientTransport(url);
    try {
      await client.connect(transport, { timeout: CONNECT_TIMEOUT_MS, ...priorOf(record) });
      this.tools = (await client.listTools(undefined, { timeout: CONNECT_TIMEOUT_MS })).tools;
    } catch (error) {
      await client.close().catch(() => {});
      throw error;
    }
    client.onclose = () => {
      if (this.client !== client) return;
      this.client = undefined;
      this.fail({ code: 'unreachable', message: 'The connection to the server closed.' });
    };
    const era = client.getProtocolEra() === 'modern' ? 'modern' : 'legacy';
    await this.deps.saveRecord({
      url: url.href,
      era,
      ...(era === 'modern' ? { discover: client.getDiscoverResult() } : {}),
      ...(transport.sessionId ? { sessionId: transport.sessionId } : {}),
      ...(client.getNegotiatedProtocolVersion()
        ? { protocolVersion: client.getNegotiatedProtocolVersion() }
        : {}),
    });
    return client;
  }

  private fail(error: WireError): void {
    this.setStatus({ state: 'error', error: { ...error, at: Date.now() }, toolCount: 0 });
  }
}

/** Best effort: the server may already have dropped it, or not support DELETE (405). */
function endSession(url: URL, sessionId: string): void {
  void new StreamableHTTPClientTransport(url, { sessionId }).terminateSession().catch(() => {});
}

function priorOf(record: SessionRecord | undefined): { prior?: PriorDiscovery } {
  if (!record) return {};
  if (record.era === 'legacy') return { prior: { kind: 'legacy' } };
  return record.discover
    ? { prior: { kind: 'modern', discover: record.discover as DiscoverResult } }
    : {};
}
