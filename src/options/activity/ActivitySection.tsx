// The Activity section: how each server and tool is doing, and the call log; live while open.
import { useRef } from 'preact/hooks';
import type { ServerFeed } from '../../ui/background';
import { CallLogTable } from './CallLogTable';
import { ClearActivity } from './ClearActivity';
import { describeLog } from './format';
import { LatencyChart } from './LatencyChart';
import { MetricsTable } from './MetricsTable';
import { useActivity } from './use-activity';
import './activity.css';

export function ActivitySection({ feed }: { feed: ServerFeed }) {
  const { activity, error, reload } = useActivity(feed);
  /** Where focus goes once Clear has emptied everything (its button is then turned off). */
  const summary = useRef<HTMLParagraphElement>(null);
  const log = activity?.log ?? [];
  const { servers = [], tools = [] } = activity?.metrics ?? {};

  return (
    <>
      <p class="hint">
        Every call the model asked for (the latest 200), newest first, and how each server and tool
        is doing. Arguments are kept with secrets such as tokens and passwords redacted; results are
        never kept.
      </p>
      {error && (
        <p class="form-error" role="alert">
          {`Could not load the activity: ${error}`}
        </p>
      )}
      {!activity && !error && <p class="empty">Loading…</p>}
      {activity && (
        <>
          <div class="row activity-bar">
            <p ref={summary} class="activity-summary" role="status" tabIndex={-1}>
              {describeLog(log)}
            </p>
            <ClearActivity
              calls={log.length}
              disabled={log.length === 0 && servers.length === 0}
              onCleared={() => {
                summary.current?.focus();
                void reload();
              }}
            />
          </div>
          {log.length === 0 && (
            <p class="empty">
              When you run a tool from a chat, the call shows up here: how it ended, how long it
              took and which site asked for it.
            </p>
          )}
          {tools.length > 0 && (
            <>
              <h3 id="activity-tools" class="activity-heading">
                Per tool
              </h3>
              <LatencyChart tools={tools} id="activity-latency" />
              <MetricsTable rows={tools} perTool labelledBy="activity-tools" />
              <h3 id="activity-servers" class="activity-heading">
                Per server
              </h3>
              <MetricsTable rows={servers} perTool={false} labelledBy="activity-servers" />
              <p class="hint">
                Counts and latencies cover the calls sent to a server; denied calls, and calls whose
                arguments did not fit, are only in the log.
              </p>
            </>
          )}
          {log.length > 0 && (
            <>
              <h3 id="activity-log" class="activity-heading">
                Call log
              </h3>
              <CallLogTable log={log} labelledBy="activity-log" />
            </>
          )}
        </>
      )}
    </>
  );
}
