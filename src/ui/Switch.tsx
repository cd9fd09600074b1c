// An on/off setting: a checkbox with the switch role, so it reads as "on"/"off" and toggles with Space.
export function Switch({
  label,
  checked,
  onChange,
  describedBy,
  hideLabel = false,
}: {
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  /** Id of the text that says what the setting does. */
  describedBy?: string;
  /** For screen readers only, where what the switch belongs to is already on screen beside it. */
  hideLabel?: boolean;
}) {
  return (
    <label class="switch">
      <input
        type="checkbox"
        role="switch"
        aria-checked={checked}
        checked={checked}
        aria-describedby={describedBy}
        onChange={(e) => onChange(e.currentTarget.checked)}
      />
      <span class={hideLabel ? 'visually-hidden' : undefined}>{label}</span>
    </label>
  );
}
