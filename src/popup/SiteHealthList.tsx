// Chat tabs whose support is broken: which site, and which element its adapter could not find.
import type { BrokenTab } from './tab-summary';

export function SiteHealthList({ broken }: { broken: BrokenTab[] | undefined }) {
  if (!broken?.length) return null;
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
