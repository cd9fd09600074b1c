// Decides a tool call once: the server and tool it reaches, the consent policy that applies and
// what is wrong with its arguments. The check, the call, the refusal and the log all read this one
// plan, so they cannot disagree (issue #16).
import { SwitchboardError } from '../../shared/errors';
import type { ToolCall } from '../../shared/mcp/tool-call';
import {
  type CatalogToolEntry,
  DEFAULT_CALLS_PER_MINUTE,
  type Policies,
  type Policy,
  type ServerConfig,
} from '../../shared/storage/items';
import type { ServerSession } from '../sessions/session';
import { type Approval, consentRefusal, policyFor } from './policy';
import { resolveSession } from './resolve';
import { argumentProblems } from './validate';

export interface CallPlan {
  session: ServerSession;
  /** The server's name as the user set it. */
  server: string;
  entry: CatalogToolEntry;
  policy: Policy;
  /** What is wrong with the arguments, one problem a line; empty when they fit. */
  problems: string[];
  /** The server's cap on tool calls a minute, as the user set it now. */
  callsPerMinute: number;
}

export interface PlanSources {
  /** Every enabled server's session. */
  sessions(): ServerSession[];
  /** The consent policies, from memory (ItemStorage). */
  policies(): Promise<Policies>;
  /**
   * The configured servers, from memory: settings that need no new session (the cap on calls)
   * change without one, so the session's copy of its config can be older.
   */
  servers(): Promise<ServerConfig[]>;
}

/** Plans a call; throws a SwitchboardError saying why when no connected server takes it. */
export async function planCall(call: ToolCall, sources: PlanSources): Promise<CallPlan> {
  const sessions = sources.sessions();
  // Which server a name means depends on every server's tools: wait for those still connecting.
  await Promise.all(sessions.map((s) => s.ensureConnected()));
  const session = resolveSession(sessions, call);
  const entry = session.catalog.tools.find((t) => t.name === call.tool);
  // resolveSession picks only a server that lists the tool; this guards a catalogue swapped since.
  if (!entry)
    throw new SwitchboardError(
      'tool_not_found',
      `${session.config.name} no longer has ${call.tool}.`,
    );
  const { id } = session.config;
  const [policies, servers] = await Promise.all([sources.policies(), sources.servers()]);
  const config = servers.find((s) => s.id === id) ?? session.config;
  return {
    session,
    server: session.config.name,
    entry,
    policy: policyFor(policies, id, entry),
    problems: argumentProblems(entry.inputSchema, call.arguments),
    callsPerMinute: config.callsPerMinute ?? DEFAULT_CALLS_PER_MINUTE,
  };
}

/** What a card is told before Run: why the call cannot run as written, and its policy. */
export function checkAnswer(plan: CallPlan): { problems: string[]; policy?: Policy } {
  const { entry } = plan;
  if (entry.unavailable)
    return { problems: [`${entry.name} cannot be called: ${entry.unavailable}`] };
  return { problems: plan.problems, policy: plan.policy };
}

/**
 * Why the planned call may not go to its server now, or undefined when it may: the user's policy,
 * auto mode where it is off, a tool that cannot be called from here, arguments that do not fit.
 */
export function refusalOf(
  plan: CallPlan,
  approval: Approval,
  /** Whether auto mode is on for the site the call came from. */
  autoOnHere: boolean,
): SwitchboardError | undefined {
  const { entry, server } = plan;
  const consent = consentRefusal(plan.policy, approval, server, entry.name);
  if (consent) return consent;
  if (approval === 'auto' && !autoOnHere)
    return new SwitchboardError(
      'denied',
      'Auto mode is off for this site: press Run to allow this call.',
    );
  if (entry.unavailable)
    return new SwitchboardError(
      'tool_unavailable',
      `${entry.name} cannot be called: ${entry.unavailable}`,
    );
  if (plan.problems.length)
    return new SwitchboardError(
      'bad_request',
      `The arguments do not fit ${entry.name}: ${plan.problems.join('; ')}.`,
    );
  return undefined;
}
