// Runs the tool calls the user approved: once each, cancellable, with progress sent to the caller,
// and records every call in the call log, and those put to a server in the metrics (both kept
// across worker restarts).
import {
  type ElicitRequestParams,
  type ElicitResult,
  SdkError,
  SdkErrorCode,
} from '@modelcontextprotocol/client';
import { SwitchboardError, toWireError } from '../../shared/errors';
import type { ToolCall } from '../../shared/mcp/tool-call';
import type { Activity, CallOutcome, ChatToolResult } from '../../shared/messages/views';
import type { ItemStorage } from '../../shared/storage/item-storage';
import { activityItem, type Policy, policiesItem } from '../../shared/storage/items';
import { diagnose } from '../sessions/diagnose';
import type { SessionManager } from '../sessions/manager';
import { normalizeResult } from '../sessions/normalize';
import type { SiteSettingsStore } from '../site-settings';
import { CallLog } from './call-log';
import { IdleTimer } from './idle-timer';
import { Metrics } from './metrics';
import { type Approval, checkConsent, policyFor } from './policy';
import { resolveSession } from './resolve';
import { argumentProblems } from './validate';

export interface CallContext {
  callKey?: string;
  /** `user`: the user pressed Run; `auto`: auto mode, with no click. */
  approval: Approval;
  /** The chat site a content script called from; auto mode must be on there. */
  siteId?: string;
  onProgress?: (progress: { progress: number; total?: number; message?: string }) => void;
  /** Asks the user, in the call's card, when the server needs input during the call. */
  onElicit?: (request: ElicitRequestParams) => Promise<ElicitResult>;
}

/** Why a call was aborted when it went quiet for longer than its timeout. */
const TIMED_OUT = new SdkError(SdkErrorCode.RequestTimeout, 'The call timed out.');

/** A running call that can ask its user for input. */
interface Asker {
  serverId: string;
  started: number;
  ask(request: ElicitRequestParams): Promise<ElicitResult>;
}

/** What the metrics keep as a tool's error: the log and the metrics never hold a result. */
const TOOL_ERROR = 'The tool answered with an error.';

interface Outcome {
  outcome: CallOutcome;
  error?: string;
  /** False when the server was never tried: the call was denied, or its arguments did not fit. */
  triedServer: boolean;
}

export class CallService {
  private readonly running = new Map<string, AbortController>();
  private readonly askers = new Map<string, Asker>();
  private metrics = new Metrics();
  private log = new CallLog();
  private readonly loaded: Promise<void>;
  private saveTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly manager: SessionManager,
    private readonly storage: ItemStorage,
    private readonly sites?: SiteSettingsStore,
    /** Told when a call was recorded or the activity cleared, so open pages can refresh. */
    private readonly onActivity: () => void = () => {},
  ) {
    this.loaded = storage.get(activityItem).then((value) => {
      this.metrics = Metrics.fromJSON(value.metrics);
      this.log = CallLog.fromJSON(value.log);
    });
  }

  async call(
    call: ToolCall,
    context: CallContext,
  ): Promise<{ server: string; result: ChatToolResult }> {
    await this.loaded;
    const sessions = this.manager.all();
    await Promise.all(sessions.map((s) => s.ensureConnected()));
    const session = resolveSession(sessions, call);
    const policies = await this.storage.get(policiesItem);
    const entry = session.catalog.tools.find((t) => t.name === call.tool);
    const policy = policyFor(policies, session.config.id, entry ?? { name: call.tool });
    try {
      checkConsent(policy, context.approval, session.config.name, call.tool);
      if (
        context.approval === 'auto' &&
        !(context.siteId && (await this.sites?.of(context.siteId))?.auto)
      ) {
        throw new SwitchboardError(
          'denied',
          'Auto mode is off for this site: press Run to allow this call.',
        );
      }
      const problems = entry ? argumentProblems(entry.inputSchema, call.arguments) : [];
      if (problems.length) {
        throw new SwitchboardError(
          'bad_request',
          `The arguments do not fit ${call.tool}: ${problems.join('; ')}.`,
        );
      }
    } catch (error) {
      const wire = toWireError(error);
      this.record(call, session.config.name, Date.now(), context, {
        outcome: wire.code === 'denied' ? 'denied' : 'failed',
        error: wire.message,
        triedServer: false,
      });
      throw error;
    }
    if (context.callKey && this.running.has(context.callKey)) {
      throw new SwitchboardError('bad_request', 'That call is already running.');
    }
    const abort = new AbortController();
    const started = Date.now();
    // The call's idle timeout: progress restarts it, and it waits while the user answers a
    // question the server asked (that can take longer than any server should be silent).
    const idle = new IdleTimer(session.config.callTimeoutMs, () => abort.abort(TIMED_OUT));
    const onProgress = (progress: Parameters<NonNullable<CallContext['onProgress']>>[0]) => {
      idle.restart();
      context.onProgress?.(progress);
    };
    if (context.callKey) {
      this.running.set(context.callKey, abort);
      const ask = context.onElicit;
      if (ask)
        this.askers.set(context.callKey, {
          serverId: session.config.id,
          started,
          ask: async (request) => {
            idle.pause();
            try {
              return await ask(request);
            } finally {
              idle.restart();
            }
          },
        });
    }
    const server = session.config.name;
    try {
      const raw = await session.callTool(call.tool, call.arguments, {
        signal: abort.signal,
        ownTimeout: true,
        onprogress: onProgress,
      });
      const result = normalizeResult(raw);
      this.record(call, server, started, context, {
        outcome: result.isError ? 'tool-error' : 'ok',
        triedServer: true,
      });
      return { server, result };
    } catch (error) {
      const wire =
        abort.signal.reason === TIMED_OUT
          ? diagnose(TIMED_OUT, session.config.url)
          : abort.signal.aborted
            ? { code: 'cancelled' as const, message: 'You cancelled the call.' }
            : error instanceof SwitchboardError
              ? toWireError(error)
              : diagnose(error, session.config.url);
      this.record(call, server, started, context, {
        outcome:
          wire.code === 'cancelled' ? 'cancelled' : wire.code === 'timeout' ? 'timeout' : 'failed',
        error: wire.message,
        triedServer: true,
      });
      throw new SwitchboardError(wire.code, wire.message);
    } finally {
      idle.stop();
      if (context.callKey) {
        this.running.delete(context.callKey);
        this.askers.delete(context.callKey);
      }
    }
  }

  /** Why a call cannot run as written: an unknown tool, or arguments that do not fit its schema. */
  async check(call: ToolCall): Promise<{ problems: string[]; policy?: Policy }> {
    const sessions = this.manager.all();
    await Promise.all(sessions.map((s) => s.ensureConnected()));
    try {
      const session = resolveSession(sessions, call);
      const entry = session.catalog.tools.find((t) => t.name === call.tool);
      if (entry?.unavailable)
        return { problems: [`${call.tool} cannot be called: ${entry.unavailable}`] };
      const policies = await this.storage.get(policiesItem);
      const policy = policyFor(policies, session.config.id, entry ?? { name: call.tool });
      return { problems: entry ? argumentProblems(entry.inputSchema, call.arguments) : [], policy };
    } catch (error) {
      return { problems: [toWireError(error).message] };
    }
  }

  /**
   * A server asks for the user's input. The request comes in the middle of one of its calls but
   * does not say which: it goes to the card of the server's latest running call. With no call
   * running there is no one to ask, so it is declined.
   */
  async elicit(serverId: string, request: ElicitRequestParams): Promise<ElicitResult> {
    const latest = [...this.askers.values()]
      .filter((a) => a.serverId === serverId)
      .sort((a, b) => b.started - a.started)[0];
    return latest ? latest.ask(request) : { action: 'decline' };
  }

  cancel(callKey: string): boolean {
    const abort = this.running.get(callKey);
    abort?.abort();
    return abort !== undefined;
  }

  /** The user pressed Deny on a card: the call goes into the log, under the server it names. */
  async declined(call: ToolCall, siteId: string | undefined): Promise<void> {
    await this.loaded;
    const sessions = this.manager.all();
    await Promise.all(sessions.map((s) => s.ensureConnected()));
    let server: string;
    try {
      server = resolveSession(sessions, call).config.name;
    } catch {
      // Its card would not have offered Deny: there is no server to file it under.
      return;
    }
    this.record(
      call,
      server,
      Date.now(),
      { approval: 'user', ...(siteId ? { siteId } : {}) },
      { outcome: 'denied', error: 'You declined this call.', triedServer: false },
    );
  }

  async activity(): Promise<Activity> {
    await this.loaded;
    return { metrics: this.metrics.summary(), log: this.log.entries() };
  }

  async clear(): Promise<void> {
    await this.loaded;
    this.metrics = new Metrics();
    this.log.clear();
    await this.save();
    this.onActivity();
  }

  private record(
    call: ToolCall,
    server: string,
    started: number,
    context: CallContext,
    { outcome, error, triedServer }: Outcome,
  ): void {
    const durationMs = Date.now() - started;
    // Only a call put to the server says anything about its speed or health.
    if (triedServer) {
      const message = outcome === 'tool-error' ? TOOL_ERROR : error;
      this.metrics.record({
        server,
        tool: call.tool,
        ok: outcome === 'ok',
        durationMs,
        at: started,
        ...(message ? { error: message } : {}),
      });
    }
    this.log.add({
      id: crypto.randomUUID(),
      at: started,
      server,
      tool: call.tool,
      arguments: call.arguments,
      outcome,
      durationMs,
      approval: context.approval,
      ...(context.siteId ? { site: context.siteId } : {}),
      ...(error ? { error } : {}),
    });
    this.onActivity();
    // A worker may be stopped at any moment; a short delay batches bursts of calls.
    this.saveTimer ??= setTimeout(() => {
      this.saveTimer = undefined;
      // A failed write is reported by the storage; the next record saves everything again.
      this.save().catch(() => {});
    }, 200);
  }

  private save(): Promise<void> {
    return this.storage.write(activityItem, {
      metrics: this.metrics.toJSON(),
      log: this.log.toJSON(),
    });
  }
}
