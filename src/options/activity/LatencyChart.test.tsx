// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { CallSummary } from '../../shared/messages/views';
import { chartRows, LatencyChart, MAX_ROWS } from './LatencyChart';

const root = document.createElement('div');
afterEach(() => render(null, root));

function tool(name: string, p50Ms: number, p95Ms: number, extra: Partial<CallSummary> = {}) {
  return {
    server: 'files',
    tool: name,
    calls: 1,
    errors: 0,
    successRate: 1,
    p50Ms,
    p95Ms,
    ...extra,
  };
}

function show(tools: CallSummary[]) {
  render(<LatencyChart tools={tools} id="chart" />, root);
  const svg = root.querySelector('svg[role="img"]')!;
  const byId = (id: string | null) => (id ? root.querySelector(`#${id}`)?.textContent : undefined);
  const widths = (cls: string) =>
    [...svg.querySelectorAll(`rect.${cls}`)].map((r) => Number(r.getAttribute('width')));
  return {
    name: byId(svg.getAttribute('aria-labelledby')),
    description: byId(svg.getAttribute('aria-describedby')),
    p50: widths('chart-p50'),
    p95: widths('chart-p95'),
    labels: [...svg.querySelectorAll('.chart-label')].map((t) => t.textContent),
    ticks: [...svg.querySelectorAll('.chart-tick')].map((t) => t.textContent),
    legend: root.querySelector('.legend')?.textContent,
  };
}

describe('LatencyChart', () => {
  it('says in words what the bars show', () => {
    const chart = show([tool('read', 12, 40), tool('write', 1_500, 2_400)]);
    expect(chart.name).toBe('Latency per tool');
    expect(chart.description).toBe(
      'read: median 12 ms, 95th percentile 40 ms. write: median 1.5 s, 95th percentile 2.4 s.',
    );
    expect(chart.labels).toEqual(['read', 'write']);
    expect(chart.legend).toContain('Solid bar: median (p50)');
    expect(chart.legend).toContain('Outlined bar: 95th percentile (p95)');
  });

  it('scales every bar to one axis that ends just past the slowest p95', () => {
    const chart = show([tool('read', 100, 250), tool('write', 400, 500)]);
    expect(chart.ticks).toEqual(['0 ms', '250 ms', '500 ms']);
    const full = chart.p95[1]!;
    expect(full).toBeGreaterThan(0);
    expect(chart.p95[0]).toBeCloseTo(full / 2);
    expect(chart.p50).toEqual([full / 5, (full * 4) / 5].map((w) => expect.closeTo(w)));
  });

  it('names the server too when tools of several servers are shown', () => {
    const chart = show([tool('read', 1, 2), tool('read', 3, 4, { server: 'notes' })]);
    expect(chart.labels).toEqual(['files / read', 'notes / read']);
  });

  it('keeps to the most called tools, in the table’s order, and says so', () => {
    const tools = Array.from({ length: MAX_ROWS + 3 }, (_, i) =>
      tool(`t${String(i).padStart(2, '0')}`, 1, 2, { calls: i === 0 ? 100 : i }),
    );
    const rows = chartRows(tools);
    expect(rows).toHaveLength(MAX_ROWS);
    expect(rows.map((r) => r.tool)).toEqual(['t00', ...tools.slice(4).map((t) => t.tool)]);
    expect(show(tools).legend).toContain(
      `The ${MAX_ROWS} tools with the most calls; the table lists all ${MAX_ROWS + 3}.`,
    );
  });
});
