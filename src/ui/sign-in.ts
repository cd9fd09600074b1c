// Signing in to (and out of) an OAuth-protected server from an extension page. The background
// keeps going if the page closes (the popup does when the sign-in window takes focus); the new
// state then arrives with the status pushes.
import { useState } from 'preact/hooks';
import type { ServerView } from '../shared/messages/views';
import { ask, errorText } from './background';

export interface SignInState {
  /** Which request is under way, if any. */
  busy?: 'signing-in' | 'signing-out';
  /** Why the last sign-in or sign-out failed, written for the user. */
  error?: string;
  signIn(): Promise<void>;
  signOut(): Promise<void>;
}

export function useSignIn(server: ServerView): SignInState {
  const [busy, setBusy] = useState<SignInState['busy']>();
  const [error, setError] = useState<string>();
  const run = async (kind: NonNullable<SignInState['busy']>, work: () => Promise<unknown>) => {
    setBusy(kind);
    setError(undefined);
    try {
      await work();
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(undefined);
    }
  };
  return {
    busy,
    error,
    signIn: () => run('signing-in', () => ask('servers.signIn', { id: server.id })),
    signOut: () => run('signing-out', () => ask('servers.signOut', { id: server.id })),
  };
}
