// Runs the tool calls the user approved, as planned once (plan.ts): once each, cancellable, with
// progress sent to the caller, and records every call in the call log, and those put to a server
// in the metrics (both kept across worker restarts).
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
import { activityItem, type Policy } from '../../shared/storage/items';
import { diagnose } from '../sessions/diagnose';
import { normalizeResult } from '../sessions/normalize';
import type { SiteSettingsStore } from '../site-settings';
import { CallLog } from './call-log';
import { IdleTimer } from './idle-timer';
import { Metrics } from './metrics';
import { type CallPlan, checkAnswer, type PlanSources, planCall, refusalOf } from './plan';
import type { Approval } from './policy';
import { RateLimiter } from './rate-limit';
import type { RunningCalls } from './running';

export interface CallContext {
  /** The caller's name for the call, for Cancel and for progress pushed to its tab. */
  callKey?: string;
  /** `user`: the user pressed Run; `auto`: auto mode, with no click. */
  approval: Approval;
  /** The chat site a content script called from; auto mode must be on there. */
  siteId?: string;
  /** The chat tab a content script called from. */
  tabId?: number;
  onProgress?: (progress: { progress: number; total?: number; message?: string }) => void;
  /** Asks the user, in the call's card, when the server needs input during the call. */
  onElicit?: (request: ElicitRequestParams) => Promise<ElicitResult>;
}

export interface CallServiceDeps extends PlanSources {
  storage: ItemStorage;
  running: RunningCalls;
  sites?: SiteSettingsStore;
  /** The per-server cap on calls a minute; one of its own unless given. */
  limiter?: RateLimiter;
  /** Told when a call was recorded or the activity cleared, so open pages can refresh. */
  onActivity?: () => void;
}

/** Why a call was aborted when it went quiet for longer than its timeout. */
const TIMED_OUT = new SdkError(SdkErrorCode.RequestTimeout, 'The call timed out.');

/** What the metrics keep as a tool's error: the log and the metrics never hold a result. */
const TOOL_ERROR = 'The tool answered with an error.';

interface Outcome {
  outcome: CallOutcome;
  error?: string;
  /** False when the server was never tried: the call was refused before it was sent. */
  triedServer: boolean;
}

export class CallService {
  private metrics = new Metrics();
  private log = new CallLog();
  private readonly loaded: Promise<void>;
  private saveTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly limiter: RateLimiter;

  constructor(private readonly deps: CallServiceDeps) {
    this.limiter = deps.limiter ?? new RateLimiter();
    this.loaded = deps.storage.get(activityItem).then((value) => {
      this.metrics = Metrics.fromJSON(value.metrics);
      this.log = CallLog.fromJSON(value.log);
    });
  }

  async call(
    call: ToolCall,
    context: CallContext,
  ): Promise<{ server: string; result: ChatToolResult }> {
    await this.loaded;
    const plan = await planCall(call, this.deps);
    const autoOn =
      context.approval === 'auto' && context.siteId !== undefined
        ? ((await this.deps.sites?.of(context.siteId))?.auto ?? false)
        : false;
    // Only a call that may go counts against the server's cap; the cap holds whoever approved.
    const refusal =
      refusalOf(plan, context.approval, autoOn) ??
      this.limiter.take(plan.session.config.id, plan.server, plan.callsPerMinute);
    if (refusal) {
      this.record(call, plan.server, Date.now(), context, {
        // The settings said no (a policy, auto mode, the cap); anything else: it could not run.
        outcome: refusal.code === 'denied' || refusal.code === 'rate_limited' ? 'denied' : 'failed',
        error: refusal.message,
        triedServer: false,
      });
      throw refusal;
    }
    return this.run(call, plan, context);
  }

  /** Why a call cannot run as written (an unknown tool, arguments that do not fit), and its policy. */
  async check(call: ToolCall): Promise<{ problems: string[]; policy?: Policy }> {
    try {
      return checkAnswer(await planCall(call, this.deps));
    } catch (error) {
      return { problems: [toWireError(error).message] };
    }
  }

  /** A server asks for the user's input: the card of its latest running call asks, or it is declined. */
  async elicit(serverId: string, request: ElicitRequestParams): Promise<ElicitResult> {
    const asker = this.deps.running.askerFor(serverId)?.ask;
    return asker ? asker(request) : { action: 'decline' };
  }

  /** Cancels the call of this key from this tab (undefined: from an extension page). */
  cancel(tabId: number | undefined, callKey: string): boolean {
    return this.deps.running.cancel(tabId, callKey);
  }

  /** The user pressed Deny on a card: the call goes into the log, under the server it names. */
  async declined(call: ToolCall, siteId: string | undefined): Promise<void> {
    await this.loaded;
    let server: string;
    try {
      server = (await planCall(call, this.deps)).server;
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

  /** Sends a call that may run: once, cancellable, idle-timed, listed among the running calls. */
  private async run(
    call: ToolCall,
    { session, server }: CallPlan,
    context: CallContext,
  ): Promise<{ server: string; result: ChatToolResult }> {
    const abort = new AbortController();
    const started = Date.now();
    // The call's idle timeout: progress restarts it, and it waits while the user answers a
    // question the server asked (that can take longer than any server should be silent).
    let idle: IdleTimer | undefined;
    const ask = context.onElicit;
    const { callKey, tabId, siteId } = context;
    const end = this.deps.running.start({
      ...(callKey === undefined ? {} : { callKey }),
      ...(tabId !== undefined && siteId ? { tab: { id: tabId, site: siteId } } : {}),
      serverId: session.config.id,
      server,
      tool: call.tool,
      started,
      abort,
      ...(ask
        ? {
            ask: async (request: ElicitRequestParams) => {
              idle?.pause();
              try {
                return await ask(request);
              } finally {
                idle?.restart();
              }
            },
          }
        : {}),
    });
    idle = new IdleTimer(session.config.callTimeoutMs, () => abort.abort(TIMED_OUT));
    const timer = idle;
    try {
      const raw = await session.callTool(call.tool, call.arguments, {
        signal: abort.signal,
        ownTimeout: true,
        onprogress: (progress) => {
          timer.restart();
          context.onProgress?.(progress);
        },
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
      timer.stop();
      end();
    }
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
    this.deps.onActivity?.();
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
    this.deps.onActivity?.();
    // A worker may be stopped at any moment; a short delay batches bursts of calls.
    this.saveTimer ??= setTimeout(() => {
      this.saveTimer = undefined;
      // A failed write is reported by the storage; the next record saves everything again.
      this.save().catch(() => {});
    }, 200);
  }

  private save(): Promise<void> {
    return this.deps.storage.write(activityItem, {
      metrics: this.metrics.toJSON(),
      log: this.log.toJSON(),
    });
  }
}
