// The Sign in button of a server that needs it, and why the last attempt failed.
import type { ServerView } from '../shared/messages/views';
import type { SignInState } from './sign-in';

export function SignInButton({ server, state }: { server: ServerView; state: SignInState }) {
  const signingIn = state.busy === 'signing-in';
  return (
    <button
      type="button"
      class="primary"
      disabled={signingIn}
      aria-label={signingIn ? `Signing in to ${server.name}…` : `Sign in to ${server.name}`}
      onClick={() => void state.signIn()}
    >
      {signingIn ? 'Signing in…' : 'Sign in'}
    </button>
  );
}

/** Kept next to the row, which stays usable: the user can try again or change the settings. */
export function SignInError({ state }: { state: SignInState }) {
  return state.error ? (
    <p class="form-error sign-in-error" role="alert">
      {state.error}
    </p>
  ) : null;
}
