// Form-mode elicitation as the card and the background both see it: the question pushed to the
// call's card, the fields form mode allows, and the check of an answer against the schema. No
// schema library: the card's side is part of the script injected into chat pages.

/** What a card is shown: the server's message and the form's schema. */
export interface ElicitPush {
  type: 'call.elicit';
  callKey: string;
  elicitId: string;
  message: string;
  requestedSchema: ElicitSchema;
}

export interface ElicitSchema {
  type: 'object';
  properties: Record<string, FieldSchema>;
  required?: string[];
}

/** The primitive fields form mode allows (strings, numbers, booleans, enums and multi-choice). */
export interface FieldSchema {
  type: 'string' | 'number' | 'integer' | 'boolean' | 'array';
  title?: string;
  description?: string;
  default?: unknown;
  enum?: string[];
  enumNames?: string[];
  oneOf?: { const: string; title?: string }[];
  items?: { enum?: string[]; anyOf?: { const: string; title?: string }[] };
  format?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  maxItems?: number;
}

/** The card's answer: accept with content, decline, or cancel. */
export interface ElicitAnswer {
  action: 'accept' | 'decline' | 'cancel';
  content?: Record<string, string | number | boolean | string[]>;
}

/** The values a field may take, when it is a choice. */
export function choicesOf(field: FieldSchema): string[] | undefined {
  if (field.enum) return field.enum;
  if (field.oneOf) return field.oneOf.map((o) => o.const);
  if (field.items?.enum) return field.items.enum;
  if (field.items?.anyOf) return field.items.anyOf.map((o) => o.const);
  return undefined;
}

/** What is wrong with accepted content, field by field; empty when it fits the schema. */
export function contentProblems(schema: ElicitSchema, content: Record<string, unknown>): string[] {
  const problems: string[] = [];
  for (const name of Object.keys(content)) {
    if (!(name in schema.properties)) problems.push(`${name}: not asked for`);
  }
  for (const [name, field] of Object.entries(schema.properties)) {
    const value = content[name];
    if (value === undefined) {
      if (schema.required?.includes(name)) problems.push(`${name}: required`);
      continue;
    }
    const choices = choicesOf(field);
    const wrong = (why: string) => problems.push(`${name}: ${why}`);
    switch (field.type) {
      case 'boolean':
        if (typeof value !== 'boolean') wrong('expected true or false');
        break;
      case 'number':
      case 'integer':
        if (typeof value !== 'number' || !Number.isFinite(value)) wrong('expected a number');
        else if (field.type === 'integer' && !Number.isInteger(value))
          wrong('expected a whole number');
        else if (field.minimum !== undefined && value < field.minimum)
          wrong(`at least ${field.minimum}`);
        else if (field.maximum !== undefined && value > field.maximum)
          wrong(`at most ${field.maximum}`);
        break;
      case 'array':
        if (!Array.isArray(value) || value.some((v) => typeof v !== 'string'))
          wrong('expected a list of choices');
        else if (choices && value.some((v) => !choices.includes(v)))
          wrong('not one of the choices');
        else if (field.minItems !== undefined && value.length < field.minItems)
          wrong(`choose at least ${field.minItems}`);
        else if (field.maxItems !== undefined && value.length > field.maxItems)
          wrong(`choose at most ${field.maxItems}`);
        break;
      default:
        if (typeof value !== 'string') wrong('expected text');
        else if (choices && !choices.includes(value)) wrong('not one of the choices');
        else if (field.minLength !== undefined && value.length < field.minLength)
          wrong(`at least ${field.minLength} characters`);
        else if (field.maxLength !== undefined && value.length > field.maxLength)
          wrong(`at most ${field.maxLength} characters`);
    }
  }
  return problems;
}
