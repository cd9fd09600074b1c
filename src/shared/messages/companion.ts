// The messages about the companion that runs local servers (issue #15), merged into the contract.
import { z } from 'zod';
import { listResultSchema } from '../companion/protocol';
import { defineMessage } from './define';

export const companionStatusSchema = z.discriminatedUnion('state', [
  z.object({ state: z.literal('ready'), version: z.string(), list: listResultSchema }),
  /** `no-permission`: the user has not allowed native messaging; `unavailable`: see `message`. */
  z.object({ state: z.enum(['no-permission', 'unavailable']), message: z.string() }),
]);
export type CompanionStatus = z.infer<typeof companionStatusSchema>;

export const companionMessages = {
  'companion.status': defineMessage({
    name: 'companion.status',
    /**
     * Whether the companion answers (it is started for the question if nothing runs it), its
     * version, its servers with their command lines and processes, and what other apps list.
     * Local servers that were waiting for it try again once it answers.
     */
    request: z.object({}).strict(),
    response: companionStatusSchema,
    senders: ['extension-page'],
  }),
} as const;
