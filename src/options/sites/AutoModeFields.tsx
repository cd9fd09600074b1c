// Auto mode for one site: the switch, its round cap, and what they mean. The cap is saved when
// the field is left or Enter is pressed, and only when it is a whole number in range.
import { useState } from 'preact/hooks';
import type { ChatSite } from '../../shared/sites';
import { MAX_AUTO_ROUNDS, type SiteSettings } from '../../shared/storage/site-defaults';
import { Switch } from '../../ui/Switch';
import type { SaveSite } from './SiteItem';
import { roundsProblem } from './validate';

export function AutoModeFields({
  site,
  settings,
  onSave,
}: {
  site: ChatSite;
  settings: SiteSettings;
  onSave: SaveSite;
}) {
  const [rounds, setRounds] = useState(String(settings.maxRounds));
  const problem = roundsProblem(rounds);
  const hintId = `auto-${site.id}-hint`;
  const errorId = `auto-${site.id}-error`;
  const commit = () => {
    if (!problem && Number(rounds) !== settings.maxRounds)
      void onSave({ maxRounds: Number(rounds) });
  };
  return (
    <div class="auto-mode">
      <Switch
        label={`Auto mode on ${site.name}`}
        checked={settings.auto}
        describedBy={hintId}
        onChange={(auto) => void onSave({ auto })}
      />
      <p id={hintId} class="hint">
        {`Runs only tools whose policy is “allow”, with no click: each result goes into the message box and is sent. After ${settings.maxRounds} rounds in a row without you, it pauses and says why. Tools set to “ask” still wait for Run.`}
      </p>
      <label class="rounds">
        Rounds without you before auto mode pauses
        <input
          name="maxRounds"
          type="number"
          inputMode="numeric"
          min={1}
          max={MAX_AUTO_ROUNDS}
          step={1}
          value={rounds}
          aria-invalid={problem !== undefined}
          aria-describedby={problem ? errorId : undefined}
          onInput={(e) => setRounds(e.currentTarget.value)}
          onChange={commit}
        />
      </label>
      {problem && (
        <p id={errorId} class="form-error" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}
