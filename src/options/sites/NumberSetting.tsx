// A whole-number site setting: typed freely, checked as typed, and saved when the field is left or
// Enter is pressed, only when valid and changed. Its error is announced and tied to the field.
import { useState } from 'preact/hooks';

export function NumberSetting({
  label,
  name,
  class: className,
  saved,
  min,
  max,
  step,
  problemOf,
  onCommit,
  errorId,
  hintId,
}: {
  label: string;
  name: string;
  class: string;
  /** The stored value. */
  saved: number;
  min: number;
  max: number;
  step: number;
  /** What is wrong with the text typed, if anything. */
  problemOf: (text: string) => string | undefined;
  onCommit: (value: number) => void;
  errorId: string;
  /** A hint that describes the field besides its error. */
  hintId?: string;
}) {
  const [text, setText] = useState(String(saved));
  const problem = problemOf(text);
  const describedBy = [hintId, problem ? errorId : undefined].filter(Boolean).join(' ');
  const commit = () => {
    if (!problem && Number(text) !== saved) onCommit(Number(text));
  };
  return (
    <>
      <label class={className}>
        {label}
        <input
          name={name}
          type="number"
          inputMode="numeric"
          min={min}
          max={max}
          step={step}
          value={text}
          aria-invalid={problem !== undefined}
          aria-describedby={describedBy || undefined}
          onInput={(e) => setText(e.currentTarget.value)}
          onChange={commit}
        />
      </label>
      {problem && (
        <p id={errorId} class="form-error" role="alert">
          {problem}
        </p>
      )}
    </>
  );
}
