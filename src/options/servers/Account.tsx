// Whom the extension is signed in with for a server, until when, and Sign out.
import type { ServerView } from '../../shared/messages/views';
import type { SignInState } from '../../ui/sign-in';
import './servers.css';

type Account = NonNullable<ServerView['account']>;

/** The issuer's host (the address without the scheme), or the issuer as given if not a URL. */
function hostOf(issuer: string): string {
  try {
    return new URL(issuer).host || issuer;
  } catch {
    return issuer;
  }
}

export function accountText(account: Account): string {
  const parts = [account.issuer ? `at ${hostOf(account.issuer)}` : undefined];
  if (account.expiresAt !== undefined) {
    const time = new Date(account.expiresAt).toLocaleTimeString([], {
      hour: '2-digit',
      minute: '2-digit',
    });
    parts.push(`access token valid until ${time}`);
  }
  if (account.scope) parts.push(`scopes: ${account.scope}`);
  return parts.filter(Boolean).join(' · ');
}

export function AccountLine({
  server,
  account,
  state,
}: {
  server: ServerView;
  account: Account;
  state: SignInState;
}) {
  const signingOut = state.busy === 'signing-out';
  return (
    <div class="account row">
      <span class="meta">
        <strong class="signed-in">Signed in</strong> {accountText(account)}
      </span>
      <button
        type="button"
        disabled={signingOut}
        aria-label={`Sign out of ${server.name}`}
        onClick={() => void state.signOut()}
      >
        {signingOut ? 'Signing out…' : 'Sign out'}
      </button>
    </div>
  );
}
