// A session to a local server: server-everything run by the real companion host (in memory), so
// a crash, the call it interrupted and the restart go through every layer but the browser.
import { createRequire } from 'node:module';
import { afterEach, expect, it, vi } from 'vitest';
import type { ServerStatus } from '../../shared/messages/views';
import type { ServerConfig, SessionRecord } from '../../shared/storage/items';
import { connectTwin, writeConfig } from '../companion/companion-host.fixture';
import { CompanionLink } from '../companion/link';
import { ServerSession } from './session';

const sessions: ServerSession[] = [];
afterEach(async () => {
  await Promise.all(sessions.map((s) => s.close()));
  sessions.length = 0;
});

it('fails the call a crash interrupts once, and restarts the server', async () => {
  const bin = createRequire(import.meta.url).resolve(
    '@modelcontextprotocol/server-everything/dist/index.js',
  );
  const file = await writeConfig({
    everything: { command: process.execPath, args: [bin, 'stdio'] },
  });
  const link = new CompanionLink({
    connect: () => connectTwin(file).port,
    lastError: () => undefined,
    extensionVersion: '0.1.0',
    onChange: () => {},
  });
  const config: ServerConfig = {
    id: 'local',
    name: 'everything',
    url: 'companion:everything',
    enabled: true,
    addedAt: 0,
    transport: 'auto',
    callTimeoutMs: 60_000,
    headerNames: [],
  };
  const statuses: ServerStatus[] = [];
  let record: SessionRecord | undefined;
  const session = new ServerSession(config, {
    loadRecord: async () => record,
    saveRecord: async (r) => {
      record = r;
    },
    headers: async () => ({}),
    onStatus: (s) => statuses.push(s),
    companion: link,
    random: () => 0,
  });
  sessions.push(session);
  await session.ensureConnected();
  expect(session.status).toMatchObject({ state: 'connected', transport: 'companion' });
  expect(record).toMatchObject({
    url: 'companion:everything',
    transport: 'companion',
    era: 'legacy',
  });

  let sent = 0;
  const call = session.callTool(
    'trigger-long-running-operation',
    { duration: 30, steps: 30 },
    { onprogress: () => sent++ },
  );
  await vi.waitFor(() => expect(sent).toBeGreaterThan(0), { timeout: 5_000 });
  process.kill(link.server('everything')!.process.pid!, 'SIGKILL');
  await expect(call).rejects.toThrow(
    /^The local server “everything” exited on signal SIGKILL\. Its last output: “.*” The request was under way and was not sent again: it may or may not have run\.$/,
  );

  // The backoff's first delay is 0 here (random = 0): the restart follows at once.
  await vi.waitFor(() => expect(session.status.state).toBe('connected'), { timeout: 10_000 });
  expect(statuses.some((s) => s.state === 'reconnecting')).toBe(true);
  expect(link.server('everything')?.process.state).toBe('running');
  expect(link.restartsOf('everything')).toBe(1);
});
