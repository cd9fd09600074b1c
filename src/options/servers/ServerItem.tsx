// One configured server: its live state and sign-in, and edit, test, reconnect and remove.
import { useId, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { companionServerName } from '../../shared/companion/url';
import { originOf } from '../../shared/host-access';
import type { ServerView } from '../../shared/messages/views';
import { ask } from '../../ui/background';
import { needsSignIn, ServerSummary } from '../../ui/ServerStatus';
import { SignInButton, SignInError } from '../../ui/SignIn';
import { useSignIn } from '../../ui/sign-in';
import { LocalProcess } from '../companion/LocalProcess';
import { requestCompanionPermission } from '../companion/permission';
import { AccountLine } from './Account';
import {
  type ConnectionDraft,
  ConnectionFields,
  callsPerMinute,
  headersInput,
  savedHeaderRows,
  timeoutMs,
} from './ConnectionFields';
import { requestHostAccess } from './host-access';
import { metadataUrlProblem, OAuthFields, oauthDraftOf, oauthInput } from './OAuthFields';
import { TestReport } from './TestReport';
import { useConnectionTest } from './use-connection-test';

const draftOf = (server: ServerView): ConnectionDraft => ({
  transport: server.transport,
  timeoutSeconds: String(server.callTimeoutMs / 1000),
  callsPerMinute: String(server.callsPerMinute),
  headers: savedHeaderRows(server.headerNames),
  omitOrigin: server.omitOrigin ?? false,
});

export function ServerItem({ server }: { server: ServerView }) {
  const [editing, setEditing] = useState(false);
  const [url, setUrl] = useState(server.url);
  const [name, setName] = useState(server.name);
  const [draft, setDraft] = useState(() => draftOf(server));
  const [oauth, setOAuth] = useState(() => oauthDraftOf(server.oauth));
  const signIn = useSignIn(server);
  const [error, setError] = useState<string>();
  /** Why the edited URL cannot be used yet (a permission refused), shown under the field. */
  const [urlError, setUrlError] = useState<string>();
  const urlErrorId = useId();
  const test = useConnectionTest((message) => (editing ? setUrlError : setError)(message));

  const act = async (work: () => Promise<unknown>) => {
    setError(undefined);
    try {
      await work();
      return true;
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
      return false;
    }
  };
  /** `withUrl`: a URL the connection test suggested, to save or not. */
  const startEditing = (withUrl?: string) => {
    setUrl(withUrl ?? server.url);
    setUrlError(undefined);
    test.clear();
    setName(server.name);
    setDraft(draftOf(server));
    setOAuth(oauthDraftOf(server.oauth));
    setEditing(true);
  };
  const save = async (event: Event) => {
    event.preventDefault();
    setUrlError(undefined);
    if (metadataUrlProblem(oauth)) return;
    // A new URL may be on an origin not yet allowed: ask first, while the click still counts.
    if (url.trim() !== server.url) {
      const access = await requestHostAccess(url, browser.permissions);
      if (!access.ok) {
        setUrlError(access.message);
        return;
      }
    }
    const timeout = timeoutMs(draft);
    const cap = callsPerMinute(draft);
    const headers = headersInput(draft.headers);
    const changedHeaders =
      headers.some((h) => h.value !== undefined) ||
      headers.map((h) => h.name).join() !== server.headerNames.join();
    const oauthChanges = oauthInput(oauth, server.oauth);
    const saved = await act(() =>
      ask('servers.edit', {
        id: server.id,
        url,
        name,
        transport: draft.transport,
        ...(timeout ? { callTimeoutMs: timeout } : {}),
        ...(cap && cap !== server.callsPerMinute ? { callsPerMinute: cap } : {}),
        ...(changedHeaders ? { headers } : {}),
        ...(oauthChanges ? { oauth: oauthChanges } : {}),
        ...(draft.omitOrigin !== (server.omitOrigin ?? false)
          ? { omitOrigin: draft.omitOrigin }
          : {}),
      }),
    );
    if (!saved) return;
    setEditing(false);
    test.clear();
  };
  /** A local server runs through the companion: no transport, headers, sign-in or URL test. */
  const local = companionServerName(server.url) !== undefined;
  /** After the user removed the permission (chrome://extensions): ask again, then reconnect. */
  const grantAccess = async () => {
    setError(undefined);
    if (local) {
      const refused = await requestCompanionPermission(browser.permissions);
      if (refused) setError(refused);
      else await act(() => ask('servers.reconnect', { id: server.id }));
      return;
    }
    const access = await requestHostAccess(server.url, browser.permissions);
    if (!access.ok) setError(access.message);
    else await act(() => ask('servers.reconnect', { id: server.id }));
  };
  const noPermission =
    server.status.state === 'failed' && server.status.error?.code === 'no_permission';

  return (
    <li data-server-id={server.id}>
      <ServerSummary server={server} />
      {server.local && <LocalProcess local={server.local} />}
      {server.account?.signedIn && (
        <AccountLine server={server} account={server.account} state={signIn} />
      )}
      {editing ? (
        <form class="edit" onSubmit={save} aria-label={`Edit ${server.name}`}>
          <label>
            Server URL
            <input
              name="url"
              required
              value={url}
              aria-invalid={urlError ? true : undefined}
              aria-describedby={urlError ? urlErrorId : undefined}
              onInput={(e) => {
                setUrl(e.currentTarget.value);
                setUrlError(undefined);
                test.clear();
              }}
            />
          </label>
          {urlError && (
            <p id={urlErrorId} class="form-error" role="alert">
              {urlError}
            </p>
          )}
          <label>
            Name
            <input
              name="name"
              required
              value={name}
              onInput={(e) => setName(e.currentTarget.value)}
            />
          </label>
          {!local && <ConnectionFields url={url} draft={draft} onChange={setDraft} />}
          {!local && <OAuthFields draft={oauth} onChange={setOAuth} editing />}
          <div class="actions">
            <button class="primary" type="submit">
              Save
            </button>
            <button
              type="button"
              hidden={local}
              disabled={test.testing}
              onClick={() => {
                setUrlError(undefined);
                void test.run({
                  id: server.id,
                  url,
                  transport: draft.transport,
                  headers: headersInput(draft.headers),
                });
              }}
            >
              Test connection
            </button>
            <button
              type="button"
              onClick={() => {
                setEditing(false);
                test.clear();
              }}
            >
              Cancel
            </button>
          </div>
        </form>
      ) : (
        <div class="actions">
          {needsSignIn(server) && <SignInButton server={server} state={signIn} />}
          {noPermission && (
            <button type="button" class="primary" onClick={() => void grantAccess()}>
              {local ? 'Allow local servers' : `Grant access to ${originOf(server.url)}`}
            </button>
          )}
          <button type="button" onClick={() => startEditing()}>
            Edit
          </button>
          <button
            type="button"
            hidden={local}
            disabled={test.testing}
            onClick={() =>
              void test.run({ id: server.id, url: server.url, transport: server.transport })
            }
          >
            Test connection
          </button>
          <button
            type="button"
            onClick={() => void act(() => ask('servers.reconnect', { id: server.id }))}
          >
            Reconnect now
          </button>
          <button
            type="button"
            onClick={() => void act(() => ask('servers.remove', { id: server.id }))}
          >
            Remove
          </button>
        </div>
      )}
      {error && (
        <p class="form-error" role="alert">
          {error}
        </p>
      )}
      <SignInError state={signIn} />
      <TestReport
        test={test}
        label={`Connection test for ${server.name}`}
        onUseUrl={(suggested) => {
          if (!editing) return startEditing(suggested);
          setUrl(suggested);
          test.clear();
        }}
      />
    </li>
  );
}
