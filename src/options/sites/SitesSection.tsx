// The Sites section: every supported chat site with its own settings.
import { useEffect, useState } from 'preact/hooks';
import type { ServerView } from '../../shared/messages/views';
import { CHAT_SITES } from '../../shared/sites';
import { defaultSiteSettings, type SiteSettings } from '../../shared/storage/site-defaults';
import { ask, errorText } from '../../ui/background';
import { SiteItem } from './SiteItem';

export function SitesSection({ servers }: { servers: ServerView[] | undefined }) {
  const [sites, setSites] = useState<Record<string, SiteSettings>>();
  const [error, setError] = useState<string>();
  useEffect(() => {
    ask('sites.get', {})
      .then((answer) => setSites(answer.sites))
      .catch((e) => setError(errorText(e)));
  }, []);
  return (
    <>
      <p class="hint">
        Where MCP Switchboard works, whether it may run tools by itself, and what it tells the
        model. Changes reach open chat tabs at once.
      </p>
      {error && (
        <p class="form-error" role="alert">
          {`Could not load the site settings: ${error}`}
        </p>
      )}
      {!sites && !error && <p class="empty">Loading…</p>}
      {sites && (
        <ul class="sites" aria-label="Sites">
          {CHAT_SITES.map((site) => (
            <SiteItem
              key={site.id}
              site={site}
              initial={{ ...defaultSiteSettings(), ...sites[site.id] }}
              servers={servers}
            />
          ))}
        </ul>
      )}
    </>
  );
}
