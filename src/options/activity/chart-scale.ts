// The latency chart's arithmetic: where its axis ends, its ticks, and how long each bar is.

/** The axis' end: the smallest 1, 2 or 5 × 10ⁿ ms at or above `max`, and at least 1 ms. */
export function axisEnd(max: number): number {
  if (!(max > 1)) return 1;
  const power = 10 ** Math.floor(Math.log10(max));
  // Float error can put 10 × 0.1 just above 1: compare with a little room.
  const step = [1, 2, 5, 10].find((s) => s * power >= max * (1 - 1e-9))!;
  return step * power;
}

/** Ticks at the start and the end of the axis, and at its middle when that is a whole number. */
export function axisTicks(end: number): number[] {
  return Number.isInteger(end / 2) ? [0, end / 2, end] : [0, end];
}

/**
 * How long a bar for `value` is on an axis `length` long that ends at `end`. A value above zero
 * gets at least one unit, so a fast call still shows; nothing goes past the axis.
 */
export function barLength(value: number, end: number, length: number): number {
  if (!(value > 0) || !(end > 0)) return 0;
  return Math.min(length, Math.max(1, (value / end) * length));
}
