// The background's one message router: checks the sender, validates the request and the answer
// with the message's zod schemas, waits for the worker's start-up, and answers with an envelope
// (errors as data).
import type { z } from 'zod';
import { SwitchboardError, toWireError } from '../shared/errors';
import { type MessageName, type Messages, messages } from '../shared/messages/contract';
import type { SenderKind } from '../shared/messages/define';
import type { Envelope } from '../shared/messages/envelope';
import { siteForUrl } from '../shared/sites';
import { classifySender, type SenderFacts } from './senders';

export interface HandlerContext {
  sender: SenderKind;
  tabId?: number;
  /** For a content script: the chat site it runs on. */
  siteName?: string;
  siteId?: string;
}

export type Handlers = {
  [K in MessageName]: (
    request: z.output<Messages[K]['request']>,
    context: HandlerContext,
  ) => Promise<z.input<Messages[K]['response']>>;
};

/**
 * `started` settles once a (re)started worker has read its settings and reopened its sessions:
 * every handler runs after it, so none answers from a half-started worker.
 */
export function createRouter(
  handlers: Handlers,
  extensionId: string,
  started: Promise<void> = Promise.resolve(),
) {
  return async function route(message: unknown, sender: SenderFacts): Promise<Envelope<unknown>> {
    try {
      const kind = classifySender(sender, extensionId);
      if (!kind)
        throw new SwitchboardError(
          'forbidden_sender',
          'Messages from this sender are not accepted.',
        );
      const { type, payload } = (message ?? {}) as { type?: unknown; payload?: unknown };
      if (typeof type !== 'string' || !Object.hasOwn(messages, type)) {
        throw new SwitchboardError('unknown_message', `Unknown message ${String(type)}.`);
      }
      const name = type as MessageName;
      const spec = messages[name];
      if (!(spec.senders as readonly SenderKind[]).includes(kind)) {
        throw new SwitchboardError('forbidden_sender', `${name} may not be sent from a ${kind}.`);
      }
      const request = spec.request.safeParse(payload);
      if (!request.success) {
        throw new SwitchboardError(
          'bad_request',
          `${name}: ${request.error.issues[0]?.message ?? 'invalid request'}`,
        );
      }
      await started;
      const handler = handlers[name] as (req: unknown, ctx: HandlerContext) => Promise<unknown>;
      const context: HandlerContext = {
        sender: kind,
        tabId: sender.tab?.id,
        ...(kind === 'content-script' ? siteContext(sender.url) : {}),
      };
      const value = spec.response.parse(await handler(request.data, context));
      return { ok: true, value };
    } catch (error) {
      return { ok: false, error: toWireError(error) };
    }
  };
}

function siteContext(url: string | undefined): Pick<HandlerContext, 'siteId' | 'siteName'> {
  const site = siteForUrl(url);
  return site ? { siteId: site.id, siteName: site.name } : {};
}
