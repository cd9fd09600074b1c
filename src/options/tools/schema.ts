// A tool's input schema as a list of parameters a person can read. The schema comes from the
// server and is not trusted to be well formed: anything unexpected reads as "any".

export interface Param {
  name: string;
  /** "string", "integer", "array of string", "string | null", … */
  type: string;
  required: boolean;
  description?: string;
  /** The values allowed, as JSON, when the schema lists them. */
  choices?: string[];
  /** The default value, as JSON. */
  default?: string;
  /** Limits worth knowing before a call: "format: uri", "1 to 100", "at most 20 characters". */
  notes: string[];
  /** The properties of an object, or of each item of an array of objects. */
  children: Param[];
}

type Schema = Record<string, unknown>;

/** Deeper than this, the raw JSON has the rest. */
const MAX_DEPTH = 6;

const isSchema = (value: unknown): value is Schema =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const json = (value: unknown) => JSON.stringify(value) ?? String(value);

const unique = (words: string[]) => [...new Set(words)];

const variantsOf = (schema: Schema) =>
  [schema.anyOf, schema.oneOf].find(Array.isArray)?.filter(isSchema);

export function typeOf(schema: unknown): string {
  if (!isSchema(schema)) return 'any';
  if (typeof schema.$ref === 'string') return `defined at ${schema.$ref}`;
  if ('const' in schema) return schema.const === null ? 'null' : typeof schema.const;
  const type = schema.type;
  if (Array.isArray(type)) return unique(type.map(String)).join(' | ') || 'any';
  if (type === 'array')
    return isSchema(schema.items) ? `array of ${typeOf(schema.items)}` : 'array';
  if (typeof type === 'string') return type;
  const variants = variantsOf(schema);
  if (variants?.length) return unique(variants.map(typeOf)).join(' | ');
  if (Array.isArray(schema.enum) && schema.enum.length)
    return unique(schema.enum.map((v) => (v === null ? 'null' : typeof v))).join(' | ');
  if (isSchema(schema.properties)) return 'object';
  return 'any';
}

/** "1 to 100", "at least 1 item", "at most 20 characters"; `unit` is a plural with a leading space. */
const range = (low: unknown, high: unknown, unit = '') => {
  const of = (n: number) => `${n}${n === 1 ? unit.replace(/s$/, '') : unit}`;
  const hasLow = typeof low === 'number';
  const hasHigh = typeof high === 'number';
  if (hasLow && hasHigh) return low === high ? `exactly ${of(low)}` : `${low} to ${of(high)}`;
  if (hasLow) return `at least ${of(low)}`;
  if (hasHigh) return `at most ${of(high)}`;
  return undefined;
};

function notesOf(schema: Schema): string[] {
  const notes = [
    typeof schema.format === 'string' ? `format: ${schema.format}` : undefined,
    range(schema.minimum, schema.maximum),
    typeof schema.exclusiveMinimum === 'number'
      ? `more than ${schema.exclusiveMinimum}`
      : undefined,
    typeof schema.exclusiveMaximum === 'number'
      ? `less than ${schema.exclusiveMaximum}`
      : undefined,
    range(schema.minLength, schema.maxLength, ' characters'),
    range(schema.minItems, schema.maxItems, ' items'),
    typeof schema.pattern === 'string' ? `matches ${schema.pattern}` : undefined,
  ];
  return notes.filter((note): note is string => note !== undefined);
}

/** What an object's properties are: its own, or those of its array's items. */
function propertiesOwner(schema: Schema): Schema | undefined {
  if (isSchema(schema.properties)) return schema;
  if (isSchema(schema.items) && isSchema(schema.items.properties)) return schema.items;
  return undefined;
}

function param(name: string, schema: unknown, required: boolean, depth: number): Param {
  const s = isSchema(schema) ? schema : {};
  const values = 'const' in s ? [s.const] : Array.isArray(s.enum) ? s.enum : undefined;
  const owner = propertiesOwner(s);
  const tooDeep = owner !== undefined && depth >= MAX_DEPTH;
  return {
    name,
    type: typeOf(s),
    required,
    ...(typeof s.description === 'string' && s.description ? { description: s.description } : {}),
    ...(values?.length ? { choices: values.map(json) } : {}),
    ...('default' in s ? { default: json(s.default) } : {}),
    notes: [...notesOf(s), ...(tooDeep ? ['nested further: see the raw JSON'] : [])],
    children: owner && !tooDeep ? paramsOf(owner, depth + 1) : [],
  };
}

function paramsOf(schema: Schema, depth: number): Param[] {
  if (!isSchema(schema.properties)) return [];
  const required = Array.isArray(schema.required) ? schema.required : [];
  return Object.entries(schema.properties).map(([name, property]) =>
    param(name, property, required.includes(name), depth),
  );
}

/** The parameters of a tool's input schema, in the schema's order. */
export function readableParams(inputSchema: unknown): Param[] {
  return isSchema(inputSchema) ? paramsOf(inputSchema, 0) : [];
}
