// One chat site's settings: support on or off, auto mode, and the instructions the model gets
// (when tools are listed by name, and the custom text).
import { useState } from 'preact/hooks';
import type { ServerView } from '../../shared/messages/views';
import type { ChatSite } from '../../shared/sites';
import type { SiteSettings } from '../../shared/storage/site-defaults';
import { ask, errorText } from '../../ui/background';
import { Switch } from '../../ui/Switch';
import { AutoModeFields } from './AutoModeFields';
import { CatalogField } from './CatalogField';
import { InstructionsFields } from './InstructionsFields';

export type SaveSite = (patch: Partial<SiteSettings>) => Promise<void>;

const hosts = (site: ChatSite) => site.origins.map((origin) => new URL(origin).host).join(', ');

const omit = <T extends object>(value: T, keys: readonly (keyof T)[]): T =>
  Object.fromEntries(Object.entries(value).filter(([key]) => !keys.includes(key as keyof T))) as T;

/** Says what was saved, so that a screen reader hears more than "Saved". */
function savedNote(site: ChatSite, patch: Partial<SiteSettings>): string {
  if (patch.enabled !== undefined)
    return `Saved: MCP Switchboard is ${patch.enabled ? 'on' : 'off'} on ${site.name}.`;
  if (patch.auto !== undefined) return `Saved: auto mode is ${patch.auto ? 'on' : 'off'}.`;
  if (patch.maxRounds !== undefined)
    return `Saved: auto mode pauses after ${patch.maxRounds} rounds.`;
  if (patch.catalogThreshold !== undefined)
    return `Saved: tools are listed by name above ${patch.catalogThreshold.toLocaleString('en')} tokens.`;
  return patch.instructions ? 'Saved: custom instructions.' : 'Saved: no custom instructions.';
}

export function SiteItem({
  site,
  initial,
  servers,
}: {
  site: ChatSite;
  initial: SiteSettings;
  servers: ServerView[] | undefined;
}) {
  /** What the background holds. */
  const [saved, setSaved] = useState(initial);
  /** Changes on their way to it: the controls show them at once, or re-renders would undo them. */
  const [pending, setPending] = useState<Partial<SiteSettings>>({});
  const [note, setNote] = useState<string>();
  const [error, setError] = useState<string>();
  const settings = { ...saved, ...pending };
  const headingId = `site-${site.id}`;
  const offHintId = `site-${site.id}-off`;

  const save: SaveSite = async (patch) => {
    const keys = Object.keys(patch) as (keyof SiteSettings)[];
    setPending((current) => ({ ...current, ...patch }));
    setError(undefined);
    setNote(undefined);
    try {
      await ask('sites.set', { siteId: site.id, settings: patch });
      setSaved((current) => ({ ...current, ...patch }));
      setNote(savedNote(site, patch));
    } catch (e) {
      setError(`Not saved: ${errorText(e)}`);
    } finally {
      setPending((current) => omit(current, keys));
    }
  };

  return (
    <li>
      <section class="site" aria-labelledby={headingId} data-site-id={site.id}>
        <div class="row">
          <h3 id={headingId}>{site.name}</h3>
          <span class="url">{hosts(site)}</span>
        </div>
        <Switch
          label={`Use MCP Switchboard on ${site.name}`}
          checked={settings.enabled}
          describedBy={settings.enabled ? undefined : offHintId}
          onChange={(enabled) => void save({ enabled })}
        />
        {!settings.enabled && (
          <p id={offHintId} class="hint">
            {`Off: no tool cards, no instructions offer and no warnings on ${site.name}. Open tabs stop at once; the settings below are kept.`}
          </p>
        )}
        <AutoModeFields site={site} settings={settings} onSave={save} />
        <CatalogField site={site} settings={settings} onSave={save} />
        <InstructionsFields
          site={site}
          saved={saved.instructions}
          threshold={saved.catalogThreshold}
          servers={servers}
          onSave={save}
        />
        <p class="saved" role="status">
          {note}
        </p>
        {error && (
          <p class="form-error" role="alert">
            {error}
          </p>
        )}
      </section>
    </li>
  );
}
