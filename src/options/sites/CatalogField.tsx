// When a site's instructions list tools by name and leave their signatures to lookups (issue #16):
// the threshold in tokens, saved when the field is left or Enter is pressed, and only when valid.
import type { ChatSite } from '../../shared/sites';
import type { SiteSettings } from '../../shared/storage/site-defaults';
import {
  DEFAULT_CATALOG_THRESHOLD,
  MAX_CATALOG_THRESHOLD,
} from '../../shared/storage/site-defaults';
import { NumberSetting } from './NumberSetting';
import type { SaveSite } from './SiteItem';
import { formatCount, thresholdProblem } from './validate';

export function CatalogField({
  site,
  settings,
  onSave,
}: {
  site: ChatSite;
  settings: SiteSettings;
  onSave: SaveSite;
}) {
  const hintId = `catalog-${site.id}-hint`;
  return (
    <div class="catalog">
      <NumberSetting
        label="List tools by name above this many tokens"
        name="catalogThreshold"
        class="threshold"
        saved={settings.catalogThreshold}
        min={0}
        max={MAX_CATALOG_THRESHOLD}
        step={100}
        problemOf={thresholdProblem}
        onCommit={(catalogThreshold) => void onSave({ catalogThreshold })}
        errorId={`catalog-${site.id}-error`}
        hintId={hintId}
      />
      <p id={hintId} class="hint">
        {`When the enabled tools’ signatures come to more than this, the instructions list each tool by name and a one-line summary, and the model looks up a tool’s parameters when it needs them: the extension answers at once from its catalogue, runs nothing, and puts the answer in the message box (sent by itself under auto mode). 0 always lists them so. Default ${formatCount(DEFAULT_CATALOG_THRESHOLD)}.`}
      </p>
    </div>
  );
}
