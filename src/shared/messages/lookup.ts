// The lookup area of the contract (issue #16): a chat tab asks the catalogue for tools' full
// signatures, by name or by words, for a lookup block the model wrote. It runs nothing.
import { z } from 'zod';
import { MAX_LOOKUP_NAME, MAX_LOOKUP_TOOLS, MAX_SEARCH_LENGTH } from '../mcp/lookup';
import { defineMessage } from './define';

/** Room for the signatures (lookup-answer.ts) and a line for each name no tool has. */
const MAX_ANSWER_TEXT = 40_000;

export const lookupMessages = {
  'tools.lookup': defineMessage({
    name: 'tools.lookup',
    /**
     * Answered from the tools this site's instructions offer; unknown names come back with the
     * nearest ones. A content script's only: the answer goes into its chat's composer.
     */
    request: z
      .object({
        tools: z.array(z.string().min(1).max(MAX_LOOKUP_NAME)).max(MAX_LOOKUP_TOOLS).optional(),
        search: z.string().max(MAX_SEARCH_LENGTH).optional(),
      })
      .strict()
      .refine((q) => q.tools?.length || q.search?.trim(), 'name tools, or words to search for'),
    response: z.object({
      /** The answer block's body. */
      text: z.string().max(MAX_ANSWER_TEXT),
      /** The tools it gives signatures of, as `server/tool`. */
      shown: z.array(z.string()),
      /** The names no tool has. */
      unknown: z.array(z.string()),
    }),
    senders: ['content-script'],
  }),
} as const;
