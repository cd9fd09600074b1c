// What the background could not save, or could not open, at the top of the popup and the settings
// page, until it is resolved: a change or a secret the user saved must never be lost without a word.
import { useEffect, useState } from 'preact/hooks';
import type { StorageProblem } from '../shared/messages/views';
import { ask, errorText, type ServerFeed } from './background';

export function StorageProblems({ feed }: { feed: ServerFeed }) {
  const [problems, setProblems] = useState(feed.problems);
  useEffect(() => {
    const unsubscribe = feed.onProblems(setProblems);
    // A push may have landed between the first render and this effect.
    setProblems(feed.problems);
    return unsubscribe;
  }, [feed]);
  if (problems.length === 0) return null;
  return (
    <ul class="storage-problems" aria-label="Problems with your saved settings">
      {problems.map((problem) => (
        <Problem key={problem.key} problem={problem} />
      ))}
    </ul>
  );
}

function Problem({ problem }: { problem: StorageProblem }) {
  const [error, setError] = useState<string>();
  const forget = async () => {
    setError(undefined);
    try {
      await ask('storage.forgetUnreadable', {});
    } catch (e) {
      setError(errorText(e));
    }
  };
  return (
    <li class="form-error">
      <span role="alert">{problem.message}</span>
      {problem.action === 'forget-unreadable-secrets' && (
        <>
          {' '}
          <button type="button" onClick={() => void forget()}>
            Forget the unreadable copy
          </button>
        </>
      )}
      {error && <span class="form-error">{` ${error}`}</span>}
    </li>
  );
}
