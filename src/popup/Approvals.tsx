// Calls waiting for the user in any chat tab, shown as their cards' frames show them, with Run and
// Deny: no page can cover the popup, so a call whose card a page keeps covered can run from here.

import { ConsentCard } from '../consent/ConsentCard';
import type { ConsentView } from '../shared/messages/consent';
import '../consent/consent.css';
import { ask } from '../ui/background';

export interface Waiting {
  tabId: number;
  site: string;
  view: ConsentView;
}

/** The list follows the background's pushes: a call answered here or in its card leaves it. */
export function Approvals({ waiting }: { waiting: Waiting[] | undefined }) {
  if (!waiting?.length) return null;
  const answer = (what: 'consent.approve' | 'consent.deny', proposalId: string) =>
    ask(what, { proposalId }).then(() => undefined);
  return (
    <section class="approvals" aria-labelledby="approvals-title">
      <h2 id="approvals-title">Waiting for you</h2>
      <ul>
        {waiting.map(({ site, view }) => (
          <li key={view.proposalId} data-proposal={view.proposalId}>
            <p class="hint">In {site}</p>
            <ConsentCard
              view={view}
              actions={{
                run: () => answer('consent.approve', view.proposalId),
                deny: () => answer('consent.deny', view.proposalId),
                cancel: async () => {},
                answer: async () => {},
              }}
            />
          </li>
        ))}
      </ul>
    </section>
  );
}
