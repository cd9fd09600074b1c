// The answer shape of every message: thrown errors do not survive messaging, so errors are data.
import { z } from 'zod';
import { ERROR_CODES, type WireError } from '../errors';

export const wireErrorSchema = z.object({
  code: z.enum(ERROR_CODES),
  message: z.string(),
});

export type Envelope<T> = { ok: true; value: T } | { ok: false; error: WireError };

export function envelopeSchema<T extends z.ZodType>(value: T) {
  return z.discriminatedUnion('ok', [
    z.object({ ok: z.literal(true), value }),
    z.object({ ok: z.literal(false), error: wireErrorSchema }),
  ]);
}
