import { describe, expect, it } from 'vitest';
import type { ImportPreview } from '../../shared/backup/format';
import { hasChanges, importedSummary } from './preview-text';

const server = (name: string, status: 'new' | 'changed' | 'unchanged') => ({
  name,
  status,
  changes: [],
  notes: [],
});
const site = { siteId: 'chatgpt', name: 'ChatGPT', changes: [{ field: 'Auto mode', to: 'on' }] };

describe('import preview words', () => {
  it('counts what an import changed', () => {
    const preview: ImportPreview = {
      servers: [server('a', 'new'), server('b', 'changed'), server('c', 'changed')],
      sites: [site],
    };
    expect(importedSummary(preview)).toBe(
      'Imported: 1 server added, 2 changed; settings of 1 site changed.',
    );
    expect(importedSummary({ servers: [server('b', 'changed')], sites: [] })).toBe(
      'Imported: 1 server changed.',
    );
  });

  it('has nothing to apply when every server is as the file says and no site changes', () => {
    expect(hasChanges({ servers: [server('a', 'unchanged')], sites: [] })).toBe(false);
    expect(hasChanges({ servers: [], sites: [site] })).toBe(true);
    expect(hasChanges({ servers: [server('a', 'new')], sites: [] })).toBe(true);
  });
});
