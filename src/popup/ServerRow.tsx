// One server in the popup: its live state and tool count, median call time, an on/off switch
// and, while it is down, Reconnect (or Sign in, when that is what it waits for).
import { useEffect, useState } from 'preact/hooks';
import type { CallSummary, ServerView } from '../shared/messages/views';
import { ask, errorText } from '../ui/background';
import { needsSignIn, ServerSummary } from '../ui/ServerStatus';
import { SignInButton, SignInError } from '../ui/SignIn';
import { Switch } from '../ui/Switch';
import { useSignIn } from '../ui/sign-in';
import { latencyText } from './latency';

export function ServerRow({ server, calls }: { server: ServerView; calls?: CallSummary }) {
  /** The switch's new position until the pushed state agrees (or the change failed). */
  const [wanted, setWanted] = useState<boolean>();
  const [error, setError] = useState<string>();
  useEffect(() => {
    if (wanted === server.enabled) setWanted(undefined);
  }, [wanted, server.enabled]);
  const { state } = server.status;
  const signIn = useSignIn(server);

  const act = async (work: () => Promise<unknown>) => {
    setError(undefined);
    try {
      await work();
    } catch (e) {
      setWanted(undefined);
      setError(errorText(e));
    }
  };
  const enable = (enabled: boolean) => {
    setWanted(enabled);
    void act(() => ask('servers.edit', { id: server.id, enabled }));
  };

  return (
    <li data-server-id={server.id}>
      <ServerSummary
        server={server}
        aside={
          <Switch
            label={`Use ${server.name}`}
            hideLabel
            checked={wanted ?? server.enabled}
            onChange={enable}
          />
        }
      />
      {calls && <div class="meta latency">{latencyText(calls)}</div>}
      {needsSignIn(server) ? (
        <div class="actions">
          <SignInButton server={server} state={signIn} />
        </div>
      ) : (
        (state === 'failed' || state === 'reconnecting') && (
          <div class="actions">
            <button
              type="button"
              onClick={() => void act(() => ask('servers.reconnect', { id: server.id }))}
            >
              Reconnect
            </button>
          </div>
        )
      )}
      <SignInError state={signIn} />
      {error && (
        <p class="form-error" role="alert">
          {error}
        </p>
      )}
    </li>
  );
}
