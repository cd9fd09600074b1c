// Chat tabs whose support is broken: which site, and which element its adapter could not find.
import { useEffect, useState } from 'preact/hooks';
import type { ServerView } from '../shared/messages/views';
import { ask } from '../ui/background';

interface Broken {
  tabId: number;
  site: string;
  missing: string[];
}

/** Reloads when the server list changes, which is also when tabs re-check themselves. */
export function SiteHealthList({ servers }: { servers: ServerView[] | undefined }) {
  const [broken, setBroken] = useState<Broken[]>([]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: each new server list is the cue to reload.
  useEffect(() => {
    let live = true;
    ask('health.get', {})
      .then(({ broken }) => live && setBroken(broken))
      .catch(() => {});
    return () => {
      live = false;
    };
  }, [servers]);
  if (broken.length === 0) return null;
  return (
    <section class="site-health" aria-label="Site support">
      <h2>Site support is broken</h2>
      <ul>
        {broken.map((b) => (
          <li key={b.tabId} role="alert">
            {`${b.site}: ${b.missing.join(', ')} not found`}
          </li>
        ))}
      </ul>
      <p class="hint">
        The site may have changed its layout; tool calls there are off until an update fixes it.
      </p>
    </section>
  );
}
