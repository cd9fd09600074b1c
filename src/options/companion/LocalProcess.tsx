// A local server's process under its summary in the server list: whether it runs (as which
// process), how it last ended, how often it was restarted, and the last lines of its stderr.
import type { ServerView } from '../../shared/messages/views';
import './companion.css';

type Local = NonNullable<ServerView['local']>;

const at = (time: number) => new Date(time).toLocaleTimeString();

export function processText(local: Local): string {
  const p = local.process;
  const restarts =
    local.restarts > 0
      ? ` Restarted ${local.restarts} time${local.restarts === 1 ? '' : 's'}.`
      : '';
  if (!p) return `Not started yet.${restarts}`;
  switch (p.state) {
    case 'starting':
      return `Starting…${restarts}`;
    case 'running':
      return `Running as process ${p.pid ?? '?'}${p.startedAt ? ` since ${at(p.startedAt)}` : ''}.${restarts}`;
    case 'stopped':
      return `Stopped.${restarts}`;
    case 'failed':
      return `Could not be started.${restarts}`;
    case 'exited': {
      const how =
        p.exit?.code != null ? `with code ${p.exit.code}` : `on signal ${p.exit?.signal ?? '?'}`;
      return `Exited ${how}${p.exit ? ` at ${at(p.exit.at)}` : ''}.${restarts}`;
    }
  }
}

export function LocalProcess({ local }: { local: Local }) {
  const p = local.process;
  return (
    <div class="process">
      <div class="meta process-state">{processText(local)}</div>
      {p?.problem && <p class="problem">{`It ${p.problem}.`}</p>}
      {p && p.stderr.length > 0 && (
        <details>
          <summary>{`Its last output (${p.stderr.length} line${p.stderr.length === 1 ? '' : 's'})`}</summary>
          <pre>{p.stderr.join('\n')}</pre>
        </details>
      )}
    </div>
  );
}
