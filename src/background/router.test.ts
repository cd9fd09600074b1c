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
  callsPerMinute: 60,
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
    'companion.status': never,
    'servers.add': never,
    'servers.edit': never,
    'servers.remove': never,
    'servers.reconnect': never,
    'servers.signIn': never,
    'servers.signOut': never,
    'servers.test': never,
    'tools.catalog': never,
    'tools.lookup': never,
    'tools.call': never,
    'tools.cancel': never,
    'calls.propose': never,
    'consent.get': never,
    'consent.approve': never,
    'consent.deny': never,
    'consent.cancel': never,
    'consent.list': never,
    'elicit.answer': never,
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
    'chat.insert': never,
    'activity.get': never,
    'activity.clear': never,
    'settings.export': never,
    'settings.import': never,
    'cards.waiting': never,
    'calls.pending': never,
    'storage.forgetUnreadable': never,
    ...overrides,
  };
}

describe('router', () => {
  it('runs no handler before the worker has started', async () => {
    let started = () => {};
    const startUp = new Promise<void>((resolve) => {
      started = resolve;
    });
    const check = vi.fn(async () => ({ problems: [] }));
    const route = createRouter(handlers({ 'tools.check': check }), ID, startUp);
    const call = { call_id: 'c1', tool: 'echo', arguments: {} };
    const answer = route({ type: 'tools.check', payload: { call } }, page);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(check).not.toHaveBeenCalled();
    started();
    expect(await answer).toEqual({ ok: true, value: { problems: [] } });
    expect(check).toHaveBeenCalledOnce();
  });

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

  it('lets only extension pages export (secrets) or import settings', async () => {
    const exported = vi.fn();
    const imported = vi.fn();
    const route = createRouter(
      handlers({ 'settings.export': exported, 'settings.import': imported }),
      ID,
    );
    const plan = { servers: [], sites: {} };
    for (const [type, payload] of [
      ['settings.export', { includeSecrets: true }],
      ['settings.import', { plan }],
    ] as const) {
      expect(await route({ type, payload }, content)).toMatchObject({
        ok: false,
        error: { code: 'forbidden_sender' },
      });
    }
    expect(exported).not.toHaveBeenCalled();
    expect(imported).not.toHaveBeenCalled();
  });

  it('lets only extension pages put text into a chat', async () => {
    const insert = vi.fn(async () => ({ site: 'ChatGPT' }));
    const route = createRouter(handlers({ 'chat.insert': insert }), ID);
    const payload = { text: 'Hello' };
    expect(await route({ type: 'chat.insert', payload }, content)).toMatchObject({
      ok: false,
      error: { code: 'forbidden_sender' },
    });
    expect(insert).not.toHaveBeenCalled();
    expect(await route({ type: 'chat.insert', payload }, page)).toEqual({
      ok: true,
      value: { site: 'ChatGPT' },
    });
    expect(await route({ type: 'chat.insert', payload: { text: '' } }, page)).toMatchObject({
      error: { code: 'bad_request' },
    });
  });

  it('takes waiting cards only from a chat tab, without arguments, and lists them only to pages', async () => {
    const waiting = vi.fn(async () => ({}));
    const pending = vi.fn(async () => ({ calls: [] }));
    const route = createRouter(
      handlers({ 'cards.waiting': waiting, 'calls.pending': pending }),
      ID,
    );
    const payload = { calls: [{ server: 'everything', tool: 'echo' }] };
    expect(await route({ type: 'cards.waiting', payload }, page)).toMatchObject({
      error: { code: 'forbidden_sender' },
    });
    expect(await route({ type: 'calls.pending', payload: {} }, content)).toMatchObject({
      error: { code: 'forbidden_sender' },
    });
    expect(waiting).not.toHaveBeenCalled();
    expect(pending).not.toHaveBeenCalled();
    expect(await route({ type: 'cards.waiting', payload }, content)).toEqual({
      ok: true,
      value: {},
    });
    expect(waiting).toHaveBeenCalledWith(
      payload,
      expect.objectContaining({ tabId: 1, siteId: 'chatgpt' }),
    );
    const arguments_ = { calls: [{ tool: 'echo', arguments: { secret: 'x' } }] };
    expect(await route({ type: 'cards.waiting', payload: arguments_ }, content)).toMatchObject({
      error: { code: 'bad_request' },
    });
  });

  it('answers lookups only to a chat tab, within their bounds', async () => {
    const answer = { text: 'From the catalogue', shown: ['everything/echo'], unknown: [] };
    const lookup = vi.fn(async () => answer);
    const route = createRouter(handlers({ 'tools.lookup': lookup }), ID);
    const send = (payload: unknown, from: typeof page | typeof content = content) =>
      route({ type: 'tools.lookup', payload }, from);
    expect(await send({ tools: ['echo'] }, page)).toMatchObject({
      error: { code: 'forbidden_sender' },
    });
    for (const bad of [
      {},
      { search: '  ' },
      { tools: Array(11).fill('echo') },
      { tools: ['x'.repeat(231)] },
      { search: 'x'.repeat(201) },
      { tools: ['echo'], run: true },
    ])
      expect(await send(bad), JSON.stringify(bad)).toMatchObject({
        error: { code: 'bad_request' },
      });
    expect(lookup).not.toHaveBeenCalled();
    expect(await send({ search: 'echo words' })).toEqual({ ok: true, value: answer });
    expect(lookup).toHaveBeenCalledWith(
      { search: 'echo words' },
      expect.objectContaining({ sender: 'content-script', siteId: 'chatgpt' }),
    );
  });

  it('lets only extension pages test a connection (it sends saved header values)', async () => {
    const report = { outcome: 'refused' as const, title: 'T', detail: 'D', tried: [] };
    const test = vi.fn(async () => ({ report }));
    const route = createRouter(handlers({ 'servers.test': test }), ID);
    const payload = { url: 'http://127.0.0.1:9/mcp', id: 's1' };
    expect(await route({ type: 'servers.test', payload }, content)).toMatchObject({
      error: { code: 'forbidden_sender' },
    });
    expect(test).not.toHaveBeenCalled();
    expect(await route({ type: 'servers.test', payload }, page)).toEqual({
      ok: true,
      value: { report },
    });
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
      { siteId: 'chatgpt', settings: { catalogThreshold: -1 } },
      { siteId: 'chatgpt', settings: { catalogThreshold: 1.5 } },
      { siteId: 'chatgpt', settings: { colour: 'red' } },
    ]) {
      expect(await send(bad)).toMatchObject({ ok: false, error: { code: 'bad_request' } });
    }
    expect(set).toHaveBeenCalledTimes(1);
  });

  it('takes approvals only from the consent frame in a chat tab, or from our own pages', async () => {
    const proposalId = '0b1c2d3e-4f50-4a6b-8c7d-9e0f1a2b3c4d';
    const view = {
      proposalId,
      state: 'running' as const,
      callId: 'c1',
      tool: 'echo',
      arguments: '{}',
      hiddenCharacters: false,
      lookAlikes: [],
      problems: [],
    };
    const approve = vi.fn(async () => view);
    const route = createRouter(handlers({ 'consent.approve': approve }), ID);
    const message = { type: 'consent.approve', payload: { proposalId } };
    const frame = {
      id: ID,
      url: `chrome-extension://${ID}/src/consent/index.html#p=${proposalId}`,
      tab: { id: 7 },
      frameId: 3,
    };
    // The content script of the chat page that proposed it may not approve it.
    expect(await route(message, content)).toMatchObject({
      ok: false,
      error: { code: 'forbidden_sender' },
    });
    // The consent page opened on its own (not a frame in a tab) is no one.
    expect(await route(message, { ...frame, frameId: 0 })).toMatchObject({
      ok: false,
      error: { code: 'forbidden_sender' },
    });
    expect(await route(message, frame)).toMatchObject({ ok: true });
    expect(await route(message, page)).toMatchObject({ ok: true });
    expect(approve).toHaveBeenCalledTimes(2);
  });
});
