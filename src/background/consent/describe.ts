// A proposal as the frame shows it: the server the call will reach as the background resolves
// it (never as the model wrote it), the tool, its arguments with hidden characters written out,
// names that read like another server's tool, and why it cannot run, if it cannot.
import { toWireError } from '../../shared/errors';
import { lookAlikes } from '../../shared/mcp/look-alike';
import { revealHidden } from '../../shared/mcp/reveal';
import type { ConsentView } from '../../shared/messages/consent';
import type { Policy } from '../../shared/storage/items';
import { resolveSession } from '../calls/resolve';
import type { ServerSession } from '../sessions/session';
import type { Proposal } from './proposals';

/** What the background decided about a call: see CallService.check. */
export interface Checked {
  problems: string[];
  policy?: Policy;
}

const hostOf = (url: string) => {
  try {
    return new URL(url.trim()).host;
  } catch {
    return url;
  }
};

/** Every connected tool as "server / tool", to find names that read like each other. */
function similarNames(sessions: readonly ServerSession[], target: ServerSession, tool: string) {
  const names = new Map<string, string>();
  for (const session of sessions) {
    if (session.status.state !== 'connected') continue;
    for (const entry of session.catalog.tools)
      names.set(
        `${session.config.id}\u0000${entry.name}`,
        `${session.config.name} / ${entry.name}`,
      );
  }
  return lookAlikes(names).get(`${target.config.id}\u0000${tool}`) ?? [];
}

export function consentView(
  proposal: Proposal,
  sessions: readonly ServerSession[],
  checked: Checked,
): ConsentView {
  const { call } = proposal;
  const shown = revealHidden(JSON.stringify(call.arguments, null, 2));
  let session: ServerSession | undefined;
  const problems = [...checked.problems];
  try {
    session = resolveSession(sessions, call);
  } catch (error) {
    if (!problems.length) problems.push(toWireError(error).message);
  }
  const entry = session?.catalog.tools.find((t) => t.name === call.tool);
  const hints = entry?.annotations as
    | { readOnlyHint?: unknown; destructiveHint?: unknown }
    | undefined;
  return {
    proposalId: proposal.id,
    state: proposal.state,
    callId: call.call_id,
    ...(session ? { server: { name: session.config.name, host: hostOf(session.config.url) } } : {}),
    tool: revealHidden(call.tool).text,
    ...(entry?.title ? { title: revealHidden(entry.title).text } : {}),
    ...(hints?.readOnlyHint === true ? { readOnly: true } : {}),
    ...(hints?.destructiveHint === true ? { destructive: true } : {}),
    arguments: shown.text,
    hiddenCharacters: shown.hidden,
    lookAlikes: session ? similarNames(sessions, session, call.tool) : [],
    problems,
    ...(checked.policy ? { policy: checked.policy } : {}),
    ...(proposal.progress ? { progress: proposal.progress } : {}),
    ...(proposal.question ? { question: proposal.question } : {}),
    ...(proposal.outcome ? { outcome: proposal.outcome } : {}),
  };
}
