// The tab the popup was opened on: which chat site, support on or off, whether the site's adapter
// finds what it needs, and auto mode, with switches for both settings.
import { useEffect, useState } from 'preact/hooks';
import { CHAT_SITES } from '../shared/sites';
import { defaultSiteSettings, type SiteSettings } from '../shared/storage/site-defaults';
import { ask, errorText } from '../ui/background';
import { Switch } from '../ui/Switch';
import type { PopupTab } from './current-tab';
import { type HealthAnswer, healthOf, type TabSite, tabSite, tabSummary } from './tab-summary';

const SUPPORTED = CHAT_SITES.map((s) => s.name).join(', ');

export function CurrentTab({
  tab,
  sites,
  health,
}: {
  /** Undefined while loading; null when the window has no tab to describe. */
  tab: PopupTab | null | undefined;
  sites: Record<string, SiteSettings> | undefined;
  health: HealthAnswer | undefined;
}) {
  const chat = tab ? tabSite(tab.url) : undefined;
  return (
    <section class="current-tab" aria-labelledby="tab-title">
      <h2 id="tab-title">This tab</h2>
      {tab === undefined || (chat && !(sites && health)) ? (
        <p class="empty">Loading…</p>
      ) : tab && chat && sites && health ? (
        <ChatTab
          key={chat.site.id}
          tabId={tab.id}
          chat={chat}
          saved={{ ...defaultSiteSettings(), ...sites[chat.site.id] }}
          health={health}
        />
      ) : (
        <p class="empty">{`Not a supported chat site. MCP Switchboard works on ${SUPPORTED}.`}</p>
      )}
    </section>
  );
}

function ChatTab({
  tabId,
  chat,
  saved,
  health,
}: {
  tabId: number;
  chat: TabSite;
  saved: SiteSettings;
  health: HealthAnswer;
}) {
  const { site } = chat;
  /** Changes on their way to the background: shown at once, or the next push would undo them. */
  const [pending, setPending] = useState<Partial<SiteSettings>>({});
  const [error, setError] = useState<string>();
  const settings = { ...saved, ...pending };
  const state = healthOf(tabId, health);
  const autoHintId = `auto-${site.id}-hint`;

  // A change is shown until the background's settings, read again after each push, agree.
  useEffect(() => setPending((current) => keepUnlike(current, saved)), [saved]);

  const save = async (patch: Partial<SiteSettings>) => {
    setPending((current) => ({ ...current, ...patch }));
    setError(undefined);
    try {
      await ask('sites.set', { siteId: site.id, settings: patch });
    } catch (e) {
      setError(`Not saved: ${errorText(e)}`);
      setPending((current) => keepUnlike(current, patch));
    }
  };

  return (
    <>
      <p class="tab-summary" data-health={settings.enabled ? state.state : 'off'}>
        {tabSummary(chat, settings, state)}
      </p>
      {settings.enabled && !chat.chatRoute && (
        <p class="hint">{`Open a chat on ${site.name} to use your tools there.`}</p>
      )}
      {settings.enabled && chat.chatRoute && state.state === 'unchecked' && (
        <p class="hint">If this stays, reload the tab.</p>
      )}
      <Switch
        label={`Use MCP Switchboard on ${site.name}`}
        checked={settings.enabled}
        onChange={(enabled) => void save({ enabled })}
      />
      <Switch
        label={`Auto mode on ${site.name}`}
        checked={settings.auto}
        describedBy={autoHintId}
        onChange={(auto) => void save({ auto })}
      />
      <p id={autoHintId} class="hint">
        {`Runs tools set to “allow” without a click; pauses after ${settings.maxRounds} rounds without you.`}
      </p>
      {error && (
        <p class="form-error" role="alert">
          {error}
        </p>
      )}
    </>
  );
}

/** The changes in `pending` that `other` does not already hold. */
function keepUnlike(
  pending: Partial<SiteSettings>,
  other: Partial<SiteSettings>,
): Partial<SiteSettings> {
  const rest = Object.entries(pending).filter(
    ([key, value]) => other[key as keyof SiteSettings] !== value,
  );
  return rest.length === Object.keys(pending).length ? pending : Object.fromEntries(rest);
}
