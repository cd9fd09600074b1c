import { describe, expect, it, vi } from 'vitest';
import { createRouter, type Handlers } from './router';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const page = { id: ID, url: `chrome-extension://${ID}/src/options/index.html` };
const content = {
  id: ID,
  url: 'https://chatgpt.com/',
  origin: 'https://chatgpt.com',
  tab: { id: 1 },
  frameId: 0,
};
const view = {
  id: 's1',
  name: 'everything',
  url: 'http://127.0.0.1:1/mcp',
  enabled: true,
  transport: 'auto' as const,
  callTimeoutMs: 60_000,
  headerNames: [],
  status: {
    state: 'connected' as const,
    toolCount: 2,
    resourceCount: 0,
    promptCount: 0,
    breakerOpen: false,
  },
};

function handlers(overrides: Partial<Handlers> = {}): Handlers {
  const never = () => Promise.reject(new Error('not in this test'));
  return {
    'servers.list': async () => ({ servers: [view] }),
    'servers.add': never,
    'servers.edit': never,
    'servers.remove': never,
    'servers.reconnect': never,
    'tools.catalog': never,
    'tools.call': never,
    'tools.cancel': never,
    'sites.get': never,
    'sites.set': never,
    'tools.check': never,
    'health.report': never,
    'health.get': never,
    'instructions.get': never,
    'policies.get': never,
    'policies.set': never,
    'catalog.get': never,
    'resources.read': never,
    'prompts.get': never,
    'activity.get': never,
    'activity.clear': never,
    ...overrides,
  };
}

describe('router', () => {
  it('answers a valid request from an allowed sender', async () => {
    const route = createRouter(handlers(), ID);
    expect(await route({ type: 'servers.list', payload: {} }, page)).toEqual({
      ok: true,
      value: { servers: [view] },
    });
  });

  it('refuses settings messages from a content script before running any handler', async () => {
    const add = vi.fn();
    const route = createRouter(handlers({ 'servers.add': add }), ID);
    const answer = await route({ type: 'servers.add', payload: { url: 'http://x' } }, content);
    expect(answer).toMatchObject({ ok: false, error: { code: 'forbidden_sender' } });
    expect(add).not.toHaveBeenCalled();
  });

  it('refuses unknown senders, unknown messages and invalid payloads', async () => {
    const route = createRouter(handlers(), ID);
    expect(await route({ type: 'servers.list', payload: {} }, { id: 'other' })).toMatchObject({
      error: { code: 'forbidden_sender' },
    });
    expect(await route({ type: 'toString', payload: {} }, page)).toMatchObject({
      error: { code: 'unknown_message' },
    });
    expect(await route({ type: 'servers.list', payload: { extra: 1 } }, page)).toMatchObject({
      error: { code: 'bad_request' },
    });
    const call = { call: { call_id: 'c1', tool: 't', arguments: {}, autoRun: true } };
    expect(await route({ type: 'tools.call', payload: call }, content)).toMatchObject({
      error: { code: 'bad_request' },
    });
  });

  it('turns a thrown error into data and checks what the handler answered', async () => {
    const route = createRouter(
      handlers({
        'servers.list': async () => {
          throw new Error('disk on fire');
        },
      }),
      ID,
    );
    expect(await route({ type: 'servers.list', payload: {} }, page)).toEqual({
      ok: false,
      error: { code: 'internal', message: 'disk on fire' },
    });
    const sloppy = createRouter(
      handlers({ 'servers.list': async () => ({ servers: [{ id: 1 }] }) as never }),
      ID,
    );
    expect(await sloppy({ type: 'servers.list', payload: {} }, page)).toMatchObject({ ok: false });
  });

  it('takes site settings as a patch for a supported site, within the limits', async () => {
    const set = vi.fn(async () => ({}));
    const route = createRouter(handlers({ 'sites.set': set }), ID);
    const send = (payload: unknown) => route({ type: 'sites.set', payload }, page);
    expect(await send({ siteId: 'chatgpt', settings: { instructions: 'Be brief.' } })).toEqual({
      ok: true,
      value: {},
    });
    expect(set).toHaveBeenCalledWith(
      { siteId: 'chatgpt', settings: { instructions: 'Be brief.' } },
      expect.anything(),
    );
    for (const bad of [
      { siteId: 'example', settings: { auto: true } },
      { siteId: 'chatgpt', settings: { instructions: 'x'.repeat(4001) } },
      { siteId: 'chatgpt', settings: { maxRounds: 0 } },
      { siteId: 'chatgpt', settings: { colour: 'red' } },
    ]) {
      expect(await send(bad)).toMatchObject({ ok: false, error: { code: 'bad_request' } });
    }
    expect(set).toHaveBeenCalledTimes(1);
  });
});
