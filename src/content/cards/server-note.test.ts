import { describe, expect, it } from 'vitest';
import type { TabServer } from '../../shared/messages/contract';
import { serverNote } from './server-note';

const server = (name: string, state: TabServer['state']): TabServer => ({
  name,
  key: name.toLowerCase(),
  state,
  toolCount: 1,
});
const call = (server?: string) => ({
  call_id: 'c1',
  tool: 'echo',
  arguments: {},
  ...(server ? { server } : {}),
});

describe('serverNote', () => {
  it('says nothing until the state is known, or when the server is connected', () => {
    expect(serverNote(call('alpha'), undefined)).toBeUndefined();
    expect(serverNote(call('ALPHA'), [server('Alpha', 'connected')])).toBeUndefined();
    expect(
      serverNote(call(), [server('Alpha', 'failed'), server('Beta', 'connected')]),
    ).toBeUndefined();
  });

  it('names the server the call needs and its state', () => {
    expect(serverNote(call('alpha'), [server('Alpha', 'reconnecting')])).toBe(
      '“Alpha” is reconnecting; Run will try to reach it.',
    );
    expect(serverNote(call('gamma'), [server('Alpha', 'connected')])).toBe(
      'No enabled server is called “gamma”.',
    );
  });

  it('explains a call with no server when none can take it', () => {
    expect(serverNote(call(), [])).toContain('No MCP server is set up');
    expect(serverNote(call(), [server('Alpha', 'reconnecting')])).toContain(
      'No server is connected right now',
    );
  });
});
