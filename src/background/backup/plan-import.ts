// What an import would change, worked out against the stored settings: the preview the user
// confirms, and the writes that carry it out. The same function runs for both, so what is
// applied is what was shown. Header values are compared here, in the background, and never
// appear in the preview.
import type {
  BackupServer,
  FieldChange,
  ImportPlan,
  ImportPreview,
} from '../../shared/backup/format';
import { CHAT_SITES } from '../../shared/sites';
import {
  DEFAULT_CALL_TIMEOUT_MS,
  DEFAULT_CALLS_PER_MINUTE,
  defaultSiteSettings,
  type Policies,
  type ServerConfig,
  type SiteSettings,
  type TransportPreference,
} from '../../shared/storage/items';
import type { ServerUpsert } from '../servers/store';
import type { SettingsSnapshot } from './export';

export interface ImportWrites {
  preview: ImportPreview;
  /** New servers, and existing ones whose connection settings change. */
  servers: ServerUpsert[];
  /** Policies to set, by server name (a new server has no id yet). */
  policies: { server: string; changes: Policies[string] }[];
  /** Per site, only the settings that change. */
  sites: Record<string, Partial<SiteSettings>>;
  /** Existing servers whose headers change: they reconnect with the new ones. */
  reconnect: string[];
}

const TRANSPORT_WORDS: Record<TransportPreference, string> = {
  auto: 'automatic',
  'streamable-http': 'Streamable HTTP',
  sse: 'HTTP+SSE',
  websocket: 'WebSocket',
};

const seconds = (ms: number) => `${ms / 1000} s`;
const onOff = (on: boolean) => (on ? 'on' : 'off');
const textWords = (text: string) =>
  text
    ? `“${text.length > 40 ? `${text.slice(0, 40)}…` : text}” (${text.length} characters)`
    : 'none';

/** `from` is absent when the setting is new. */
const change = (field: string, from: string | undefined, to: string): FieldChange =>
  from === undefined ? { field, to } : { field, from, to };

function findHeader(headers: Record<string, string>, name: string): string | undefined {
  return Object.entries(headers).find(([n]) => n.toLowerCase() === name.toLowerCase())?.[1];
}

/** The header set after import (undefined: unchanged), with what to tell the user. */
function resolveHeaders(entry: BackupServer, stored: Record<string, string>) {
  const notes: string[] = [];
  if (!entry.headers) return { notes };
  const next: Record<string, string> = {};
  for (const [name, value] of Object.entries(entry.headers)) {
    const kept = value ?? findHeader(stored, name);
    if (kept === undefined)
      notes.push(
        `Header ${name} is left out: the file has no value for it. Add it with Edit once imported.`,
      );
    else next[name] = kept;
  }
  const same =
    Object.keys(next).length === Object.keys(stored).length &&
    Object.entries(next).every(([name, value]) => findHeader(stored, name) === value);
  return { notes, ...(same ? {} : { next }) };
}

function headerChanges(
  stored: Record<string, string>,
  next: Record<string, string>,
  isNew: boolean,
): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const [name, value] of Object.entries(next)) {
    const old = findHeader(stored, name);
    if (old === undefined)
      changes.push(change(`Header ${name}`, isNew ? undefined : 'not set', 'set (value hidden)'));
    else if (old !== value) changes.push(change(`Header ${name}`, 'set', 'new value (hidden)'));
  }
  for (const name of Object.keys(stored))
    if (findHeader(next, name) === undefined)
      changes.push(change(`Header ${name}`, 'set', 'removed'));
  return changes;
}

/** Only the policies that differ from the stored ones, and how they read in the preview. */
function policyChanges(entry: BackupServer, stored: Policies[string] | undefined, isNew: boolean) {
  const changes: FieldChange[] = [];
  const writes: Policies[string] = { tools: {} };
  const wanted = entry.policies;
  const from = (policy: string | undefined) => (isNew ? undefined : (policy ?? 'not set'));
  if (wanted?.default && wanted.default !== stored?.default) {
    writes.default = wanted.default;
    changes.push(change('Default policy', from(stored?.default), wanted.default));
  }
  for (const [tool, policy] of Object.entries(wanted?.tools ?? {})) {
    if (stored?.tools[tool] === policy) continue;
    writes.tools[tool] = policy;
    changes.push(change(`Policy for ${tool}`, from(stored?.tools[tool]), policy));
  }
  return { changes, writes };
}

/** The server's own settings: for a new one all of them, for an existing one those that change. */
function connectionChanges(entry: BackupServer, current: ServerConfig | undefined): FieldChange[] {
  const transport = entry.transport ?? current?.transport ?? 'auto';
  const fields: [string, string | undefined, string][] = [
    ['URL', current?.url, entry.url],
    ['Transport', current && TRANSPORT_WORDS[current.transport], TRANSPORT_WORDS[transport]],
    [
      'Tool call timeout',
      current && seconds(current.callTimeoutMs),
      seconds(entry.callTimeoutMs ?? current?.callTimeoutMs ?? DEFAULT_CALL_TIMEOUT_MS),
    ],
    [
      'Tool calls per minute',
      current && String(current.callsPerMinute ?? DEFAULT_CALLS_PER_MINUTE),
      String(entry.callsPerMinute ?? current?.callsPerMinute ?? DEFAULT_CALLS_PER_MINUTE),
    ],
    [
      'Enabled',
      current && onOff(current.enabled),
      onOff(entry.enabled ?? current?.enabled ?? true),
    ],
  ];
  return fields
    .filter(([, now, next]) => now !== next)
    .map(([field, now, next]) => change(field, now, next));
}

export function planImport(state: SettingsSnapshot, plan: ImportPlan): ImportWrites {
  const writes: ImportWrites = {
    preview: { servers: [], sites: [] },
    servers: [],
    policies: [],
    sites: {},
    reconnect: [],
  };
  for (const entry of plan.servers) {
    const current = state.servers.find((s) => s.name.toLowerCase() === entry.name.toLowerCase());
    const stored = (current && state.secrets[current.id]) || {};
    const headers = resolveHeaders(entry, stored);
    const connection = connectionChanges(entry, current);
    const headerList = headers.next ? headerChanges(stored, headers.next, !current) : [];
    const policies = policyChanges(entry, current && state.policies[current.id], !current);
    const name = current?.name ?? entry.name;
    if (!current || connection.length > 0 || headers.next) {
      const { policies: _policies, headers: _headers, ...fields } = entry;
      writes.servers.push({ ...fields, name, ...(headers.next ? { headers: headers.next } : {}) });
    }
    // The session manager compares header names, not values: new values need a reconnect.
    if (current && headers.next) writes.reconnect.push(name);
    if (policies.changes.length > 0)
      writes.policies.push({ server: name, changes: policies.writes });
    const changes = [...connection, ...headerList, ...policies.changes];
    writes.preview.servers.push({
      name,
      status: !current ? 'new' : changes.length > 0 ? 'changed' : 'unchanged',
      changes,
      notes: headers.notes,
    });
  }
  for (const [siteId, patch] of Object.entries(plan.sites)) {
    const site = CHAT_SITES.find((s) => s.id === siteId);
    if (!site) continue;
    const current = { ...defaultSiteSettings(), ...state.sites[siteId] };
    const changed = Object.fromEntries(
      Object.entries(patch).filter(([key, value]) => current[key as keyof SiteSettings] !== value),
    ) as Partial<SiteSettings>;
    const changes = siteChanges(current, changed);
    if (changes.length === 0) continue;
    writes.sites[siteId] = changed;
    writes.preview.sites.push({ siteId, name: site.name, changes });
  }
  return writes;
}

function siteChanges(current: SiteSettings, next: Partial<SiteSettings>): FieldChange[] {
  const changes: FieldChange[] = [];
  if (next.enabled !== undefined)
    changes.push(
      change('MCP Switchboard on this site', onOff(current.enabled), onOff(next.enabled)),
    );
  if (next.auto !== undefined)
    changes.push(change('Auto mode', onOff(current.auto), onOff(next.auto)));
  if (next.maxRounds !== undefined)
    changes.push(
      change('Rounds before auto mode pauses', String(current.maxRounds), String(next.maxRounds)),
    );
  if (next.instructions !== undefined)
    changes.push(
      change('Custom instructions', textWords(current.instructions), textWords(next.instructions)),
    );
  if (next.catalogThreshold !== undefined)
    changes.push(
      change(
        'Tokens of tools before they are listed by name',
        String(current.catalogThreshold),
        String(next.catalogThreshold),
      ),
    );
  return changes;
}
