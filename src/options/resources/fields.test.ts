import { describe, expect, it } from 'vitest';
import { checkFields, promptFields } from './fields';

const city = { name: 'city', description: 'Name of the city', required: true };
const state = { name: 'state', required: false };

describe('checkFields', () => {
  it('asks for every required value that is missing or blank', () => {
    expect(checkFields([city, state], {})).toEqual({
      errors: { city: 'Enter a value for city.' },
      values: {},
    });
    expect(checkFields([city, state], { city: '   ', state: 'OR' }).errors).toEqual({
      city: 'Enter a value for city.',
    });
  });

  it('sends the values as typed and leaves out empty optional ones', () => {
    expect(checkFields([city, state], { city: ' Portland ', state: '' })).toEqual({
      errors: {},
      values: { city: ' Portland ' },
    });
    expect(checkFields([city, state], { city: 'Paris', state: 'TX', other: 'x' }).values).toEqual({
      city: 'Paris',
      state: 'TX',
    });
  });
});

describe('promptFields', () => {
  it('turns prompt arguments into fields, optional unless marked required', () => {
    expect(
      promptFields([
        { name: 'city', description: 'Name of the city', required: true },
        { name: 'state' },
      ]),
    ).toEqual([city, state]);
    expect(promptFields(undefined)).toEqual([]);
  });
});
