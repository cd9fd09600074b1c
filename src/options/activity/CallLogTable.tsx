// The call log, newest first: when, which tool of which server, how it ended, how long it took,
// where it came from, and its arguments as they were kept (secrets already redacted).
import { useState } from 'preact/hooks';
import type { CallLogEntry } from '../../shared/messages/views';
import { formatDuration, formatTime, OUTCOME_LABELS, siteName } from './format';

const COLUMNS = 7;

function hasArguments(args: CallLogEntry['arguments']): boolean {
  return !(typeof args === 'object' && args !== null && Object.keys(args).length === 0);
}

function LogRow({ entry }: { entry: CallLogEntry }) {
  const [open, setOpen] = useState(false);
  const time = formatTime(entry.at);
  const argsId = `call-${entry.id}-arguments`;
  return (
    <>
      <tr>
        <td>
          <time dateTime={new Date(entry.at).toISOString()}>{time}</time>
        </td>
        <td>{entry.server}</td>
        <td>{entry.tool}</td>
        <td>
          <span class="outcome" data-outcome={entry.outcome}>
            {OUTCOME_LABELS[entry.outcome]}
          </span>
          {entry.error && <span class="call-error">{entry.error}</span>}
        </td>
        <td class="num">{formatDuration(entry.durationMs)}</td>
        <td>{siteName(entry.site)}</td>
        <td>
          {hasArguments(entry.arguments) ? (
            <button
              type="button"
              class="link"
              aria-expanded={open}
              aria-controls={argsId}
              onClick={() => setOpen(!open)}
            >
              {open ? 'Hide' : 'Show'}
              <span class="sr-only">{` arguments of ${entry.tool} at ${time}`}</span>
            </button>
          ) : (
            'None'
          )}
        </td>
      </tr>
      {/* A row of its own, so long arguments get the table's whole width. */}
      <tr id={argsId} class="arguments" hidden={!open}>
        <td colSpan={COLUMNS}>{open && <pre>{JSON.stringify(entry.arguments, null, 2)}</pre>}</td>
      </tr>
    </>
  );
}

export function CallLogTable({
  log,
  labelledBy,
}: {
  log: readonly CallLogEntry[];
  labelledBy: string;
}) {
  return (
    <table class="activity-table log" aria-labelledby={labelledBy}>
      <thead>
        <tr>
          <th scope="col">Time</th>
          <th scope="col">Server</th>
          <th scope="col">Tool</th>
          <th scope="col">Outcome</th>
          <th scope="col" class="num">
            Duration
          </th>
          <th scope="col">Site</th>
          <th scope="col">Arguments</th>
        </tr>
      </thead>
      <tbody>
        {log.map((entry) => (
          <LogRow key={entry.id} entry={entry} />
        ))}
      </tbody>
    </table>
  );
}
