// The labelled inputs of a small form (a prompt's arguments, a template's variables), each with
// its description and, once the user tried to send it, what is wrong with it.
import { useId } from 'preact/hooks';
import type { FieldSpec } from './fields';

export function FieldList({
  legend,
  fields,
  values,
  errors,
  onInput,
}: {
  legend: string;
  fields: readonly FieldSpec[];
  values: Readonly<Record<string, string>>;
  errors: Readonly<Record<string, string>>;
  onInput: (name: string, value: string) => void;
}) {
  const id = useId();
  return (
    <fieldset class="entry-fields">
      <legend>{legend}</legend>
      {fields.map((field, i) => {
        const input = `${id}-${i}`;
        const error = errors[field.name];
        const describedBy = [
          field.description ? `${input}-about` : '',
          error ? `${input}-error` : '',
        ].filter(Boolean);
        return (
          <div class="entry-field" key={field.name}>
            <label for={input}>
              <code>{field.name}</code>{' '}
              <span class="field-need">{field.required ? 'required' : 'optional'}</span>
            </label>
            <input
              id={input}
              name={field.name}
              value={values[field.name] ?? ''}
              aria-required={field.required}
              aria-invalid={error ? true : undefined}
              aria-describedby={describedBy.length ? describedBy.join(' ') : undefined}
              onInput={(e) => onInput(field.name, e.currentTarget.value)}
            />
            {field.description && (
              <p id={`${input}-about`} class="field-about">
                {field.description}
              </p>
            )}
            {error && (
              <p id={`${input}-error`} class="form-error">
                {error}
              </p>
            )}
          </div>
        );
      })}
    </fieldset>
  );
}
