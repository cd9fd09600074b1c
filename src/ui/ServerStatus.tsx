// A server's state as a dot and a word, with its counts, or the reason and the next retry.
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { commandLine } from '../shared/companion/command-line';
import type { ServerView } from '../shared/messages/views';

const WORDS = {
  connected: 'Connected',
  connecting: 'Connecting…',
  reconnecting: 'Reconnecting',
  failed: 'Failed',
  disabled: 'Disabled',
} as const;

const TRANSPORTS = {
  'streamable-http': 'Streamable HTTP',
  sse: 'HTTP+SSE',
  websocket: 'WebSocket',
  companion: 'local, via the companion',
} as const;

/** The current time, ticking each second while `active`; for countdowns. */
function useNow(active: boolean): number {
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    if (!active) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [active]);
  return now;
}

/** The server answered 401: nothing works until the user signs in. */
export function needsSignIn(server: ServerView): boolean {
  return server.status.state === 'failed' && server.status.error?.code === 'sign_in_required';
}

export function StatusBadge({ server }: { server: ServerView }) {
  const { state } = server.status;
  // Not a fault to fix: the user's next step, so it is said as such.
  const signIn = needsSignIn(server);
  return (
    <span class="status" data-state={signIn ? 'sign-in' : state}>
      <span class="dot" aria-hidden="true" />
      <span class="state-word">{signIn ? 'Sign in required' : WORDS[state]}</span>
    </span>
  );
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function Retry({ server }: { server: ServerView }) {
  const { attempt, nextRetryAt, breakerOpen } = server.status;
  const now = useNow(nextRetryAt !== undefined);
  if (nextRetryAt === undefined) return null;
  const seconds = Math.max(0, Math.ceil((nextRetryAt - now) / 1000));
  return (
    <div class="meta retry">
      {`Attempt ${attempt ?? 1}; next try ${seconds > 0 ? `in ${seconds} s` : 'now'}.`}
      {breakerOpen && ' Calls fail at once until it reconnects.'}
    </div>
  );
}

export function ServerSummary({
  server,
  aside,
}: {
  server: ServerView;
  /** Shown after the state, on the name's line (the popup's on/off switch). */
  aside?: ComponentChildren;
}) {
  const { status } = server;
  return (
    <div class="summary">
      <div class="row">
        <strong class="name">{server.name}</strong>
        <StatusBadge server={server} />
        {aside}
      </div>
      <div class="url">
        {server.local?.command ? commandLine(server.local.command, server.local.args) : server.url}
      </div>
      {status.state === 'connected' && (
        <div class="meta">
          <span class="tool-count">{plural(status.toolCount, 'tool')}</span>
          {status.resourceCount > 0 && <span> · {plural(status.resourceCount, 'resource')}</span>}
          {status.promptCount > 0 && <span> · {plural(status.promptCount, 'prompt')}</span>}
          {status.transport && <span class="transport"> · {TRANSPORTS[status.transport]}</span>}
          {status.protocolVersion && <span> · MCP {status.protocolVersion}</span>}
        </div>
      )}
      {status.state === 'reconnecting' && <Retry server={server} />}
      {(status.state === 'failed' || status.state === 'reconnecting') && status.error && (
        <p class={needsSignIn(server) ? 'error next-step' : 'error'} role="alert">
          {status.error.message}
        </p>
      )}
    </div>
  );
}
