// The values of a small form (a prompt's arguments, a template's variables), checked before
// anything is sent: every required field needs a value; empty optional ones are left out.

export interface FieldSpec {
  name: string;
  description?: string;
  required: boolean;
}

export interface Checked {
  /** Field name → what is wrong with it; empty when the form can be sent. */
  errors: Record<string, string>;
  /** What to send: the values given, without empty optional fields. */
  values: Record<string, string>;
}

export function checkFields(
  fields: readonly FieldSpec[],
  input: Readonly<Record<string, string>>,
): Checked {
  const errors: Record<string, string> = {};
  const values: Record<string, string> = {};
  for (const { name, required } of fields) {
    const value = input[name] ?? '';
    // Whitespace alone is no answer; a value with spaces around it is sent as typed.
    if (value.trim() !== '') values[name] = value;
    else if (required) errors[name] = `Enter a value for ${name}.`;
  }
  return { errors, values };
}

/** A prompt's arguments as form fields; MCP arguments are optional unless marked required. */
export function promptFields(
  args: readonly { name: string; description?: string; required?: boolean }[] | undefined,
): FieldSpec[] {
  return (args ?? []).map((arg) => ({
    name: arg.name,
    ...(arg.description ? { description: arg.description } : {}),
    required: arg.required === true,
  }));
}
