import { describe, expect, it } from 'vitest';
import { readableParams, typeOf } from './schema';

describe('readableParams', () => {
  it('lists each property with its type, whether it is required and its description', () => {
    const params = readableParams({
      type: 'object',
      properties: {
        a: { type: 'number', description: 'First number' },
        b: { type: 'number' },
      },
      required: ['a'],
    });
    expect(params).toEqual([
      {
        name: 'a',
        type: 'number',
        required: true,
        description: 'First number',
        notes: [],
        children: [],
      },
      { name: 'b', type: 'number', required: false, notes: [], children: [] },
    ]);
  });

  it('shows choices, defaults and limits as JSON a person can read', () => {
    const [level, count, name, url] = readableParams({
      properties: {
        level: { type: 'string', enum: ['error', 'info'], default: 'info' },
        count: { type: 'integer', minimum: 1, maximum: 100, default: 10 },
        name: { type: 'string', minLength: 1, maxLength: 20, pattern: '^[a-z]+$' },
        url: { type: 'string', format: 'uri', const: 'https://x.test' },
      },
    });
    expect(level).toMatchObject({ choices: ['"error"', '"info"'], default: '"info"' });
    expect(count).toMatchObject({ type: 'integer', default: '10', notes: ['1 to 100'] });
    expect(name?.notes).toEqual(['1 to 20 characters', 'matches ^[a-z]+$']);
    expect(url).toMatchObject({ type: 'string', choices: ['"https://x.test"'] });
    expect(url?.notes).toEqual(['format: uri']);
  });

  it('nests the properties of objects and of arrays of objects', () => {
    const [options, items] = readableParams({
      properties: {
        options: {
          type: 'object',
          properties: { deep: { type: 'boolean' } },
          required: ['deep'],
        },
        items: {
          type: 'array',
          minItems: 1,
          items: { type: 'object', properties: { id: { type: 'string' } } },
        },
      },
    });
    expect(options?.children).toEqual([
      { name: 'deep', type: 'boolean', required: true, notes: [], children: [] },
    ]);
    expect(items).toMatchObject({ type: 'array of object', notes: ['at least 1 item'] });
    expect(items?.children.map((c) => c.name)).toEqual(['id']);
  });

  it('stops nesting at some depth and points to the raw JSON', () => {
    let schema: Record<string, unknown> = { type: 'string' };
    for (let i = 0; i < 10; i++) schema = { type: 'object', properties: { inner: schema } };
    let depth = 0;
    let params = readableParams(schema);
    while (params[0]?.children.length) {
      params = params[0].children;
      depth++;
    }
    expect(depth).toBeLessThan(10);
    expect(params[0]?.notes).toContain('nested further: see the raw JSON');
  });

  it('reads nothing from a schema that is not an object schema', () => {
    expect(readableParams({ type: 'object' })).toEqual([]);
    expect(readableParams(null)).toEqual([]);
    expect(readableParams({ properties: { odd: 'not a schema' } })).toEqual([
      { name: 'odd', type: 'any', required: false, notes: [], children: [] },
    ]);
  });
});

describe('typeOf', () => {
  it('names unions, nullable types, enums without a type and references', () => {
    expect(typeOf({ type: ['string', 'null'] })).toBe('string | null');
    expect(typeOf({ anyOf: [{ type: 'string' }, { type: 'null' }] })).toBe('string | null');
    expect(typeOf({ oneOf: [{ type: 'array', items: { type: 'number' } }] })).toBe(
      'array of number',
    );
    expect(typeOf({ enum: ['a', 1, null] })).toBe('string | number | null');
    expect(typeOf({ $ref: '#/$defs/Point' })).toBe('defined at #/$defs/Point');
    expect(typeOf({ properties: {} })).toBe('object');
    expect(typeOf({})).toBe('any');
  });
});
