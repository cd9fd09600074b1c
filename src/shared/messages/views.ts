// Data shapes the background shows to other contexts. None of them carries a secret.
import { z } from 'zod';
import { localServerSchema } from '../companion/protocol';
import {
  catalogSchema,
  oauthSettingsSchema,
  SESSION_TRANSPORTS,
  TRANSPORT_PREFERENCES,
} from '../storage/items';
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
  transport: z.enum(SESSION_TRANSPORTS).optional(),
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
  /** The cap on tool calls a minute that applies (the user's, or the default). */
  callsPerMinute: z.number(),
  /** Header names only: values are secrets and never leave the background. */
  headerNames: z.array(z.string()),
  /** Requests to this server go without an Origin header; absent when off. */
  omitOrigin: z.boolean().optional(),
  /** OAuth settings; a pre-registered client's secret stays in the background. */
  oauth: oauthSettingsSchema.optional(),
  /** Whether the extension holds OAuth tokens for this server, from whom, until when. */
  account: z
    .object({
      signedIn: z.boolean(),
      issuer: z.string().optional(),
      scope: z.string().optional(),
      expiresAt: z.number().optional(),
    })
    .optional(),
  /**
   * For a `companion:` server: its command line (environment names only) and process, as the
   * companion last reported them; just its name before the companion has said anything.
   */
  local: localServerSchema
    .partial()
    .extend({
      name: z.string(),
      /** Starts after an exit nobody asked for, since the service worker started. */
      restarts: z.number().int().nonnegative(),
    })
    .optional(),
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

/**
 * What became of a call. `tool-error`: the tool ran and answered with `isError`; `denied`: the user
 * or the settings said no, so it was never sent.
 */
export const CALL_OUTCOMES = [
  'ok',
  'tool-error',
  'denied',
  'cancelled',
  'timeout',
  'failed',
] as const;
export type CallOutcome = (typeof CALL_OUTCOMES)[number];

/** One call in the call log. Its arguments were redacted before it was kept; results never are. */
export const callLogEntrySchema = z.object({
  id: z.string(),
  at: z.number(),
  server: z.string(),
  tool: z.string(),
  arguments: z.json(),
  outcome: z.enum(CALL_OUTCOMES),
  error: z.string().optional(),
  durationMs: z.number().nonnegative(),
  approval: z.enum(['user', 'policy', 'auto']),
  /** The chat site the call came from (a site id); absent for a call from an extension page. */
  site: z.string().optional(),
});
export type CallLogEntry = z.infer<typeof callLogEntrySchema>;

/** How the calls sent to one server, or to one of its tools, went. */
export const callSummarySchema = z.object({
  server: z.string(),
  tool: z.string().optional(),
  calls: z.number().int().nonnegative(),
  errors: z.number().int().nonnegative(),
  /** Share of calls that succeeded, 0–1. */
  successRate: z.number().min(0).max(1),
  /** Nearest-rank percentiles of the latest durations (background/calls/metrics). */
  p50Ms: z.number().nonnegative(),
  p95Ms: z.number().nonnegative(),
  lastError: z.object({ message: z.string(), at: z.number() }).optional(),
});
export type CallSummary = z.infer<typeof callSummarySchema>;

export const activitySchema = z.object({
  metrics: z.object({ servers: z.array(callSummarySchema), tools: z.array(callSummarySchema) }),
  /** Newest first. */
  log: z.array(callLogEntrySchema),
});
export type Activity = z.infer<typeof activitySchema>;

/** Largest binary resource content sent to an extension page; larger ones are only described. */
export const MAX_RESOURCE_BLOB_BYTES = 5 * 1024 * 1024;

/** One content item of a read resource, for the options page to show. */
export const resourceContentSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('text'),
    uri: z.string(),
    mimeType: z.string().optional(),
    text: z.string(),
  }),
  z.object({
    kind: z.literal('blob'),
    uri: z.string(),
    mimeType: z.string().optional(),
    bytes: z.number().int().nonnegative(),
    /** The content, base64; absent when over MAX_RESOURCE_BLOB_BYTES. */
    data: z.string().optional(),
  }),
]);
export type ResourceContent = z.infer<typeof resourceContentSchema>;

/** A tool call in a chat tab, for the popup: its card waits for Run, or the call runs now. */
export const pendingCallSchema = z.object({
  tabId: z.number().int(),
  /** The chat site's id. */
  site: z.string(),
  phase: z.enum(['waiting', 'running']),
  /** The server's name as the user set it; as the call wrote it (or absent) when none has the tool. */
  server: z.string().optional(),
  tool: z.string(),
});
export type PendingCall = z.infer<typeof pendingCallSchema>;

/** Something the background could not save or read back, worded for the user. */
export const storageProblemSchema = z.object({
  /** The stored item concerned; one problem per item. */
  key: z.string(),
  message: z.string(),
  at: z.number(),
  /** A way out the user can take from the notice itself. */
  action: z.enum(['forget-unreadable-secrets']).optional(),
});
export type StorageProblem = z.infer<typeof storageProblemSchema>;
