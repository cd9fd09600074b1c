// What the background could not save, at the top of the popup and the settings page, until it
// saves again: a change the user made must never be lost without a word.
import { useEffect, useState } from 'preact/hooks';
import type { ServerFeed } from './background';

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
    <ul class="storage-problems" role="alert" aria-label="Not saved">
      {problems.map((problem) => (
        <li key={problem.key} class="form-error">
          {problem.message}
        </li>
      ))}
    </ul>
  );
}
