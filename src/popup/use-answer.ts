// An answer from the background, asked for on open and again whenever the background says that
// what it answers may have changed.
import { useEffect, useRef, useState } from 'preact/hooks';
import { errorText, type ServerFeed } from '../ui/background';

export interface Answer<T> {
  /** Undefined until the first answer. */
  value?: T;
  /** Why the last attempt failed; cleared by the next success. */
  error?: string;
}

/**
 * `servers`: asked again on each server-status push, which also follows site-settings changes;
 * `activity`: on each push about calls. `load` must be the same function on every render.
 */
export function useAnswer<T>(
  feed: ServerFeed,
  cue: 'servers' | 'activity',
  load: () => Promise<T>,
): Answer<T> {
  const [answer, setAnswer] = useState<Answer<T>>({});
  /** Answers can cross when pushes come in a burst: only the latest request counts. */
  const latest = useRef(0);
  useEffect(() => {
    const reload = () => {
      const request = ++latest.current;
      load().then(
        (value) => request === latest.current && setAnswer({ value }),
        (e) => request === latest.current && setAnswer((a) => ({ ...a, error: errorText(e) })),
      );
    };
    const unsubscribe = cue === 'servers' ? feed.subscribe(reload) : feed.onActivity(reload);
    reload();
    return () => {
      latest.current++;
      unsubscribe();
    };
  }, [feed, cue, load]);
  return answer;
}
