// A labelled consent select that saves on change and says what it saved, or why it could not.
import { useId, useState } from 'preact/hooks';
import { errorText } from '../../ui/background';

export interface PolicyOption {
  value: string;
  text: string;
}

export function PolicyField({
  label,
  target,
  value,
  options,
  about,
  onSave,
  savedText,
}: {
  /** The visible label, e.g. "Policy". */
  label: string;
  /** What it applies to, read after the label by screen readers: "for echo". */
  target: string;
  value: string;
  options: readonly PolicyOption[];
  /** What the current choice means, under the select. */
  about: string;
  onSave: (value: string) => Promise<void>;
  savedText: (value: string) => string;
}) {
  const id = useId();
  const [note, setNote] = useState<string>();
  const [error, setError] = useState<string>();

  const change = async (next: string) => {
    setNote(undefined);
    setError(undefined);
    try {
      await onSave(next);
      setNote(savedText(next));
    } catch (e) {
      setError(`Not saved: ${errorText(e)}`);
    }
  };

  return (
    <div class="policy-field">
      <label>
        <span>
          {label}
          <span class="visually-hidden"> {target}</span>
        </span>
        <select
          value={value}
          aria-describedby={`${id}-about`}
          aria-invalid={error ? true : undefined}
          onChange={(e) => void change(e.currentTarget.value)}
        >
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.text}
            </option>
          ))}
        </select>
      </label>
      <p id={`${id}-about`} class="policy-about">
        {about}
      </p>
      <p class="saved" role="status">
        {note}
      </p>
      {error && (
        <p class="form-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
