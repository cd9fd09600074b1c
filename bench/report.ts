// One result per metric, the table `npm run bench` prints, and the JSON it writes.

export interface Goal {
  /** Every goal of issue #7 is an upper bound. */
  max: number;
}

export interface Result {
  name: string;
  /** The measured figure; NaN when it could not be measured (the error says why). */
  value: number;
  unit: string;
  /** What the figure is measured against in the same run, or null for an absolute size. */
  baseline: { what: string; value: number; unit: string } | null;
  goal: Goal;
  pass: boolean;
  /** How many repetitions the figure summarises. */
  samples: number;
  error?: string;
  /** Why a figure within its goal still does not pass. */
  note?: string;
}

export function result(fields: Omit<Result, 'pass' | 'value'> & { value: number }): Result {
  return { ...fields, pass: Number.isFinite(fields.value) && fields.value <= fields.goal.max };
}

/** A metric whose measurement threw: listed with its error, never silently dropped. */
export function failed(name: string, unit: string, goal: Goal, error: unknown): Result {
  const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
  return {
    name,
    value: Number.NaN,
    unit,
    baseline: null,
    goal,
    pass: false,
    samples: 0,
    error: message,
  };
}

const fixed = (n: number) =>
  Number.isFinite(n) ? (Math.abs(n) >= 100 ? n.toFixed(0) : n.toFixed(2)) : '—';

export function table(results: readonly Result[]): string {
  const rows = results.map((r) => [
    r.name,
    `${fixed(r.value)} ${r.unit}`,
    r.baseline ? `${fixed(r.baseline.value)} ${r.baseline.unit} (${r.baseline.what})` : '—',
    `≤ ${r.goal.max} ${r.unit}`,
    r.error ? `error: ${r.error}` : r.pass ? 'pass' : r.note ? 'MISSED (see note)' : 'MISSED',
    String(r.samples),
  ]);
  const head = ['metric', 'value', 'baseline (same run)', 'goal', 'result', 'n'];
  const widths = head.map((h, i) =>
    Math.max(h.length, ...rows.map((row) => (row[i] ?? '').length)),
  );
  const line = (cells: string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  const notes = results.filter((r) => r.note).map((r) => `note, ${r.name}: ${r.note}`);
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line), ...notes].join(
    '\n',
  );
}

/** Every metric produced a number: what the quick run in `npm test` checks (not the goals). */
export const allMeasured = (results: readonly Result[]) =>
  results.length > 0 && results.every((r) => Number.isFinite(r.value));
