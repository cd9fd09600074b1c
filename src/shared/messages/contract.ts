// Every message the background answers, declared once. The router's handler record is keyed by
// these names, so a message without a handler is a type error.
import { z } from 'zod';
import { toolCallSchema } from '../mcp/tool-call';
import { defineMessage } from './define';
import { catalogToolSchema, chatToolResultSchema, serverViewSchema } from './views';

const empty = z.object({}).strict();

export const messages = {
  'servers.list': defineMessage({
    name: 'servers.list',
    request: empty,
    response: z.object({ servers: z.array(serverViewSchema) }),
    senders: ['extension-page'],
  }),
  'servers.add': defineMessage({
    name: 'servers.add',
    request: z.object({ url: z.string().max(2048), name: z.string().max(100).optional() }).strict(),
    response: z.object({ server: serverViewSchema }),
    senders: ['extension-page'],
  }),
  'servers.edit': defineMessage({
    name: 'servers.edit',
    request: z
      .object({
        id: z.string(),
        url: z.string().max(2048).optional(),
        name: z.string().max(100).optional(),
        enabled: z.boolean().optional(),
      })
      .strict(),
    response: z.object({ server: serverViewSchema }),
    senders: ['extension-page'],
  }),
  'servers.remove': defineMessage({
    name: 'servers.remove',
    request: z.object({ id: z.string() }).strict(),
    response: empty,
    senders: ['extension-page'],
  }),
  'servers.reconnect': defineMessage({
    name: 'servers.reconnect',
    request: z.object({ id: z.string() }).strict(),
    response: empty,
    senders: ['extension-page'],
  }),
  'tools.catalog': defineMessage({
    name: 'tools.catalog',
    request: empty,
    response: z.object({ tools: z.array(catalogToolSchema) }),
    senders: ['extension-page', 'content-script'],
  }),
  'tools.call': defineMessage({
    name: 'tools.call',
    request: z.object({ call: toolCallSchema }).strict(),
    response: z.object({ server: z.string(), result: chatToolResultSchema }),
    senders: ['extension-page', 'content-script'],
  }),
} as const;

export type Messages = typeof messages;
export type MessageName = keyof Messages;

/** Name of the long-lived port over which the background pushes server status to open pages. */
export const STATUS_PORT = 'status';

export const statusPushSchema = z.object({
  type: z.literal('servers'),
  servers: z.array(serverViewSchema),
});
export type StatusPush = z.infer<typeof statusPushSchema>;
