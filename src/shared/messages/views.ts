// Data shapes the background shows to other contexts. None of them carries a secret.
import { z } from 'zod';
import { wireErrorSchema } from './envelope';

export const SERVER_STATES = ['disabled', 'connecting', 'connected', 'error'] as const;
export type ServerState = (typeof SERVER_STATES)[number];

export const serverStatusSchema = z.object({
  state: z.enum(SERVER_STATES),
  /** The last failure, kept while the state is `error`. */
  error: wireErrorSchema.extend({ at: z.number() }).optional(),
  toolCount: z.number().int().nonnegative(),
  protocolVersion: z.string().optional(),
  serverName: z.string().optional(),
});
export type ServerStatus = z.infer<typeof serverStatusSchema>;

export const serverViewSchema = z.object({
  id: z.string(),
  name: z.string(),
  url: z.string(),
  enabled: z.boolean(),
  status: serverStatusSchema,
});
export type ServerView = z.infer<typeof serverViewSchema>;

export const catalogToolSchema = z.object({
  server: z.string(),
  serverId: z.string(),
  name: z.string(),
  title: z.string().optional(),
  description: z.string().optional(),
  inputSchema: z.record(z.string(), z.unknown()),
});
export type CatalogTool = z.infer<typeof catalogToolSchema>;

/** One content part of a tool result, reduced to what a chat can show. */
export const resultPartSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('text'), text: z.string() }),
  z.object({ type: z.literal('media'), kind: z.enum(['image', 'audio']), mimeType: z.string() }),
  z.object({ type: z.literal('resource'), uri: z.string(), text: z.string().optional() }),
]);
export type ResultPart = z.infer<typeof resultPartSchema>;

export const chatToolResultSchema = z.object({
  isError: z.boolean(),
  parts: z.array(resultPartSchema),
  structured: z.unknown().optional(),
});
export type ChatToolResult = z.infer<typeof chatToolResultSchema>;
