import { describe, expect, it } from 'vitest';
import { memoryArea, readItem } from './item';
import { serversItem, sessionsItem, sitesItem } from './items';

describe('migrations', () => {
  it('servers v1 → v2: auto transport, default timeout, no headers', async () => {
    const v1 = { id: 'a', name: 'A', url: 'http://127.0.0.1:1/mcp', enabled: true, addedAt: 1 };
    const area = memoryArea({ servers: { v: 1, value: [v1] } });
    expect((await readItem(area, serversItem)).value).toEqual([
      { ...v1, transport: 'auto', callTimeoutMs: 60_000, headerNames: [] },
    ]);
  });

  it('sessions v1 → v2: the verdict was Streamable HTTP, the only v1 transport', async () => {
    const v1 = { s: { url: 'http://127.0.0.1:1/mcp', era: 'legacy', sessionId: 'x' } };
    const area = memoryArea({ sessions: { v: 1, value: v1 } });
    expect((await readItem(area, sessionsItem)).value).toEqual({
      s: { ...v1.s, transport: 'streamable-http' },
    });
  });

  it('sites v1 → v2: support stays on, no custom instructions, auto mode as it was', async () => {
    const v1 = { chatgpt: { auto: true, maxRounds: 3 }, claude: { auto: false, maxRounds: 10 } };
    const area = memoryArea({ sites: { v: 1, value: v1 } });
    expect(await readItem(area, sitesItem)).toEqual({
      value: {
        chatgpt: {
          enabled: true,
          auto: true,
          maxRounds: 3,
          instructions: '',
          catalogThreshold: 1500,
        },
        claude: {
          enabled: true,
          auto: false,
          maxRounds: 10,
          instructions: '',
          catalogThreshold: 1500,
        },
      },
    });
  });

  it('sites v2 → v3: the catalogue threshold at its default, the rest as it was', async () => {
    const v2 = { chatgpt: { enabled: false, auto: true, maxRounds: 3, instructions: 'Be brief.' } };
    const area = memoryArea({ sites: { v: 2, value: v2 } });
    expect(await readItem(area, sitesItem)).toEqual({
      value: { chatgpt: { ...v2.chatgpt, catalogThreshold: 1500 } },
    });
    // The old value is kept aside before it is upgraded.
    expect(area.data['sites.backup.v2']).toEqual({ v: 2, value: v2 });
  });
});
