// The settings file that Export writes and Import reads (issue #5), and the import plan the
// options page sends the background. One file, pretty-printed JSON:
//
//   {
//     "format": "mcp-switchboard-settings",    // what this file is; any other value is refused
//     "version": 1,                            // the shape below; a newer one is refused
//     "exportedAt": "2026-05-01T12:00:00.000Z",
//     "secretsIncluded": false,                // whether header values were written
//     "servers": [{ "name", "url", "enabled", "transport", "callTimeoutMs", "callsPerMinute"?,
//                   "headers": { "Authorization": null },   // null: value left out
//                   "policies": { "default"?: "allow", "tools": { "echo": "deny" } } }],
//     "sites": { "chatgpt": { "enabled", "auto", "maxRounds", "instructions", "catalogThreshold" } }
//   }
//
// Servers are matched by name, never by id: ids belong to one browser profile. A new version
// number means an old extension cannot read the file; adding an optional field does not.
import { z } from 'zod';
import { COMPANION_SCHEME, companionServerName } from '../companion/url';
import { CHAT_SITES } from '../sites';
import {
  callsPerMinuteSchema,
  POLICIES,
  siteSettingsSchema,
  TRANSPORT_PREFERENCES,
} from '../storage/items';

export const BACKUP_FORMAT = 'mcp-switchboard-settings';
export const BACKUP_VERSION = 1;

/** An HTTP header name (RFC 9110 token), as the server forms take it. */
export const headerNameSchema = z
  .string()
  .regex(/^[A-Za-z0-9!#$%&'*+.^_`|~-]{1,100}$/, 'not a valid header name');

const SCHEMES = new Set(['http:', 'https:', 'ws:', 'wss:']);

/** `${input:token}` (VS Code), `${env:TOKEN}`, `${TOKEN}`: filled in by the app a file is for. */
export const PLACEHOLDER = /\$\{[^}]*\}/;

/** Why `text` is not a server URL the extension can connect to, or undefined when it is one. */
function urlProblem(text: string): string | undefined {
  if (PLACEHOLDER.test(text))
    return `has a \${…} placeholder that only the app this file is for fills in: write the address itself`;
  // A local server run by the companion, named as in the companion's config (issue #15).
  if (text.toLowerCase().startsWith(COMPANION_SCHEME))
    return companionServerName(text) ? undefined : 'names no server after companion:';
  if (!/^[a-z][a-z\d+.-]*:\/\//i.test(text))
    return `“${text}” is not a full URL: start it with http://, https://, ws:// or wss://`;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return `“${text}” is not a URL`;
  }
  if (!SCHEMES.has(url.protocol)) return `${url.protocol}// is not an MCP transport`;
  if (url.username || url.password) return 'has credentials in it: put them in a header';
  return undefined;
}

export const serverUrlSchema = z
  .string()
  .trim()
  .max(2048, 'is longer than 2,048 characters')
  .superRefine((text, ctx) => {
    const problem = urlProblem(text);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

export const serverNameSchema = z
  .string()
  .trim()
  .min(1, 'a server needs a name')
  .max(100, 'a name can be at most 100 characters');

export const serverPoliciesSchema = z.object({
  default: z.enum(POLICIES).optional(),
  tools: z.record(z.string(), z.enum(POLICIES)).default({}),
});

/**
 * One server as a file describes it. What the file leaves out, import keeps as it is (or, for a
 * new server, as adding it by hand would set it).
 */
export const backupServerSchema = z.object({
  name: serverNameSchema,
  url: serverUrlSchema,
  enabled: z.boolean().optional(),
  transport: z.enum(TRANSPORT_PREFERENCES).optional(),
  callTimeoutMs: z.number().int().min(1_000).max(3_600_000).optional(),
  /** The cap on tool calls a minute the user set; absent: the extension's default. */
  callsPerMinute: callsPerMinuteSchema.optional(),
  /** The whole set of headers; null when the file does not carry the value. */
  headers: z.record(headerNameSchema, z.string().max(8192).nullable()).optional(),
  policies: serverPoliciesSchema.optional(),
});
export type BackupServer = z.infer<typeof backupServerSchema>;

export const siteIdSchema = z
  .string()
  .refine((id) => CHAT_SITES.some((site) => site.id === id), 'not a chat site this version knows');

export const backupSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  exportedAt: z.string(),
  secretsIncluded: z.boolean(),
  servers: z.array(backupServerSchema),
  sites: z.record(z.string(), siteSettingsSchema),
});
export type Backup = z.infer<typeof backupSchema>;

/** What the options page asks the background to import: entries already checked one by one. */
export const importPlanSchema = z.object({
  servers: z.array(backupServerSchema).max(500),
  sites: z.record(siteIdSchema, siteSettingsSchema.partial()),
});
export type ImportPlan = z.infer<typeof importPlanSchema>;

/** One setting an import would change, as the preview shows it. Never carries a header value. */
export const fieldChangeSchema = z.object({
  field: z.string(),
  /** Absent for a server or setting that does not exist yet. */
  from: z.string().optional(),
  to: z.string(),
});
export type FieldChange = z.infer<typeof fieldChangeSchema>;

export const importPreviewSchema = z.object({
  servers: z.array(
    z.object({
      name: z.string(),
      status: z.enum(['new', 'changed', 'unchanged']),
      changes: z.array(fieldChangeSchema),
      /** What the import cannot do for this server, and what the user should do instead. */
      notes: z.array(z.string()),
    }),
  ),
  sites: z.array(
    z.object({ siteId: z.string(), name: z.string(), changes: z.array(fieldChangeSchema) }),
  ),
});
export type ImportPreview = z.infer<typeof importPreviewSchema>;
