// Data shapes the background shows to other contexts. None of them carries a secret.
import { z } from 'zod';
import { catalogSchema, TRANSPORT_KINDS, TRANSPORT_PREFERENCES } from '../storage/items';
import { wireErrorSchema } from './envelope';

export const SERVER_STATES = [
  'disabled',
  'connecting',
  'connected',
  'reconnecting',
  'failed',
] as const;
export type ServerState = (typeof SERVER_STATES)[number];

export const serverStatusSchema = z.object({
  state: z.enum(SERVER_STATES),
  /** The last failure and when it happened, kept while reconnecting or failed. */
  error: wireErrorSchema.extend({ at: z.number() }).optional(),
  toolCount: z.number().int().nonnegative(),
  resourceCount: z.number().int().nonnegative(),
  promptCount: z.number().int().nonnegative(),
  protocolVersion: z.string().optional(),
  era: z.enum(['legacy', 'modern']).optional(),
  transport: z.enum(TRANSPORT_KINDS).optional(),
  serverName: z.string().optional(),
  /** While reconnecting: which attempt is next and when (ms since the epoch). */
  attempt: z.number().int().optional(),
  nextRetryAt: z.number().optional(),
  /** Calls fail fast until the next successful connection. */
  breakerOpen: z.boolean(),
});
export type ServerStatus = z.infer<typeof serverStatusSchema>;

export const serverViewSchema = z.object({
  id: z.string(),
  name: z.string(),
  url: z.string(),
  enabled: z.boolean(),
  transport: z.enum(TRANSPORT_PREFERENCES),
  callTimeoutMs: z.number(),
  /** Header names only: values are secrets and never leave the background. */
  headerNames: z.array(z.string()),
  status: serverStatusSchema,
});
export type ServerView = z.infer<typeof serverViewSchema>;

/** A tool as the chat bridge sees it: `server` is the key the model uses to name the server. */
export const catalogToolSchema = z.object({
  server: z.string(),
  serverId: z.string(),
  /** True when another server has a tool of the same name, so a call must name the server. */
  needsServer: z.boolean(),
  name: z.string(),
  title: z.string().optional(),
  description: z.string().optional(),
  inputSchema: z.record(z.string(), z.unknown()),
  unavailable: z.string().optional(),
});
export type CatalogTool = z.infer<typeof catalogToolSchema>;

/** One content part of a tool result, reduced to what a chat can show. */
export const resultPartSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('text'), text: z.string() }),
  z.object({
    type: z.literal('media'),
    kind: z.enum(['image', 'audio']),
    mimeType: z.string(),
    bytes: z.number().int().nonnegative().optional(),
    /** The content, base64, when small enough to be attached to the chat as a file. */
    data: z.string().optional(),
  }),
  z.object({ type: z.literal('resource'), uri: z.string(), text: z.string().optional() }),
]);
export type ResultPart = z.infer<typeof resultPartSchema>;

export const chatToolResultSchema = z.object({
  isError: z.boolean(),
  parts: z.array(resultPartSchema),
  structured: z.unknown().optional(),
});
export type ChatToolResult = z.infer<typeof chatToolResultSchema>;

/** One server's whole catalogue, for the options page. */
export const serverCatalogSchema = z.object({
  serverId: z.string(),
  name: z.string(),
  catalog: catalogSchema,
});
export type ServerCatalog = z.infer<typeof serverCatalogSchema>;

export const progressSchema = z.object({
  progress: z.number(),
  total: z.number().optional(),
  message: z.string().optional(),
});
