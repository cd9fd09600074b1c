// A small bar chart of each tool's median and 95th-percentile latency, drawn as inline SVG. The
// picture has a text twin (its description), and the two bars differ in shape, not only colour.
import type { CallSummary } from '../../shared/messages/views';
import { axisEnd, axisTicks, barLength } from './chart-scale';
import { formatDuration } from './format';

/** More rows than this and the chart stops being small; the table below has them all. */
export const MAX_ROWS = 12;

const WIDTH = 640;
const LABEL = 170;
const VALUE = 130;
const BARS = WIDTH - LABEL - VALUE - 16;
const ROW = 26;
const AXIS = 22;
const LABEL_CHARS = 24;

const clip = (text: string) =>
  text.length > LABEL_CHARS ? `${text.slice(0, LABEL_CHARS - 1)}…` : text;

/** The tools with the most calls, keeping the table's order among them. */
export function chartRows(tools: readonly CallSummary[]): CallSummary[] {
  if (tools.length <= MAX_ROWS) return [...tools];
  const kept = new Set([...tools].sort((a, b) => b.calls - a.calls).slice(0, MAX_ROWS));
  return tools.filter((tool) => kept.has(tool));
}

/** A tool's name, with its server's when tools of several servers are shown. */
function rowLabel(tool: CallSummary, manyServers: boolean): string {
  return manyServers ? `${tool.server} / ${tool.tool}` : (tool.tool ?? tool.server);
}

/** What the chart shows, in words: the accessible description of the picture. */
export function chartDescription(rows: readonly CallSummary[]): string {
  const manyServers = new Set(rows.map((r) => r.server)).size > 1;
  return rows
    .map(
      (r) =>
        `${rowLabel(r, manyServers)}: median ${formatDuration(r.p50Ms)}, 95th percentile ${formatDuration(r.p95Ms)}.`,
    )
    .join(' ');
}

export function LatencyChart({ tools, id }: { tools: readonly CallSummary[]; id: string }) {
  const rows = chartRows(tools);
  const manyServers = new Set(rows.map((r) => r.server)).size > 1;
  const end = axisEnd(Math.max(0, ...rows.map((r) => r.p95Ms)));
  const height = rows.length * ROW + AXIS;
  const x0 = LABEL + 8;
  return (
    <div class="latency">
      <svg
        viewBox={`0 0 ${WIDTH} ${height}`}
        width="100%"
        role="img"
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-desc`}
      >
        <title id={`${id}-title`}>Latency per tool</title>
        <desc id={`${id}-desc`}>{chartDescription(rows)}</desc>
        {rows.map((row, i) => {
          const y = i * ROW;
          return (
            <g key={`${row.server}/${row.tool}`}>
              <text class="chart-label" x={LABEL} y={y + 17} text-anchor="end">
                {clip(rowLabel(row, manyServers))}
              </text>
              <rect
                class="chart-p95"
                x={x0}
                y={y + 5}
                width={barLength(row.p95Ms, end, BARS)}
                height={16}
              />
              <rect
                class="chart-p50"
                x={x0}
                y={y + 9}
                width={barLength(row.p50Ms, end, BARS)}
                height={8}
              />
              <text class="chart-value" x={x0 + BARS + 8} y={y + 17}>
                {`${formatDuration(row.p50Ms)} / ${formatDuration(row.p95Ms)}`}
              </text>
            </g>
          );
        })}
        <line class="chart-axis" x1={x0} x2={x0 + BARS} y1={height - AXIS} y2={height - AXIS} />
        {axisTicks(end).map((tick, i, all) => (
          <text
            key={tick}
            class="chart-tick"
            x={x0 + (tick / end) * BARS}
            y={height - 6}
            text-anchor={i === 0 ? 'start' : i === all.length - 1 ? 'end' : 'middle'}
          >
            {formatDuration(tick)}
          </text>
        ))}
      </svg>
      <p class="legend">
        <span>
          <svg class="swatch" viewBox="0 0 16 10" aria-hidden="true">
            <rect class="chart-p50" x="0" y="2" width="16" height="6" />
          </svg>
          Solid bar: median (p50)
        </span>
        <span>
          <svg class="swatch" viewBox="0 0 16 10" aria-hidden="true">
            <rect class="chart-p95" x="1" y="1" width="14" height="8" />
          </svg>
          Outlined bar: 95th percentile (p95)
        </span>
        {tools.length > rows.length && (
          <span>{`The ${rows.length} tools with the most calls; the table lists all ${tools.length}.`}</span>
        )}
      </p>
    </div>
  );
}
