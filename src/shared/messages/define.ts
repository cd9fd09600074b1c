// Declares a message once: its name, request and response schemas, and who may send it.
import type { z } from 'zod';

/** The kinds of sender the background tells apart from the browser-stamped `sender`: our pages,
 * our content scripts in chat tabs, and our consent page framed in a chat tab's card. */
export type SenderKind = 'extension-page' | 'content-script' | 'consent-frame';

export interface MessageSpec<
  Name extends string = string,
  Req extends z.ZodType = z.ZodType,
  Res extends z.ZodType = z.ZodType,
> {
  name: Name;
  request: Req;
  response: Res;
  senders: readonly SenderKind[];
}

export function defineMessage<Name extends string, Req extends z.ZodType, Res extends z.ZodType>(
  spec: MessageSpec<Name, Req, Res>,
): MessageSpec<Name, Req, Res> {
  return spec;
}

export type RequestOf<M extends MessageSpec> = z.input<M['request']>;
export type ResponseOf<M extends MessageSpec> = z.output<M['response']>;

/** What travels over `runtime.sendMessage`. */
export interface WireRequest {
  type: string;
  payload: unknown;
}
