// What "Test connection" found about a server URL, in words written for the user.
import { z } from 'zod';
import { TRANSPORT_KINDS } from '../storage/items';

export const CONNECTION_OUTCOMES = [
  'connected',
  'invalid_url',
  /** The extension may not reach the server's origin (host permission not granted). */
  'no_permission',
  /** Nothing accepts connections there: known for certain only on loopback. */
  'refused',
  /** The browser could not connect and does not say why (name, port, firewall or TLS). */
  'unreachable',
  'tls',
  'timeout',
  'unauthorized',
  'forbidden',
  /** Not an MCP endpoint, but a nearby path is: see `suggestedUrl`. */
  'wrong_path',
  /** The URL answers as MCP, but not over the transport the user chose. */
  'wrong_transport',
  'not_mcp',
  'error',
] as const;
export type ConnectionOutcome = (typeof CONNECTION_OUTCOMES)[number];

export const connectionReportSchema = z.object({
  outcome: z.enum(CONNECTION_OUTCOMES),
  /** A few words: the report's heading. */
  title: z.string(),
  /** What was found. */
  detail: z.string(),
  /** What to do about it; absent when there is nothing to do. */
  advice: z.string().optional(),
  /** A URL that answered as MCP when the one tested did not. */
  suggestedUrl: z.string().optional(),
  /** The server that answered: at `suggestedUrl` when there is one. */
  server: z
    .object({
      transport: z.enum(TRANSPORT_KINDS),
      era: z.enum(['legacy', 'modern']),
      protocolVersion: z.string().optional(),
      name: z.string().optional(),
      version: z.string().optional(),
      toolCount: z.number().int().nonnegative(),
      resourceCount: z.number().int().nonnegative(),
      promptCount: z.number().int().nonnegative(),
    })
    .optional(),
  /** Each attempt in order, for the curious: which URL, which transport, what came back. */
  tried: z.array(
    z.object({ url: z.string(), transport: z.enum(TRANSPORT_KINDS), result: z.string() }),
  ),
});
export type ConnectionReport = z.infer<typeof connectionReportSchema>;
