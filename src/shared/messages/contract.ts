// Every message the background answers, declared once. The router's handler record is keyed by
// these names, so a message without a handler is a type error.
import { z } from 'zod';
import { backupSchema, importPlanSchema, importPreviewSchema } from '../backup/format';
import { checkToolCall, type ToolCall } from '../mcp/tool-call';
import { CHAT_SITES } from '../sites';
import {
  callNameSchema,
  callsPerMinuteSchema,
  POLICIES,
  policiesSchema,
  siteSettingsSchema,
  TRANSPORT_PREFERENCES,
} from '../storage/items';
import { companionMessages } from './companion';
import { connectionReportSchema } from './connection-report';
import { consentMessages } from './consent';
import { defineMessage } from './define';
import { lookupMessages } from './lookup';
import {
  activitySchema,
  catalogToolSchema,
  chatToolResultSchema,
  pendingCallSchema,
  progressSchema,
  resourceContentSchema,
  SERVER_STATES,
  serverCatalogSchema,
  serverViewSchema,
  storageProblemSchema,
} from './views';

const empty = z.object({}).strict();

/** A tool call as the model wrote it, checked by the same rules the chat page reads it with. */
const toolCallSchema = z.custom<ToolCall>().transform((value, ctx) => {
  const call = checkToolCall(value);
  if (typeof call !== 'string') return call;
  ctx.addIssue({ code: 'custom', message: call });
  return z.NEVER;
});

/** Header edits: a value replaces the secret; no value keeps the one stored. */
const headersInput = z
  .array(
    z.object({
      name: z.string().regex(/^[A-Za-z0-9!#$%&'*+.^_`|~-]{1,100}$/, 'not a valid header name'),
      value: z.string().max(8192).optional(),
    }),
  )
  .max(20);
export type HeadersInput = z.infer<typeof headersInput>;

const siteId = z
  .string()
  .refine((id) => CHAT_SITES.some((site) => site.id === id), 'not a supported chat site');

/** OAuth settings as the user enters them; an empty string clears a field. */
const oauthInput = z
  .object({
    clientId: z.string().max(512).optional(),
    /** Kept with the header secrets; absent keeps the saved one. */
    clientSecret: z.string().max(2048).optional(),
    clientMetadataUrl: z.string().max(2048).optional(),
    scope: z.string().max(1024).optional(),
  })
  .strict();
export type OAuthInput = z.infer<typeof oauthInput>;

export const messages = {
  ...consentMessages,
  ...companionMessages,
  ...lookupMessages,
  'servers.list': defineMessage({
    name: 'servers.list',
    request: empty,
    response: z.object({ servers: z.array(serverViewSchema) }),
    senders: ['extension-page'],
  }),
  'servers.add': defineMessage({
    name: 'servers.add',
    request: z
      .object({
        url: z.string().max(2048),
        name: z.string().max(100).optional(),
        transport: z.enum(TRANSPORT_PREFERENCES).optional(),
        callTimeoutMs: z.number().int().min(1_000).max(3_600_000).optional(),
        callsPerMinute: callsPerMinuteSchema.optional(),
        headers: headersInput.optional(),
        omitOrigin: z.boolean().optional(),
        oauth: oauthInput.optional(),
      })
      .strict(),
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
        transport: z.enum(TRANSPORT_PREFERENCES).optional(),
        callTimeoutMs: z.number().int().min(1_000).max(3_600_000).optional(),
        callsPerMinute: callsPerMinuteSchema.optional(),
        headers: headersInput.optional(),
        omitOrigin: z.boolean().optional(),
        oauth: oauthInput.optional(),
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
  'servers.signIn': defineMessage({
    name: 'servers.signIn',
    /** Opens the server's authorization page; answers once signed in (or why not). */
    request: z.object({ id: z.string() }).strict(),
    response: empty,
    senders: ['extension-page'],
  }),
  'servers.signOut': defineMessage({
    name: 'servers.signOut',
    /** Forgets the server's tokens and client registrations. */
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
  'servers.test': defineMessage({
    name: 'servers.test',
    /**
     * Tries a URL with these settings and saves nothing. With `id`, a header listed without a
     * value is sent with that server's saved value, as `servers.edit` would keep it.
     */
    request: z
      .object({
        url: z.string().max(2048),
        id: z.string().optional(),
        transport: z.enum(TRANSPORT_PREFERENCES).optional(),
        headers: headersInput.optional(),
      })
      .strict(),
    response: z.object({ report: connectionReportSchema }),
    senders: ['extension-page'],
  }),
  'tools.catalog': defineMessage({
    name: 'tools.catalog',
    request: empty,
    response: z.object({ tools: z.array(catalogToolSchema) }),
    senders: ['extension-page', 'content-script'],
  }),
  'health.report': defineMessage({
    name: 'health.report',
    /** The elements this tab's adapter could not find; empty when all is well. */
    request: z.object({ missing: z.array(z.string().max(40)).max(10) }).strict(),
    response: empty,
    senders: ['content-script'],
  }),
  'health.get': defineMessage({
    name: 'health.get',
    request: empty,
    response: z.object({
      broken: z.array(
        z.object({ tabId: z.number(), site: z.string(), missing: z.array(z.string()) }),
      ),
      /** Tabs whose adapter last found everything it needs. */
      healthy: z.array(z.number()),
    }),
    senders: ['extension-page'],
  }),
  'tools.check': defineMessage({
    name: 'tools.check',
    /** Whether a call can run as written: a known tool, and arguments that fit its schema. */
    request: z.object({ call: toolCallSchema }).strict(),
    /** `policy` tells the card whether auto mode may run the call without a click. */
    response: z.object({ problems: z.array(z.string()), policy: z.enum(POLICIES).optional() }),
    senders: ['extension-page'],
  }),
  'sites.get': defineMessage({
    name: 'sites.get',
    request: empty,
    response: z.object({ sites: z.record(z.string(), siteSettingsSchema) }),
    senders: ['extension-page'],
  }),
  'sites.set': defineMessage({
    name: 'sites.set',
    /** Changes only the settings given; the rest stay as they are. */
    request: z.object({ siteId, settings: siteSettingsSchema.partial().strict() }).strict(),
    response: empty,
    senders: ['extension-page'],
  }),
  'instructions.get': defineMessage({
    name: 'instructions.get',
    /**
     * With a site's custom instructions appended. A content script gets its own site's, whatever
     * it asks; an extension page names the site, or gets none.
     */
    request: z.object({ siteId: siteId.optional() }).strict(),
    response: z.object({ text: z.string(), tokens: z.number() }),
    senders: ['extension-page', 'content-script'],
  }),
  'tools.call': defineMessage({
    name: 'tools.call',
    /**
     * `callKey` names the call for `tools.cancel` and the progress pushed to the tab. From a chat
     * tab only auto mode's calls come here (`approval: 'auto'`, the proposal's call, allowed
     * tools only): a person approves in the card's frame (`consent.approve`).
     */
    request: z
      .object({
        call: toolCallSchema,
        callKey: z.string().max(200).optional(),
        /** Without a click (auto mode) only tools set to `allow` run; the background checks it. */
        approval: z.enum(['user', 'auto']).default('user'),
        /** The proposal auto mode runs: its call, as shown, is what runs. */
        proposalId: z.string().max(64).optional(),
      })
      .strict(),
    response: z.object({ server: z.string(), result: chatToolResultSchema }),
    senders: ['extension-page', 'content-script'],
  }),
  'elicit.answer': defineMessage({
    name: 'elicit.answer',
    /**
     * The user's answer to a server's question during a call, from the frame in that call's card
     * (never the chat page: what the user types there stays out of the page's reach). Only the
     * tab that was asked may answer; accepted content is checked against the server's schema.
     */
    request: z
      .object({
        elicitId: z.string().max(64),
        action: z.enum(['accept', 'decline', 'cancel']),
        content: z
          .record(
            z.string().max(200),
            z.union([
              z.string().max(10_000),
              z.number(),
              z.boolean(),
              z.array(z.string().max(1_000)).max(100),
            ]),
          )
          .optional(),
      })
      .strict(),
    response: empty,
    senders: ['consent-frame'],
  }),
  'tools.cancel': defineMessage({
    name: 'tools.cancel',
    request: z.object({ callKey: z.string().max(200) }).strict(),
    response: z.object({ cancelled: z.boolean() }),
    senders: ['extension-page', 'content-script'],
  }),
  'policies.get': defineMessage({
    name: 'policies.get',
    request: empty,
    response: z.object({ policies: policiesSchema }),
    senders: ['extension-page'],
  }),
  'policies.set': defineMessage({
    name: 'policies.set',
    request: z
      .object({
        serverId: z.string(),
        /** One tool's policy, or the server's default when `tool` is absent; null clears it. */
        tool: z.string().optional(),
        policy: z.enum(POLICIES).nullable(),
      })
      .strict(),
    response: empty,
    senders: ['extension-page'],
  }),
  'catalog.get': defineMessage({
    name: 'catalog.get',
    request: empty,
    response: z.object({ servers: z.array(serverCatalogSchema) }),
    senders: ['extension-page'],
  }),
  'resources.read': defineMessage({
    name: 'resources.read',
    request: z.object({ serverId: z.string(), uri: z.string().max(4096) }).strict(),
    response: z.object({ contents: z.array(resourceContentSchema) }),
    senders: ['extension-page'],
  }),
  'prompts.get': defineMessage({
    name: 'prompts.get',
    request: z
      .object({
        serverId: z.string(),
        name: z.string(),
        arguments: z.record(z.string(), z.string()).default({}),
      })
      .strict(),
    response: z.object({ text: z.string() }),
    senders: ['extension-page'],
  }),
  'chat.insert': defineMessage({
    name: 'chat.insert',
    /**
     * Puts text into the composer of the most recently used chat tab, and shows that tab; it is
     * never sent. Answers with the site's name.
     */
    request: z
      .object({
        text: z
          .string()
          .min(1)
          .max(
            100_000,
            'The text is too long for a chat (over 100,000 characters); copy it instead.',
          ),
      })
      .strict(),
    response: z.object({ site: z.string() }),
    senders: ['extension-page'],
  }),
  'activity.get': defineMessage({
    name: 'activity.get',
    request: empty,
    response: activitySchema,
    senders: ['extension-page'],
  }),
  'activity.clear': defineMessage({
    name: 'activity.clear',
    request: empty,
    response: empty,
    senders: ['extension-page'],
  }),
  'settings.export': defineMessage({
    name: 'settings.export',
    /** Header values are secrets: they leave the background only when the user asks for them. */
    request: z.object({ includeSecrets: z.boolean() }).strict(),
    response: z.object({ backup: backupSchema }),
    senders: ['extension-page'],
  }),
  'settings.import': defineMessage({
    name: 'settings.import',
    /**
     * Without `confirm`, a preview only. With the `basis` of a preview, applies it, unless the
     * settings changed since: then it answers with the new preview, not applied.
     */
    request: z.object({ plan: importPlanSchema, confirm: z.string().optional() }).strict(),
    response: z.object({ preview: importPreviewSchema, basis: z.string(), applied: z.boolean() }),
    senders: ['extension-page'],
  }),
  'cards.waiting': defineMessage({
    name: 'cards.waiting',
    /** Every card of this tab that waits for Run now; it replaces what the tab said before. */
    request: z.object({ calls: z.array(callNameSchema).max(50) }).strict(),
    response: empty,
    senders: ['content-script'],
  }),
  'storage.forgetUnreadable': defineMessage({
    name: 'storage.forgetUnreadable',
    /**
     * Deletes the copies of sealed secrets that can no longer be opened (their key is gone), once
     * the user has entered those secrets again.
     */
    request: empty,
    response: empty,
    senders: ['extension-page'],
  }),
  'calls.pending': defineMessage({
    name: 'calls.pending',
    /** Cards waiting for Run and calls running, in every chat tab, for the popup. */
    request: empty,
    response: z.object({ calls: z.array(pendingCallSchema) }),
    senders: ['extension-page'],
  }),
} as const;

export type Messages = typeof messages;
export type MessageName = keyof Messages;

export const statusPushSchema = z.object({
  type: z.literal('servers'),
  servers: z.array(serverViewSchema),
  /** Settings or state that could not be saved; empty when all is well. */
  problems: z.array(storageProblemSchema).default([]),
});
export type StatusPush = z.infer<typeof statusPushSchema>;

/**
 * Tells open extension pages that calls were recorded or the activity cleared, or that calls
 * began waiting for Run or running: ask again.
 */
export const activityPushSchema = z.object({ type: z.literal('activity') });
export type ActivityPush = z.infer<typeof activityPushSchema>;

/** What a chat tab learns of the servers: enough to explain a call's fate, nothing more. */
export const tabServerSchema = z.object({
  name: z.string(),
  /** The key the model uses for the server (see shared/mcp/catalog-names). */
  key: z.string(),
  state: z.enum(SERVER_STATES),
  toolCount: z.number(),
  nextRetryAt: z.number().optional(),
});
export type TabServer = z.infer<typeof tabServerSchema>;

/** A site's settings as a tab sees them; its custom instructions come with `instructions.get`. */
export const tabSiteSchema = siteSettingsSchema.omit({ instructions: true });

export const tabStatusPushSchema = z.object({
  type: z.literal('tab-status'),
  servers: z.array(tabServerSchema),
  /** The settings of every chat site; a tab reads its own. */
  sites: z.record(z.string(), tabSiteSchema),
});
export type TabStatusPush = z.infer<typeof tabStatusPushSchema>;

/** Pushed by the background to the tab whose call reported progress. */
export const progressPushSchema = z.object({
  type: z.literal('call.progress'),
  callKey: z.string(),
  progress: progressSchema,
});
export type ProgressPush = z.infer<typeof progressPushSchema>;

/**
 * Sent by the background to a chat tab's content script for `chat.insert`: `composer.probe` asks
 * whether the tab's adapter runs and finds its composer, `composer.insert` puts text into it.
 */
export type ComposerProbe = { type: 'composer.probe' };
export type ComposerInsert = { type: 'composer.insert'; text: string };

/** The tab's answer; a tab whose adapter is not running does not answer at all. */
export const composerAnswerSchema = z.object({
  ok: z.boolean(),
  /** The chat site's name, e.g. "ChatGPT". */
  site: z.string().max(100),
  /** Why the composer could not be found or did not take the text. */
  error: z.string().max(500).optional(),
});
export type ComposerAnswer = z.infer<typeof composerAnswerSchema>;
