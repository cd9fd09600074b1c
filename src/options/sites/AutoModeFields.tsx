// Auto mode for one site: the switch, its round cap, and what they mean. The cap is saved when
// the field is left or Enter is pressed, and only when it is a whole number in range.
import type { ChatSite } from '../../shared/sites';
import { MAX_AUTO_ROUNDS, type SiteSettings } from '../../shared/storage/site-defaults';
import { Switch } from '../../ui/Switch';
import { NumberSetting } from './NumberSetting';
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
  const hintId = `auto-${site.id}-hint`;
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
      <NumberSetting
        label="Rounds without you before auto mode pauses"
        name="maxRounds"
        class="rounds"
        saved={settings.maxRounds}
        min={1}
        max={MAX_AUTO_ROUNDS}
        step={1}
        problemOf={roundsProblem}
        onCommit={(maxRounds) => void onSave({ maxRounds })}
        errorId={`auto-${site.id}-error`}
      />
    </div>
  );
}
