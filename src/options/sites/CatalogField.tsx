// When a site's instructions list tools by name and leave their signatures to lookups (issue #16):
// the threshold in tokens, saved when the field is left or Enter is pressed, and only when valid.
import { useState } from 'preact/hooks';
import type { ChatSite } from '../../shared/sites';
import type { SiteSettings } from '../../shared/storage/site-defaults';
import {
  DEFAULT_CATALOG_THRESHOLD,
  MAX_CATALOG_THRESHOLD,
} from '../../shared/storage/site-defaults';
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
  const [tokens, setTokens] = useState(String(settings.catalogThreshold));
  const problem = thresholdProblem(tokens);
  const hintId = `catalog-${site.id}-hint`;
  const errorId = `catalog-${site.id}-error`;
  const commit = () => {
    if (!problem && Number(tokens) !== settings.catalogThreshold)
      void onSave({ catalogThreshold: Number(tokens) });
  };
  return (
    <div class="catalog">
      <label class="threshold">
        List tools by name above this many tokens
        <input
          name="catalogThreshold"
          type="number"
          inputMode="numeric"
          min={0}
          max={MAX_CATALOG_THRESHOLD}
          step={100}
          value={tokens}
          aria-invalid={problem !== undefined}
          aria-describedby={problem ? `${hintId} ${errorId}` : hintId}
          onInput={(e) => setTokens(e.currentTarget.value)}
          onChange={commit}
        />
      </label>
      <p id={hintId} class="hint">
        {`When the enabled tools’ signatures come to more than this, the instructions list each tool by name and a one-line summary, and the model looks up a tool’s parameters when it needs them: the extension answers at once from its catalogue, runs nothing, and puts the answer in the message box (sent by itself under auto mode). 0 always lists them so. Default ${formatCount(DEFAULT_CATALOG_THRESHOLD)}.`}
      </p>
      {problem && (
        <p id={errorId} class="form-error" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}
