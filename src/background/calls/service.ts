// Runs the tool calls the user approved: once each, cancellable, with progress sent to the caller,
// and records every call in the metrics and the call log (both kept across worker restarts).
import { SwitchboardError, toWireError } from '../../shared/errors';
import type { ToolCall } from '../../shared/mcp/tool-call';
import type { ChatToolResult } from '../../shared/messages/views';
import { readItem, type StorageAreaLike, writeItem } from '../../shared/storage/item';
import { activityItem, type Policy, policiesItem } from '../../shared/storage/items';
import { diagnose } from '../sessions/diagnose';
import type { SessionManager } from '../sessions/manager';
import { normalizeResult } from '../sessions/normalize';
import type { SiteSettingsStore } from '../site-settings';
import { CallLog } from './call-log';
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
}

export class CallService {
  private readonly running = new Map<string, AbortController>();
  private metrics = new Metrics();
  private log = new CallLog();
  private readonly loaded: Promise<void>;
  private saveTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly manager: SessionManager,
    private readonly area: StorageAreaLike,
    private readonly sites?: SiteSettingsStore,
  ) {
    this.loaded = readItem(area, activityItem).then(({ value }) => {
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
    const { value: policies } = await readItem(this.area, policiesItem);
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
      this.record(
        call,
        session.config.name,
        Date.now(),
        context,
        'failed',
        (error as Error).message,
      );
      throw error;
    }
    if (context.callKey && this.running.has(context.callKey)) {
      throw new SwitchboardError('bad_request', 'That call is already running.');
    }
    const abort = new AbortController();
    if (context.callKey) this.running.set(context.callKey, abort);
    const started = Date.now();
    const server = session.config.name;
    try {
      const raw = await session.callTool(call.tool, call.arguments, {
        signal: abort.signal,
        ...(context.onProgress ? { onprogress: context.onProgress } : {}),
      });
      const result = normalizeResult(raw);
      this.record(call, server, started, context, result.isError ? 'tool-error' : 'ok', undefined);
      return { server, result };
    } catch (error) {
      const wire =
        error instanceof SwitchboardError
          ? toWireError(error)
          : diagnose(error, session.config.url);
      this.record(
        call,
        server,
        started,
        context,
        abort.signal.aborted ? 'cancelled' : 'failed',
        wire.message,
      );
      throw new SwitchboardError(
        abort.signal.aborted ? 'cancelled' : wire.code,
        abort.signal.aborted ? 'You cancelled the call.' : wire.message,
      );
    } finally {
      if (context.callKey) this.running.delete(context.callKey);
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
      const { value: policies } = await readItem(this.area, policiesItem);
      const policy = policyFor(policies, session.config.id, entry ?? { name: call.tool });
      return { problems: entry ? argumentProblems(entry.inputSchema, call.arguments) : [], policy };
    } catch (error) {
      return { problems: [toWireError(error).message] };
    }
  }

  cancel(callKey: string): boolean {
    const abort = this.running.get(callKey);
    abort?.abort();
    return abort !== undefined;
  }

  async activity() {
    await this.loaded;
    return { metrics: this.metrics.summary(), log: this.log.entries() };
  }

  async clear(): Promise<void> {
    await this.loaded;
    this.metrics = new Metrics();
    this.log.clear();
    await this.save();
  }

  private record(
    call: ToolCall,
    server: string,
    started: number,
    context: CallContext,
    outcome: 'ok' | 'tool-error' | 'failed' | 'cancelled',
    error: string | undefined,
  ): void {
    const durationMs = Date.now() - started;
    this.metrics.record({
      server,
      tool: call.tool,
      ok: outcome === 'ok',
      durationMs,
      at: started,
      ...(error ? { error } : {}),
    });
    this.log.add({
      id: crypto.randomUUID(),
      at: started,
      server,
      tool: call.tool,
      arguments: call.arguments,
      outcome,
      durationMs,
      approval: context.approval,
      ...(error ? { error } : {}),
    });
    // A worker may be stopped at any moment; a short delay batches bursts of calls.
    this.saveTimer ??= setTimeout(() => {
      this.saveTimer = undefined;
      void this.save();
    }, 200);
  }

  private save(): Promise<void> {
    return writeItem(this.area, activityItem, {
      metrics: this.metrics.toJSON(),
      log: this.log.toJSON(),
    });
  }
}
