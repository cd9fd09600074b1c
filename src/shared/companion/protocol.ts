// What the extension and its companion say over one native-messaging port: requests with ids and
// their replies, JSON-RPC messages relayed unchanged per channel (one channel per running local
// server), process reports, and the parts of a message too big for one native message.
// Both sides import this file; the companion never takes a command line from it.
import { z } from 'zod';

/** Chrome drops the port on a message from the host larger than 1 MB. */
export const HOST_MESSAGE_LIMIT = 1024 * 1024;
/**
 * The largest JSON-RPC message a local server may send, and the largest message joined from parts:
 * what Chrome accepts in the other direction (64 MiB).
 */
export const MAX_MESSAGE_BYTES = 64 * 1024 * 1024;
/** Lines of a server's stderr kept for the settings page and error messages. */
export const STDERR_LINES = 20;
export const STDERR_LINE_CHARS = 500;

const id = z.number().int().nonnegative();
export const serverNameSchema = z.string().trim().min(1).max(100);
/** Chosen by the extension per transport, so a late event of a stopped run reaches no one. */
const channel = z.string().min(1).max(200);
const jsonRpc = z.record(z.string(), z.unknown());

export const hostRequestSchema = z.discriminatedUnion('type', [
  z
    .object({
      type: z.literal('hello'),
      id,
      protocol: z.number().int(),
      extension: z.string().max(50),
    })
    .strict(),
  z.object({ type: z.literal('list'), id }).strict(),
  /** Runs the server the companion's config names so; the browser cannot say how. */
  z.object({ type: z.literal('start'), id, server: serverNameSchema, channel }).strict(),
  z.object({ type: z.literal('stop'), id, channel }).strict(),
  z.object({ type: z.literal('send'), channel, message: jsonRpc }).strict(),
]);
export type HostRequest = z.infer<typeof hostRequestSchema>;

export const PROCESS_STATES = ['stopped', 'starting', 'running', 'exited', 'failed'] as const;

export const processInfoSchema = z.object({
  /** `exited`: ended without being asked to; `failed`: could not be started at all. */
  state: z.enum(PROCESS_STATES),
  pid: z.number().int().optional(),
  startedAt: z.number().optional(),
  exit: z
    .object({ code: z.number().int().nullable(), signal: z.string().nullable(), at: z.number() })
    .optional(),
  /** The last lines the server wrote to stderr, oldest first. */
  stderr: z.array(z.string()),
  /** What went wrong that stderr does not say: not started, or output that is not JSON-RPC. */
  problem: z.string().optional(),
});
export type ProcessInfo = z.infer<typeof processInfoSchema>;

/** A server of the companion's config. Environment values never leave the companion: names only. */
export const localServerSchema = z.object({
  name: z.string(),
  command: z.string(),
  args: z.array(z.string()),
  cwd: z.string().optional(),
  env: z.array(z.string()),
  /** The MCP client config file it was adopted from. */
  from: z.string().optional(),
  process: processInfoSchema,
});
export type LocalServer = z.infer<typeof localServerSchema>;

/** A server found in another MCP client's config file, which `adopt` can copy. */
export const foundServerSchema = z.object({
  name: z.string(),
  app: z.string(),
  file: z.string(),
  command: z.string(),
  args: z.array(z.string()),
  /** Whether the companion's config already has a server of this name. */
  adopted: z.boolean(),
  /** Why it cannot be adopted as it is. */
  problem: z.string().optional(),
});
export type FoundServer = z.infer<typeof foundServerSchema>;

export const configProblemSchema = z.object({ file: z.string(), message: z.string() });
export type ConfigProblem = z.infer<typeof configProblemSchema>;

export const helloResultSchema = z.object({ protocol: z.number().int(), version: z.string() });
export const listResultSchema = z.object({
  /** The companion's own config file. */
  config: z.string(),
  servers: z.array(localServerSchema),
  found: z.array(foundServerSchema),
  problems: z.array(configProblemSchema),
});
export type ListResult = z.infer<typeof listResultSchema>;
export const startResultSchema = z.object({ server: localServerSchema });

export const COMPANION_ERRORS = [
  'bad_request',
  'incompatible',
  'unknown_server',
  'spawn_failed',
  'config',
] as const;
export type CompanionErrorCode = (typeof COMPANION_ERRORS)[number];

export const partSchema = z.object({
  type: z.literal('part'),
  /** Numbers the message this is a part of. */
  of: id,
  index: id,
  count: z.number().int().min(2),
  text: z.string(),
});
export type Part = z.infer<typeof partSchema>;

export const hostEventSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('reply'),
    id,
    result: z.unknown().optional(),
    error: z.object({ code: z.enum(COMPANION_ERRORS), message: z.string() }).optional(),
  }),
  z.object({ type: z.literal('message'), channel, message: jsonRpc }),
  /** A server's process changed state or wrote to stderr. */
  z.object({ type: z.literal('process'), server: z.string(), process: processInfoSchema }),
  /** The channel's process ended (it exited, was stopped, or was replaced by a newer channel). */
  z.object({ type: z.literal('closed'), channel, server: z.string(), process: processInfoSchema }),
  partSchema,
]);
export type HostEvent = z.infer<typeof hostEventSchema>;
