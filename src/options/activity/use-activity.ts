// The call log and metrics, asked for again whenever the background says calls happened.
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { Activity } from '../../shared/messages/views';
import { ask, errorText, type ServerFeed } from '../../ui/background';

export interface ActivityState {
  /** Undefined until the first answer. */
  activity?: Activity;
  /** Why the last attempt to load failed; cleared by the next success. */
  error?: string;
  reload: () => Promise<void>;
}

export function useActivity(feed: ServerFeed): ActivityState {
  const [activity, setActivity] = useState<Activity>();
  const [error, setError] = useState<string>();
  /** Answers can arrive out of order when calls land in a burst: only the latest request counts. */
  const latest = useRef(0);

  const reload = useCallback(async () => {
    const request = ++latest.current;
    try {
      const answer = await ask('activity.get', {});
      if (request !== latest.current) return;
      setActivity(answer);
      setError(undefined);
    } catch (e) {
      if (request === latest.current) setError(errorText(e));
    }
  }, []);

  useEffect(() => {
    const unsubscribe = feed.onActivity(() => void reload());
    void reload();
    return unsubscribe;
  }, [feed, reload]);

  return { activity, error, reload };
}
