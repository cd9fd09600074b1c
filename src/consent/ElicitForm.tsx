// A server's question during a call, as a form in the call's card: fields from the schema the
// server sent, its defaults filled in, checked before the answer goes; Accept, Decline or Cancel.
import { useState } from 'preact/hooks';
import {
  choicesOf,
  contentProblems,
  type ElicitAnswer,
  type ElicitSchema,
  type FieldSchema,
} from '../shared/mcp/elicit-form';

export interface Question {
  elicitId: string;
  message: string;
  schema: ElicitSchema;
  /** Why the last answer was not taken. */
  error?: string;
  sending?: boolean;
}

type Value = string | number | boolean | string[];

type InputType = 'email' | 'url' | 'date' | 'datetime-local' | 'text' | 'number';
const INPUT_TYPES: Record<string, InputType> = {
  email: 'email',
  uri: 'url',
  date: 'date',
  'date-time': 'datetime-local',
};

function initial(schema: ElicitSchema): Record<string, Value> {
  const values: Record<string, Value> = {};
  for (const [name, field] of Object.entries(schema.properties)) {
    const d = field.default;
    if (field.type === 'boolean') values[name] = typeof d === 'boolean' ? d : false;
    else if (field.type === 'array') values[name] = Array.isArray(d) ? d.map(String) : [];
    else if (d !== undefined) values[name] = field.type === 'string' ? String(d) : Number(d);
  }
  return values;
}

/** The form's values as the answer's content: empty optional fields left out. */
function contentOf(schema: ElicitSchema, values: Record<string, Value>): Record<string, Value> {
  const content: Record<string, Value> = {};
  for (const [name, value] of Object.entries(values)) {
    const field = schema.properties[name];
    if (value === '' && !schema.required?.includes(name)) continue;
    content[name] =
      (field?.type === 'number' || field?.type === 'integer') && value !== ''
        ? Number(value)
        : value;
  }
  return content;
}

function labelOf(choice: string, field: FieldSchema, i: number): string {
  return (
    field.oneOf?.find((o) => o.const === choice)?.title ??
    field.items?.anyOf?.find((o) => o.const === choice)?.title ??
    field.enumNames?.[i] ??
    choice
  );
}

export function ElicitForm({
  question,
  onAnswer,
}: {
  question: Question;
  onAnswer: (answer: ElicitAnswer) => void;
}) {
  const { schema } = question;
  const [values, setValues] = useState(() => initial(schema));
  const [problems, setProblems] = useState<string[]>([]);
  const set = (name: string, value: Value) => setValues((v) => ({ ...v, [name]: value }));
  const trusted = (event: Event, then: () => void) => {
    if (event.isTrusted && !question.sending) then();
  };
  const accept = () => {
    const content = contentOf(schema, values);
    const found = contentProblems(schema, content);
    setProblems(found);
    if (found.length === 0) onAnswer({ action: 'accept', content });
  };
  return (
    <form
      class="question"
      aria-label="The server asks"
      onSubmit={(event) => {
        event.preventDefault();
        trusted(event, accept);
      }}
    >
      <p class="label">The server asks:</p>
      <p>{question.message}</p>
      {Object.entries(schema.properties).map(([name, field]) => {
        const id = `q-${question.elicitId}-${name}`;
        const label = `${field.title ?? name}${schema.required?.includes(name) ? ' (required)' : ''}`;
        const choices = choicesOf(field);
        const value = values[name];
        const hint = field.description && <span class="hint">{field.description}</span>;
        if (field.type === 'boolean')
          return (
            <label key={name} class="field check">
              <input
                type="checkbox"
                data-field={name}
                checked={value === true}
                onChange={(e) => set(name, e.currentTarget.checked)}
              />
              {label}
              {hint}
            </label>
          );
        if (field.type === 'array' && choices)
          return (
            <fieldset key={name} class="field">
              <legend>{label}</legend>
              {choices.map((choice, i) => (
                <label key={choice} class="check">
                  <input
                    type="checkbox"
                    data-field={`${name}:${choice}`}
                    checked={Array.isArray(value) && value.includes(choice)}
                    onChange={(e) => {
                      const list = Array.isArray(value) ? value : [];
                      set(
                        name,
                        e.currentTarget.checked
                          ? [...list, choice]
                          : list.filter((c) => c !== choice),
                      );
                    }}
                  />
                  {labelOf(choice, field, i)}
                </label>
              ))}
              {hint}
            </fieldset>
          );
        return (
          <div key={name} class="field">
            <label for={id}>{label}</label>
            {choices ? (
              <select
                id={id}
                data-field={name}
                value={typeof value === 'string' ? value : ''}
                onChange={(e) => set(name, e.currentTarget.value)}
              >
                <option value="">Choose…</option>
                {choices.map((choice, i) => (
                  <option key={choice} value={choice}>
                    {labelOf(choice, field, i)}
                  </option>
                ))}
              </select>
            ) : (
              <input
                id={id}
                data-field={name}
                // Preact types each input type apart; every one of these takes a text value.
                type={
                  (field.type === 'string'
                    ? (INPUT_TYPES[field.format ?? ''] ?? 'text')
                    : 'number') as 'text'
                }
                step={field.type === 'integer' ? 1 : 'any'}
                value={value === undefined ? '' : String(value)}
                onInput={(e) => set(name, e.currentTarget.value)}
              />
            )}
            {hint}
          </div>
        );
      })}
      {(problems.length > 0 || question.error) && (
        <p class="message" data-tone="bad" role="alert">
          {problems.length ? `Please check: ${problems.join('; ')}.` : question.error}
        </p>
      )}
      <div class="actions">
        <button type="submit" class="primary" data-action="accept" disabled={question.sending}>
          Accept
        </button>
        <button
          type="button"
          data-action="decline"
          disabled={question.sending}
          onClick={(e) => trusted(e, () => onAnswer({ action: 'decline' }))}
        >
          Decline
        </button>
        <button
          type="button"
          data-action="dismiss-question"
          disabled={question.sending}
          onClick={(e) => trusted(e, () => onAnswer({ action: 'cancel' }))}
        >
          Cancel
        </button>
      </div>
    </form>
  );
}
