// The settings as an export file (format in shared/backup/format.ts). Header values go in only
// when the user asked for them; otherwise each header is named with a null value.
import { BACKUP_FORMAT, BACKUP_VERSION, type Backup } from '../../shared/backup/format';
import type { Policies, ServerConfig, SiteSettings } from '../../shared/storage/items';

/** Everything an export holds and an import changes, as stored now. */
export interface SettingsSnapshot {
  servers: ServerConfig[];
  /** Header values by server id. */
  secrets: Record<string, Record<string, string>>;
  /** By server id. */
  policies: Policies;
  /** By site id. */
  sites: Record<string, SiteSettings>;
}

export function buildBackup(state: SettingsSnapshot, includeSecrets: boolean, now: Date): Backup {
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: now.toISOString(),
    secretsIncluded: includeSecrets,
    servers: state.servers.map((server) => {
      const policies = state.policies[server.id];
      return {
        name: server.name,
        url: server.url,
        enabled: server.enabled,
        transport: server.transport,
        callTimeoutMs: server.callTimeoutMs,
        ...(server.callsPerMinute ? { callsPerMinute: server.callsPerMinute } : {}),
        headers: Object.fromEntries(
          server.headerNames.map((name) => [
            name,
            includeSecrets ? (state.secrets[server.id]?.[name] ?? null) : null,
          ]),
        ),
        ...(policies ? { policies } : {}),
      };
    }),
    sites: state.sites,
  };
}
