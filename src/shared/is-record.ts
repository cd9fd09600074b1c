// The one check that a decoded JSON value is an object with keys (not null, not an array).
export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
