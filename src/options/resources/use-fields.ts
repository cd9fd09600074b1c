// A small form's values and errors: checked on submit, each error cleared as its field is edited,
// and the first field in error focused so the user hears what to fix.
import { useRef, useState } from 'preact/hooks';
import { checkFields, type FieldSpec } from './fields';

export function useFields(fields: readonly FieldSpec[]) {
  const form = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState<Record<string, string>>({});
  const [errors, setErrors] = useState<Record<string, string>>({});

  const onInput = (name: string, value: string) => {
    setValues((v) => ({ ...v, [name]: value }));
    setErrors(({ [name]: _, ...rest }) => rest);
  };

  /** The values to send, or undefined when a field needs fixing first. */
  const check = (): Record<string, string> | undefined => {
    const checked = checkFields(fields, values);
    setErrors(checked.errors);
    const [first] = Object.keys(checked.errors);
    if (first === undefined) return checked.values;
    (form.current?.elements.namedItem(first) as HTMLInputElement | null)?.focus();
    return undefined;
  };

  return { form, values, errors, onInput, check };
}
