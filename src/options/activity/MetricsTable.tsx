// Calls, success rate, latency and the last error, per server or per tool.
import type { CallSummary } from '../../shared/messages/views';
import { formatDuration, formatRate, formatTime } from './format';

export function MetricsTable({
  rows,
  perTool,
  labelledBy,
}: {
  rows: readonly CallSummary[];
  /** Per tool: a Tool column first, then its server. */
  perTool: boolean;
  labelledBy: string;
}) {
  return (
    <table class="activity-table metrics" aria-labelledby={labelledBy}>
      <thead>
        <tr>
          {perTool && <th scope="col">Tool</th>}
          <th scope="col">Server</th>
          <th scope="col" class="num">
            Calls
          </th>
          <th scope="col" class="num">
            Success
          </th>
          <th scope="col" class="num">
            <abbr title="median">p50</abbr>
          </th>
          <th scope="col" class="num">
            <abbr title="95th percentile">p95</abbr>
          </th>
          <th scope="col">Last error</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={`${row.server}/${row.tool ?? ''}`}>
            {perTool && <th scope="row">{row.tool}</th>}
            {perTool ? <td>{row.server}</td> : <th scope="row">{row.server}</th>}
            <td class="num">{row.calls}</td>
            <td class="num">{formatRate(row.successRate)}</td>
            <td class="num">{formatDuration(row.p50Ms)}</td>
            <td class="num">{formatDuration(row.p95Ms)}</td>
            <td class="last-error">
              {row.lastError ? (
                <>
                  <span class="call-error">{row.lastError.message}</span>{' '}
                  <time dateTime={new Date(row.lastError.at).toISOString()}>
                    {formatTime(row.lastError.at)}
                  </time>
                </>
              ) : (
                'None'
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
