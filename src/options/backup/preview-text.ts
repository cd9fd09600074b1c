// Words for an import preview: whether it changes anything, and what was done once applied.
import type { ImportPreview } from '../../shared/backup/format';

/** `1 server`, `2 servers`; `count(3, 'entry', 'entries')`. */
export const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export function hasChanges(preview: ImportPreview): boolean {
  return preview.sites.length > 0 || preview.servers.some((s) => s.status !== 'unchanged');
}

/** `Imported: 1 server added, 2 changed; settings of 1 site changed.` */
export function importedSummary(preview: ImportPreview): string {
  const added = preview.servers.filter((s) => s.status === 'new').length;
  const changed = preview.servers.filter((s) => s.status === 'changed').length;
  const parts = [
    added > 0 && `${count(added, 'server')} added`,
    changed > 0 && `${added > 0 ? changed : count(changed, 'server')} changed`,
  ].filter(Boolean);
  const servers = parts.join(', ');
  const sites =
    preview.sites.length > 0 && `settings of ${count(preview.sites.length, 'site')} changed`;
  return `Imported: ${[servers, sites].filter(Boolean).join('; ')}.`;
}
