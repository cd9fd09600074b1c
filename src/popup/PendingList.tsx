// Tool calls in the user's chat tabs: cards waiting for Run and calls running, per tab, each tab
// with a way to bring it to the front.
import { useState } from 'preact/hooks';
import type { PendingCall } from '../shared/messages/views';
import { errorText } from '../ui/background';
import { showTab } from './current-tab';
import { groupByTab, phaseText } from './pending-groups';

export function PendingList({ calls }: { calls: PendingCall[] | undefined }) {
  const [error, setError] = useState<string>();
  if (!calls?.length) return null;
  const show = (tabId: number) => {
    setError(undefined);
    showTab(tabId).catch((e) => setError(`Could not show that tab: ${errorText(e)}`));
  };
  return (
    <section class="pending" aria-labelledby="pending-title">
      <h2 id="pending-title">Pending tool calls</h2>
      <ul class="tabs">
        {groupByTab(calls).map((group) => (
          <li key={group.tabId} data-tab-id={group.tabId}>
            <div class="row">
              <strong>{group.site}</strong>
              <button type="button" onClick={() => show(group.tabId)}>
                Show<span class="visually-hidden">{` the ${group.site} tab`}</span>
              </button>
            </div>
            <ul class="calls">
              {group.lines.map((line) => (
                <li key={`${line.phase} ${line.label}`} data-phase={line.phase}>
                  <span class="call-name">{line.label}</span>
                  <span class="phase">{` — ${phaseText(line)}`}</span>
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
      {error && (
        <p class="form-error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
