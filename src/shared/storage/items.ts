// Every stored item of the extension, in one place.
import { z } from 'zod';
import { defineItem } from './item';

export const serverConfigSchema = z.object({
  id: z.string(),
  name: z.string(),
  url: z.string(),
  enabled: z.boolean(),
  addedAt: z.number(),
});
export type ServerConfig = z.infer<typeof serverConfigSchema>;

/** The user's servers, in the order they added them. */
export const serversItem = defineItem({
  key: 'servers',
  area: 'local',
  version: 1,
  schema: z.array(serverConfigSchema),
  fallback: (): ServerConfig[] => [],
});

export const sessionRecordSchema = z.object({
  url: z.string(),
  /** The era verdict, so a restarted worker skips the probe. */
  era: z.enum(['legacy', 'modern']),
  /** Opaque `server/discover` result, kept to reconnect a modern server with no round trip. */
  discover: z.unknown().optional(),
  /** The live session's id, so the next worker can end it. */
  sessionId: z.string().optional(),
  protocolVersion: z.string().optional(),
});
export type SessionRecord = z.infer<typeof sessionRecordSchema>;

/** What a restarted service worker needs to resume each server's session. */
export const sessionsItem = defineItem({
  key: 'sessions',
  area: 'session',
  version: 1,
  schema: z.record(z.string(), sessionRecordSchema),
  fallback: (): Record<string, SessionRecord> => ({}),
});
