// The sign-in (OAuth) settings of the add and edit forms, folded away: most servers need none of
// them, as the extension registers itself. The client secret is never shown again once saved.
import { useId, useState } from 'preact/hooks';
import type { OAuthInput } from '../../shared/messages/contract';
import type { ServerView } from '../../shared/messages/views';
import './servers.css';

export interface OAuthDraft {
  clientId: string;
  /** Blank keeps the saved secret. */
  clientSecret: string;
  clientMetadataUrl: string;
  scope: string;
}

type SavedOAuth = ServerView['oauth'];

export const oauthDraftOf = (saved: SavedOAuth): OAuthDraft => ({
  clientId: saved?.clientId ?? '',
  clientSecret: '',
  clientMetadataUrl: saved?.clientMetadataUrl ?? '',
  scope: saved?.scope ?? '',
});

/** The fields that differ from the saved settings (an empty string clears one); none: undefined. */
export function oauthInput(draft: OAuthDraft, saved: SavedOAuth): OAuthInput | undefined {
  const input: OAuthInput = {};
  for (const key of ['clientId', 'clientMetadataUrl', 'scope'] as const)
    if (draft[key].trim() !== (saved?.[key] ?? '')) input[key] = draft[key].trim();
  if (draft.clientSecret) input.clientSecret = draft.clientSecret;
  return Object.keys(input).length > 0 ? input : undefined;
}

/** Why the client metadata URL cannot be saved (the background applies the same rule). */
export function metadataUrlProblem(draft: OAuthDraft): string | undefined {
  const url = draft.clientMetadataUrl.trim();
  if (!url || /^https:\/\/[^/]+\/.+/.test(url)) return undefined;
  return 'Enter an https:// address with a path, where the client metadata document is served.';
}

export function OAuthFields({
  draft,
  onChange,
  editing,
}: {
  draft: OAuthDraft;
  onChange: (draft: OAuthDraft) => void;
  /** Editing a saved server: a blank secret keeps the saved one, so the hint says so. */
  editing: boolean;
}) {
  const ids = { clientId: useId(), secret: useId(), metadata: useId(), scope: useId() };
  /** Checked once the user leaves the field, not at every keystroke of an address being typed. */
  const [metadataLeft, setMetadataLeft] = useState(false);
  const metadataError = metadataLeft ? metadataUrlProblem(draft) : undefined;
  const metadataErrorId = useId();
  const field = (key: keyof OAuthDraft) => ({
    value: draft[key],
    onInput: (e: { currentTarget: HTMLInputElement }) =>
      onChange({ ...draft, [key]: e.currentTarget.value }),
  });
  return (
    <details class="oauth">
      <summary>Sign-in (OAuth)</summary>
      <fieldset class="connection">
        <legend class="visually-hidden">Sign-in (OAuth)</legend>
        <label>
          Client ID (pre-registered)
          <input
            name="oauth-client-id"
            autocomplete="off"
            aria-describedby={ids.clientId}
            {...field('clientId')}
          />
        </label>
        <p id={ids.clientId} class="hint">
          Only if the server’s operator gave you one; without it the extension registers itself.
        </p>
        <label>
          Client secret
          <input
            name="oauth-client-secret"
            type="password"
            autocomplete="off"
            aria-describedby={ids.secret}
            {...field('clientSecret')}
          />
        </label>
        <p id={ids.secret} class="hint">
          {editing
            ? 'Leave blank to keep the saved secret, if there is one: it is never shown again.'
            : 'Only for a client issued with a secret; it is kept in the extension and never shown again.'}
        </p>
        <label>
          Client metadata URL (optional)
          <input
            name="oauth-client-metadata-url"
            type="url"
            placeholder="https://example.com/client.json"
            aria-invalid={metadataError ? true : undefined}
            aria-describedby={metadataError ? `${metadataErrorId} ${ids.metadata}` : ids.metadata}
            {...field('clientMetadataUrl')}
            onBlur={() => setMetadataLeft(true)}
          />
        </label>
        {metadataError && (
          <p id={metadataErrorId} class="form-error" role="alert">
            {metadataError}
          </p>
        )}
        <p id={ids.metadata} class="hint">
          An https address of a client metadata document you host, used as the client ID where the
          server accepts that.
        </p>
        <label>
          Scopes (optional)
          <input
            name="oauth-scope"
            placeholder="read write"
            aria-describedby={ids.scope}
            {...field('scope')}
          />
        </label>
        <p id={ids.scope} class="hint">
          Separated by spaces; left blank, the extension asks for the scopes the server names.
        </p>
      </fieldset>
    </details>
  );
}
