// Every stored item of the extension, in one place.
import { z } from 'zod';
import { defineItem } from './item';
import {
  DEFAULT_AUTO_ROUNDS,
  DEFAULT_CATALOG_THRESHOLD,
  defaultSiteSettings,
  MAX_AUTO_ROUNDS,
  MAX_CATALOG_THRESHOLD,
  MAX_CUSTOM_INSTRUCTIONS,
  type SiteSettings,
} from './site-defaults';

export const TRANSPORT_KINDS = ['streamable-http', 'sse', 'websocket'] as const;
export type TransportKind = (typeof TRANSPORT_KINDS)[number];
export const TRANSPORT_PREFERENCES = ['auto', ...TRANSPORT_KINDS] as const;
export type TransportPreference = (typeof TRANSPORT_PREFERENCES)[number];
/** What a session may run over: a transport to a URL, or the companion for `companion:` URLs. */
export const SESSION_TRANSPORTS = [...TRANSPORT_KINDS, 'companion'] as const;
export type SessionTransport = (typeof SESSION_TRANSPORTS)[number];

export const DEFAULT_CALL_TIMEOUT_MS = 60_000;
/** Tool calls one server takes in a minute unless the user sets another cap (issue #14). */
export const DEFAULT_CALLS_PER_MINUTE = 60;
export const MAX_CALLS_PER_MINUTE = 1_000;
/** A server's cap on tool calls per minute, as stored and as the forms and files give it. */
export const callsPerMinuteSchema = z.number().int().min(1).max(MAX_CALLS_PER_MINUTE);

/** A server's sign-in settings; a pre-registered client's secret is kept with the secrets. */
export const oauthSettingsSchema = z.object({
  clientId: z.string().optional(),
  clientMetadataUrl: z.string().optional(),
  scope: z.string().optional(),
});

export const serverConfigSchema = z.object({
  id: z.string(),
  name: z.string(),
  url: z.string(),
  enabled: z.boolean(),
  addedAt: z.number(),
  transport: z.enum(TRANSPORT_PREFERENCES),
  /** Per-request timeout for tool calls; progress notifications restart it. */
  callTimeoutMs: z.number().int().min(1_000).max(3_600_000),
  /** Names of the headers sent with every request; their values are secrets, kept apart. */
  headerNames: z.array(z.string()),
  /** OAuth settings the user entered (a pre-registered client, a metadata URL, scopes). */
  oauth: oauthSettingsSchema.optional(),
  /** The extension's requests to this server go without an Origin header (origin-rewrite.ts). */
  omitOrigin: z.boolean().optional(),
  /**
   * At most this many tool calls a minute, whoever approved them; absent: the default. Kept
   * absent until the user sets it, so a better default later reaches everyone who never chose.
   */
  callsPerMinute: callsPerMinuteSchema.optional(),
});
export type ServerConfig = z.infer<typeof serverConfigSchema>;

/** The user's servers, in the order they added them. */
export const serversItem = defineItem({
  key: 'servers',
  area: 'local',
  version: 2,
  schema: z.array(serverConfigSchema),
  fallback: (): ServerConfig[] => [],
  migrations: {
    2: (old) =>
      (old as object[]).map((server) => ({
        transport: 'auto',
        callTimeoutMs: DEFAULT_CALL_TIMEOUT_MS,
        headerNames: [],
        ...server,
      })),
  },
});

/**
 * Header values per server id. Read by the background only; never sent to another context. Sealed
 * at rest (background/secrets/): chrome.storage.local holds it encrypted, in any version.
 */
export const secretsItem = defineItem({
  key: 'secrets',
  area: 'local',
  version: 1,
  schema: z.record(
    z.string(),
    z.object({
      headers: z.record(z.string(), z.string()),
      /** The secret of a pre-registered OAuth client. */
      clientSecret: z.string().optional(),
    }),
  ),
  fallback: (): Record<string, { headers: Record<string, string>; clientSecret?: string }> => ({}),
});

const toolEntrySchema = z.object({
  name: z.string(),
  title: z.string().optional(),
  description: z.string().optional(),
  inputSchema: z.record(z.string(), z.unknown()),
  outputSchema: z.record(z.string(), z.unknown()).optional(),
  annotations: z.record(z.string(), z.unknown()).optional(),
  /** Why the tool cannot be called from here, when it cannot. */
  unavailable: z.string().optional(),
});

export const catalogSchema = z.object({
  tools: z.array(toolEntrySchema),
  resources: z.array(
    z.object({
      uri: z.string(),
      name: z.string(),
      title: z.string().optional(),
      description: z.string().optional(),
      mimeType: z.string().optional(),
    }),
  ),
  templates: z.array(
    z.object({
      uriTemplate: z.string(),
      name: z.string(),
      description: z.string().optional(),
      mimeType: z.string().optional(),
    }),
  ),
  prompts: z.array(
    z.object({
      name: z.string(),
      title: z.string().optional(),
      description: z.string().optional(),
      arguments: z
        .array(
          z.object({
            name: z.string(),
            description: z.string().optional(),
            required: z.boolean().optional(),
          }),
        )
        .optional(),
    }),
  ),
});
export type Catalog = z.infer<typeof catalogSchema>;
export type CatalogToolEntry = Catalog['tools'][number];
export const emptyCatalog = (): Catalog => ({
  tools: [],
  resources: [],
  templates: [],
  prompts: [],
});

export const sessionRecordSchema = z.object({
  url: z.string(),
  transport: z.enum(SESSION_TRANSPORTS),
  /** The era verdict, so a restarted worker skips the probe. */
  era: z.enum(['legacy', 'modern']),
  /** Opaque `server/discover` result, kept to reconnect a modern server with no round trip. */
  discover: z.unknown().optional(),
  /** The live session's id, so the next worker can end it. */
  sessionId: z.string().optional(),
  protocolVersion: z.string().optional(),
  serverName: z.string().optional(),
  /** The last catalogue, so a fresh worker can describe the tools before it reconnects. */
  catalog: catalogSchema.optional(),
});
export type SessionRecord = z.infer<typeof sessionRecordSchema>;

/** What a restarted service worker needs to resume each server's session. */
export const sessionsItem = defineItem({
  key: 'sessions',
  area: 'session',
  version: 2,
  schema: z.record(z.string(), sessionRecordSchema),
  fallback: (): Record<string, SessionRecord> => ({}),
  migrations: {
    2: (old) =>
      Object.fromEntries(
        Object.entries(old as Record<string, object>).map(([id, r]) => [
          id,
          { transport: 'streamable-http', ...r },
        ]),
      ),
  },
});

/** Call metrics and the call log, kept across worker restarts (validated by their own modules). */
export const activityItem = defineItem({
  key: 'activity',
  area: 'local',
  version: 1,
  schema: z.object({ metrics: z.unknown(), log: z.unknown() }),
  fallback: () => ({ metrics: undefined as unknown, log: undefined as unknown }),
});

export const POLICIES = ['ask', 'allow', 'deny'] as const;
export type Policy = (typeof POLICIES)[number];

export const policiesSchema = z.record(
  z.string(),
  z.object({
    /** For this server's tools the user has not set one by one. */
    default: z.enum(POLICIES).optional(),
    tools: z.record(z.string(), z.enum(POLICIES)),
  }),
);
export type Policies = z.infer<typeof policiesSchema>;

/** Consent per tool, by server id. Enforced by the background on every call. */
export const policiesItem = defineItem({
  key: 'policies',
  area: 'local',
  version: 1,
  schema: policiesSchema,
  fallback: (): Policies => ({}),
});

export const siteSettingsSchema = z.object({
  enabled: z.boolean(),
  auto: z.boolean(),
  maxRounds: z.number().int().min(1).max(MAX_AUTO_ROUNDS),
  instructions: z
    .string()
    .max(
      MAX_CUSTOM_INSTRUCTIONS,
      `Custom instructions can be at most ${MAX_CUSTOM_INSTRUCTIONS} characters.`,
    ),
  catalogThreshold: z.number().int().min(0).max(MAX_CATALOG_THRESHOLD),
}) satisfies z.ZodType<SiteSettings>;
export type { SiteSettings };
export { DEFAULT_AUTO_ROUNDS, defaultSiteSettings };

/** Per chat site, by site id. */
export const sitesItem = defineItem({
  key: 'sites',
  area: 'local',
  version: 3,
  schema: z.record(z.string(), siteSettingsSchema),
  fallback: (): Record<string, SiteSettings> => ({}),
  migrations: {
    // Version 1 knew auto mode only: support was on everywhere, with no custom instructions.
    2: (old) =>
      Object.fromEntries(
        Object.entries(old as Record<string, object>).map(([id, settings]) => [
          id,
          { enabled: true, instructions: '', ...settings },
        ]),
      ),
    // Version 3 adds the catalogue threshold (issue #16), at its default.
    3: (old) =>
      Object.fromEntries(
        Object.entries(old as Record<string, object>).map(([id, settings]) => [
          id,
          { catalogThreshold: DEFAULT_CATALOG_THRESHOLD, ...settings },
        ]),
      ),
  },
});

/** A call named as a card shows it: enough to say what waits, nothing of its arguments. */
export const callNameSchema = z
  .object({ server: z.string().max(200).optional(), tool: z.string().max(200) })
  .strict();
export type CallName = z.infer<typeof callNameSchema>;

/**
 * The cards waiting for Run in each chat tab (by tab id), as its content script last reported
 * them; kept while the browser runs so a restarted worker can still show them in the popup.
 */
export const waitingCardsItem = defineItem({
  key: 'waitingCards',
  area: 'session',
  version: 1,
  schema: z.record(z.string(), z.object({ site: z.string(), calls: z.array(callNameSchema) })),
  fallback: (): Record<string, { site: string; calls: CallName[] }> => ({}),
});

/**
 * OAuth per server id: client registrations and tokens per authorization server, and a sign-in
 * under way (see background/auth/vault.ts). Read by the background only; never sent elsewhere.
 * The shapes inside come from the authorization servers and the SDK, so they are kept as given.
 * Sealed at rest, like `secrets`.
 */
export const oauthItem = defineItem({
  key: 'oauth',
  area: 'local',
  version: 1,
  schema: z.record(
    z.string(),
    z
      .object({
        clients: z.record(z.string(), z.record(z.string(), z.unknown())),
        tokens: z.record(z.string(), z.record(z.string(), z.unknown())),
      })
      .passthrough(),
  ),
  fallback: (): Record<
    string,
    { clients: Record<string, unknown>; tokens: Record<string, unknown> }
  > => ({}),
});
