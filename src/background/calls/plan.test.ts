import { describe, expect, it } from 'vitest';
import type { ToolCall } from '../../shared/mcp/tool-call';
import type { Policies } from '../../shared/storage/items';
import type { ServerSession } from '../sessions/session';
import { checkAnswer, planCall, refusalOf } from './plan';

const session = {
  config: { id: 's1', name: 'files' },
  status: { state: 'connected' },
  catalog: {
    tools: [
      {
        name: 'read',
        inputSchema: { type: 'object', properties: { path: { type: 'string' } } },
      },
      { name: 'wipe', inputSchema: { type: 'object' }, annotations: { destructiveHint: true } },
      { name: 'app', inputSchema: { type: 'object' }, unavailable: 'it needs an app view' },
    ],
  },
  ensureConnected: async () => {},
} as unknown as ServerSession;

const sources = (policies: Policies = {}) => ({
  sessions: () => [session],
  policies: async () => policies,
  servers: async () => [],
});
const call = (tool: string, args: Record<string, unknown> = {}): ToolCall => ({
  call_id: 'c1',
  tool,
  arguments: args,
});

describe('planCall', () => {
  it('finds the server, the tool, its policy and the argument problems in one go', async () => {
    const plan = await planCall(
      call('read', { path: 3 }),
      sources({ s1: { default: 'allow', tools: {} } }),
    );
    expect(plan).toMatchObject({ server: 'files', entry: { name: 'read' }, policy: 'allow' });
    expect(plan.problems).toEqual(['path: Instance type "number" is invalid. Expected "string"']);
  });

  it('throws why when no connected server has the tool', async () => {
    await expect(planCall(call('nope'), sources())).rejects.toMatchObject({
      code: 'tool_not_found',
    });
  });
});

describe('the check and the refusal read the same plan', () => {
  it('a call the check finds fine and allowed runs with no click, and one it faults is refused', async () => {
    const allowed = await planCall(
      call('read', { path: '/a' }),
      sources({ s1: { default: 'allow', tools: {} } }),
    );
    expect(checkAnswer(allowed)).toEqual({ problems: [], policy: 'allow' });
    expect(refusalOf(allowed, 'auto', true)).toBeUndefined();
    // The same call where auto mode is off waits for Run.
    expect(refusalOf(allowed, 'auto', false)?.message).toBe(
      'Auto mode is off for this site: press Run to allow this call.',
    );
    const faulty = await planCall(call('read', { path: 3 }), sources());
    expect(checkAnswer(faulty).problems).toHaveLength(1);
    expect(refusalOf(faulty, 'user', false)).toMatchObject({
      code: 'bad_request',
      message: `The arguments do not fit read: ${faulty.problems[0]}.`,
    });
  });

  it('asks for a destructive tool under a server-wide allow, and refuses a denied one first', async () => {
    const wipe = await planCall(call('wipe'), sources({ s1: { default: 'allow', tools: {} } }));
    expect(checkAnswer(wipe).policy).toBe('ask');
    expect(refusalOf(wipe, 'auto', true)?.code).toBe('denied');
    expect(refusalOf(wipe, 'user', false)).toBeUndefined();
    const denied = await planCall(
      call('read', { path: 3 }),
      sources({ s1: { tools: { read: 'deny' } } }),
    );
    expect(refusalOf(denied, 'user', false)?.message).toBe(
      'read on files is denied in your MCP Switchboard settings.',
    );
  });

  it('says a tool that cannot be called from here is unavailable, to the card and the call', async () => {
    const app = await planCall(call('app'), sources());
    expect(checkAnswer(app)).toEqual({ problems: ['app cannot be called: it needs an app view'] });
    expect(refusalOf(app, 'user', false)?.code).toBe('tool_unavailable');
  });
});
