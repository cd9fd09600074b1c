// @vitest-environment happy-dom
// Lookups answered once per block, into the composer, and sent only where auto mode may.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { defaultSiteSettings } from '../../shared/storage/site-defaults';
import type { SiteAdapter } from '../adapters/types';
import { AutoMode } from '../cards/auto-mode';
import { Deliveries } from '../cards/echoed-call';
import type { FoundLookup } from '../replies/reader';
import { LookupAnswers } from './answers';

const asked: unknown[] = [];
const inserted: string[] = [];
let sends = 0;
vi.mock('../bridge/background', () => ({
  ask: async (name: string, payload: { tools?: string[] }) => {
    asked.push({ name, payload });
    if (payload.tools?.includes('off'))
      throw new Error('MCP Switchboard is turned off for this site.');
    return { text: 'From the catalogue\n- echo(message: string)', shown: ['s/echo'], unknown: [] };
  },
}));
vi.mock('../dom/composer', () => ({
  putText: async (_: SiteAdapter, text: string) => {
    inserted.push(text);
    return 'text';
  },
}));
vi.mock('../dom/submit', () => ({
  submitMessage: async (_: SiteAdapter, clicked?: () => void) => {
    sends++;
    clicked?.();
    return true;
  },
}));

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
const read: FoundLookup['read'] = { kind: 'lookup', lookup: { lookup_id: 'l1', tools: ['echo'] } };

function setUp(auto = false, maxRounds = 10) {
  const mode = new AutoMode({} as SiteAdapter);
  mode.configure({ ...defaultSiteSettings(), auto, maxRounds });
  const signal = new AbortController().signal;
  const answers = new LookupAnswers({} as SiteAdapter, signal, mode, new Deliveries(), () => {});
  const reply = document.createElement('div');
  document.body.append(reply);
  const found = (block: Element, extra: Partial<FoundLookup> = {}): void => {
    if (!block.isConnected) reply.append(block);
    answers.found({
      key: '/c/1|r1|0',
      reply,
      block,
      read,
      text: '',
      streaming: false,
      partView: false,
      earlier: false,
      ...extra,
    });
  };
  return {
    found,
    phase: () =>
      document.querySelector('[data-mcp-switchboard-lookup]')?.getAttribute('data-phase'),
  };
}

beforeEach(() => {
  asked.length = 0;
  inserted.length = 0;
  sends = 0;
});
afterEach(() => {
  document.body.innerHTML = '';
});

describe('LookupAnswers', () => {
  it('waits for the block to be whole, then answers it once, however often the site re-renders it', async () => {
    const { found, phase } = setUp();
    const block = document.createElement('pre');
    found(block, { streaming: true });
    expect(phase()).toBe('writing');
    found(block);
    found(block);
    await settle();
    found(document.createElement('pre'));
    found(block, { key: '/c/2|r1|0' });
    await settle();
    expect(asked).toEqual([{ name: 'tools.lookup', payload: { tools: ['echo'] } }]);
    expect(inserted).toHaveLength(1);
    expect(inserted[0]).toMatch(
      /^<mcp-lookup-result lookup_id="l1" nonce="([0-9a-f]{8})">\nFrom the catalogue\n- echo\(message: string\)\n<\/mcp-lookup-result nonce="\1">$/,
    );
    expect(phase()).toBe('answered');
    expect(sends).toBe(0);
  });

  it('sends the answer by itself only under auto mode, and stops at its cap', async () => {
    const { found } = setUp(true, 1);
    found(document.createElement('pre'));
    await settle();
    expect(sends).toBe(1);
    found(document.createElement('pre'), { key: 'another' });
    await settle();
    expect(inserted).toHaveLength(2);
    expect(sends).toBe(1);
  });

  it('leaves a lookup that was on the page before alone until the user asks', async () => {
    const { found, phase } = setUp(true);
    found(document.createElement('pre'), { earlier: true });
    await settle();
    expect(phase()).toBe('earlier');
    expect(asked).toEqual([]);
  });

  it('tells the model how to write a lookup it wrote wrong, and asks nothing', async () => {
    const { found } = setUp();
    found(document.createElement('pre'), {
      read: {
        kind: 'invalid',
        lookupId: 'l9',
        error: 'The lookup is malformed: tools: expected a list.',
      },
    });
    await settle();
    expect(asked).toEqual([]);
    expect(inserted[0]).toContain('lookup_id="l9"');
    expect(inserted[0]).toContain(
      'The lookup is malformed: tools: expected a list. Nothing was looked up. Write {"lookup_id"',
    );
  });

  it('puts nothing in when the background refuses', async () => {
    const { found, phase } = setUp(true);
    found(document.createElement('pre'), {
      read: { kind: 'lookup', lookup: { lookup_id: 'l1', tools: ['off'] } },
    });
    await settle();
    expect(phase()).toBe('failed');
    expect(inserted).toEqual([]);
    expect(sends).toBe(0);
  });
});
