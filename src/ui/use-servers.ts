// Subscribes a component to the live server list.
import { useEffect, useState } from 'preact/hooks';
import type { ServerView } from '../shared/messages/views';
import type { ServerFeed } from './background';

export function useServers(feed: ServerFeed): ServerView[] | undefined {
  const [servers, setServers] = useState(feed.current);
  useEffect(() => {
    const unsubscribe = feed.subscribe(setServers);
    // A push may have landed between the first render and this effect.
    setServers(feed.current);
    return unsubscribe;
  }, [feed]);
  return servers;
}
