// The consent area of the contract: a chat tab proposes a call it found; the extension-owned
// frame in that call's card shows the call as the background holds it and is the only place a
// person can approve it. The frame learns of the call's progress over the CONSENT_PORT.
import { z } from 'zod';
import type { WireError } from '../errors';
import { checkToolCall, type ToolCall } from '../mcp/tool-call';
import { POLICIES } from '../storage/items';
import { defineMessage } from './define';
import { type ChatToolResult, progressSchema } from './views';

export { CONSENT_PAGE, CONSENT_PORT } from './consent-page';

const proposalId = z.string().regex(/^[0-9a-f-]{36}$/, 'not a proposal id');

const toolCallSchema = z.custom<ToolCall>().transform((value, ctx) => {
  const call = checkToolCall(value);
  if (typeof call !== 'string') return call;
  ctx.addIssue({ code: 'custom', message: call });
  return z.NEVER;
});

export const CONSENT_STATES = [
  'waiting',
  'running',
  'done',
  'failed',
  'denied',
  /** The block changed after it was shown; a new proposal shows the new call. */
  'replaced',
  /** Unknown to the background (it restarted): the card proposes the call again. */
  'gone',
] as const;

/** A server's question during the call, as the frame shows it. */
const questionSchema = z.object({
  elicitId: z.string(),
  message: z.string(),
  requestedSchema: z.custom<Record<string, unknown>>(),
});

/** A call as the background holds it, for the frame that asks the user about it. */
export const consentViewSchema = z.object({
  proposalId,
  state: z.enum(CONSENT_STATES),
  callId: z.string(),
  /** The server the call will reach, as the user named it, and its host; absent when none. */
  server: z.object({ name: z.string(), host: z.string() }).optional(),
  tool: z.string(),
  title: z.string().optional(),
  /** Hints from the server, which is untrusted: shown as its claims. */
  readOnly: z.boolean().optional(),
  destructive: z.boolean().optional(),
  /** The arguments as indented JSON, with every invisible or direction-changing character
   * written out. */
  arguments: z.string(),
  /** Such characters were there. */
  hiddenCharacters: z.boolean(),
  /** Other servers' tools whose names read like this one's. */
  lookAlikes: z.array(z.string()),
  /** Why it cannot run as written; Run is not offered while there are any. */
  problems: z.array(z.string()),
  policy: z.enum(POLICIES).optional(),
  progress: progressSchema.optional(),
  question: questionSchema.optional(),
  /** How it ended, in words, once it has. */
  outcome: z.string().optional(),
});
export type ConsentView = z.infer<typeof consentViewSchema>;

/** Pushed over the CONSENT_PORT to the frames showing a proposal whenever it changes. */
export type ConsentPush = { type: 'consent.view'; view: ConsentView };

/** Pushed to the proposing tab's content script: a call the user approved in its frame started,
 * and how it ended (an error with code `denied` when the user pressed Deny). */
export type CallStartedPush = { type: 'call.started'; callKey: string };
export type CallOutcomePush = {
  type: 'call.outcome';
  callKey: string;
} & ({ server: string; result: ChatToolResult } | { error: WireError } | { declined: true });

export const consentMessages = {
  'calls.propose': defineMessage({
    name: 'calls.propose',
    /**
     * A complete call a tab found in a reply. The background plans it once (server, tool, policy,
     * problems) and keeps it, unchanged, as the proposal its card's frame asks the user about.
     * Proposing the same `callKey` with another call replaces the earlier proposal.
     */
    request: z.object({ call: toolCallSchema, callKey: z.string().max(200) }).strict(),
    response: z.object({
      proposalId,
      problems: z.array(z.string()),
      /** Tells the card whether auto mode may run the call without a click. */
      policy: z.enum(POLICIES).optional(),
    }),
    senders: ['content-script'],
  }),
  'consent.get': defineMessage({
    name: 'consent.get',
    request: z.object({ proposalId }).strict(),
    response: consentViewSchema,
    senders: ['consent-frame'],
  }),
  'consent.approve': defineMessage({
    name: 'consent.approve',
    /**
     * The user pressed Run: in the card's frame (accepted only from a frame in the proposing
     * tab), or in the toolbar popup, which no page can cover. The call runs as the proposal holds
     * it; the answer comes when it has ended.
     */
    request: z.object({ proposalId }).strict(),
    response: consentViewSchema,
    senders: ['consent-frame', 'extension-page'],
  }),
  'consent.deny': defineMessage({
    name: 'consent.deny',
    request: z.object({ proposalId }).strict(),
    response: consentViewSchema,
    senders: ['consent-frame', 'extension-page'],
  }),
  'consent.list': defineMessage({
    name: 'consent.list',
    /** The calls waiting for the user in any chat tab, as their frames show them: the popup
     * offers Run and Deny for them too, for a card a page covers. */
    request: z.object({}).strict(),
    response: z.object({
      waiting: z.array(z.object({ tabId: z.number(), site: z.string(), view: consentViewSchema })),
    }),
    senders: ['extension-page'],
  }),
  'consent.cancel': defineMessage({
    name: 'consent.cancel',
    request: z.object({ proposalId }).strict(),
    response: z.object({ cancelled: z.boolean() }),
    senders: ['consent-frame'],
  }),
} as const;
