// Adds a server by URL. The entry is kept even when it cannot connect, so the user can fix it.
import { useId, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { DEFAULT_CALLS_PER_MINUTE } from '../../shared/storage/items';
import { ask, errorText } from '../../ui/background';
import {
  type ConnectionDraft,
  ConnectionFields,
  callsPerMinute,
  headersInput,
  timeoutMs,
} from './ConnectionFields';
import { requestHostAccess } from './host-access';
import { metadataUrlProblem, OAuthFields, oauthDraftOf, oauthInput } from './OAuthFields';
import { TestReport } from './TestReport';
import { useConnectionTest } from './use-connection-test';

const freshDraft = (): ConnectionDraft => ({
  transport: 'auto',
  timeoutSeconds: '60',
  callsPerMinute: String(DEFAULT_CALLS_PER_MINUTE),
  headers: [],
  omitOrigin: false,
});

/** `compact` (the popup): URL and name only, the transport picked from the URL. */
export function AddServerForm({ compact = false }: { compact?: boolean }) {
  const [url, setUrl] = useState('');
  const [name, setName] = useState('');
  const [draft, setDraft] = useState(freshDraft);
  const [oauth, setOAuth] = useState(() => oauthDraftOf(undefined));
  const [more, setMore] = useState(false);
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  /** Why the URL cannot be used yet (a permission refused), shown under the field. */
  const [urlError, setUrlError] = useState<string>();
  const urlErrorId = useId();
  const test = useConnectionTest(setUrlError);

  const submit = async (event: Event) => {
    event.preventDefault();
    if (metadataUrlProblem(oauth)) return;
    setBusy(true);
    setError(undefined);
    setUrlError(undefined);
    try {
      // First, while the click still counts as the user's: Chrome prompts only then.
      const access = await requestHostAccess(url, browser.permissions);
      if (!access.ok) {
        setUrlError(access.message);
        return;
      }
      const timeout = timeoutMs(draft);
      // The default is left unsaved, so a later, better default reaches this server too.
      const cap = callsPerMinute(draft);
      const oauthSettings = oauthInput(oauth, undefined);
      await ask('servers.add', {
        url,
        ...(name.trim() ? { name } : {}),
        transport: draft.transport,
        ...(timeout ? { callTimeoutMs: timeout } : {}),
        ...(cap && cap !== DEFAULT_CALLS_PER_MINUTE ? { callsPerMinute: cap } : {}),
        headers: headersInput(draft.headers),
        ...(draft.omitOrigin ? { omitOrigin: true } : {}),
        ...(oauthSettings ? { oauth: oauthSettings } : {}),
      });
      // Only what was sent (this render's values) is cleared: anything typed meanwhile stays.
      setUrl((now) => (now === url ? '' : now));
      setName((now) => (now === name ? '' : now));
      setDraft((now) => (now === draft ? freshDraft() : now));
      setOAuth((now) => (now === oauth ? oauthDraftOf(undefined) : now));
      test.clear();
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form class="add" onSubmit={submit} aria-label="Add a server">
      <div class={compact ? 'add-main' : 'add-main with-test'}>
        <label>
          Server URL
          <input
            name="url"
            required
            placeholder="http://127.0.0.1:3001/mcp"
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
        <label>
          Name (optional)
          <input
            name="name"
            placeholder="everything"
            value={name}
            onInput={(e) => setName(e.currentTarget.value)}
          />
        </label>
        <button class="primary" type="submit" disabled={busy}>
          Add server
        </button>
        {!compact && (
          <button
            type="button"
            disabled={test.testing}
            onClick={() => {
              setUrlError(undefined);
              void test.run({
                url,
                transport: draft.transport,
                headers: headersInput(draft.headers),
              });
            }}
          >
            Test connection
          </button>
        )}
      </div>
      {urlError && (
        <p id={urlErrorId} class="form-error" role="alert">
          {urlError}
        </p>
      )}
      {!compact && (
        <button type="button" class="link" aria-expanded={more} onClick={() => setMore(!more)}>
          {more ? 'Fewer options' : 'More options: transport, headers, timeout, sign-in'}
        </button>
      )}
      {more && <ConnectionFields url={url} draft={draft} onChange={setDraft} />}
      {more && <OAuthFields draft={oauth} onChange={setOAuth} editing={false} />}
      {error && (
        <p class="form-error" role="alert">
          {error}
        </p>
      )}
      {!compact && (
        <TestReport
          test={test}
          label="Connection test"
          onUseUrl={(suggested) => {
            setUrl(suggested);
            test.clear();
          }}
        />
      )}
    </form>
  );
}
