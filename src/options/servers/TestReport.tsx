// What "Test connection" found: a heading, what happened, what to do, and a nearby URL to use.
// Its status region is always present, so a screen reader announces each new report.
import type { ConnectionReport } from '../../shared/messages/connection-report';
import type { ConnectionTest } from './use-connection-test';
import './servers.css';

const TRANSPORTS = {
  'streamable-http': 'Streamable HTTP',
  sse: 'HTTP+SSE',
  websocket: 'WebSocket',
} as const;

/** Outcomes that are a finding to act on rather than a failure: shown in the warning colour. */
const NEARLY = new Set<ConnectionReport['outcome']>([
  'wrong_path',
  'wrong_transport',
  'tls',
  'no_permission',
]);

export function TestReport({
  test,
  label,
  onUseUrl,
}: {
  test: ConnectionTest;
  /** Names the region, e.g. "Connection test for everything". */
  label: string;
  /** Puts a suggested URL into the form; without it none is offered. */
  onUseUrl?: (url: string) => void;
}) {
  const { testing, report, error } = test;
  const tone = testing
    ? 'busy'
    : error
      ? 'bad'
      : !report
        ? 'idle'
        : report.outcome === 'connected'
          ? 'ok'
          : NEARLY.has(report.outcome)
            ? 'warn'
            : 'bad';
  return (
    <div class="test-report" data-tone={tone}>
      <div role="status" aria-label={label}>
        {testing && <p class="testing">Testing the connection…</p>}
        {error && <p class="form-error">{error}</p>}
        {report && (
          <>
            <p class="test-title">
              <strong>{report.title}</strong>
            </p>
            <p>{report.detail}</p>
            {report.advice && <p>{report.advice}</p>}
          </>
        )}
      </div>
      {report?.suggestedUrl && onUseUrl && (
        <button type="button" onClick={() => onUseUrl(report.suggestedUrl!)}>
          Use {report.suggestedUrl}
        </button>
      )}
      {report && report.tried.length > 1 && (
        <details>
          <summary>What was tried</summary>
          <ol class="tried">
            {report.tried.map((t) => (
              <li key={`${t.url} ${t.transport}`}>
                {TRANSPORTS[t.transport]} at <span class="url">{t.url}</span>: {t.result}
              </li>
            ))}
          </ol>
        </details>
      )}
    </div>
  );
}
