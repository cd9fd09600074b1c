// A server's state as a dot and a word, with the reason when it failed.
import type { ServerView } from '../shared/messages/views';

const WORDS = {
  connected: 'Connected',
  connecting: 'Connecting…',
  error: 'Error',
  disabled: 'Disabled',
} as const;

export function StatusBadge({ server }: { server: ServerView }) {
  const { state } = server.status;
  return (
    <span class="status" data-state={state}>
      <span class="dot" aria-hidden="true" />
      <span class="state-word">{WORDS[state]}</span>
    </span>
  );
}

export function ServerSummary({ server }: { server: ServerView }) {
  const { status } = server;
  return (
    <div class="summary">
      <div class="row">
        <strong class="name">{server.name}</strong>
        <StatusBadge server={server} />
      </div>
      <div class="url">{server.url}</div>
      {status.state === 'connected' && (
        <div class="meta">
          <span class="tool-count">
            {status.toolCount === 1 ? '1 tool' : `${status.toolCount} tools`}
          </span>
          {status.protocolVersion && <span> · MCP {status.protocolVersion}</span>}
        </div>
      )}
      {status.state === 'error' && status.error && (
        <p class="error" role="alert">
          {status.error.message}
        </p>
      )}
    </div>
  );
}
