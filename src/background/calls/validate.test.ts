import { describe, expect, it } from 'vitest';
import { argumentProblems } from './validate';

const schema = {
  type: 'object',
  properties: {
    message: { type: 'string' },
    count: { type: 'integer', minimum: 1 },
    mode: { enum: ['a', 'b'] },
  },
  required: ['message'],
  additionalProperties: false,
};

describe('argumentProblems', () => {
  it('accepts arguments that fit', () => {
    expect(argumentProblems(schema, { message: 'hi', count: 2, mode: 'a' })).toEqual([]);
  });

  it('names every problem: missing, wrong type, out of range, not in the enum, unexpected', () => {
    expect(argumentProblems(schema, { count: 0, mode: 'c', extra: true })).toEqual([
      'missing required parameter "message"',
      'count: 0 is less than 1',
      'mode: must be one of ["a","b"]',
      'extra: not a parameter of this tool',
    ]);
  });

  it('follows a draft-07 schema like server-everything’s', () => {
    const draft7 = { $schema: 'http://json-schema.org/draft-07/schema#', ...schema };
    expect(argumentProblems(draft7, { message: 1 })).not.toEqual([]);
    expect(argumentProblems(draft7, { message: 'x' })).toEqual([]);
  });
});
