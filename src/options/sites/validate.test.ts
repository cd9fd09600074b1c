import { describe, expect, it } from 'vitest';
import { instructionsProblem, roundsProblem, thresholdProblem } from './validate';

describe('site field checks', () => {
  it('takes a round cap of a whole number from 1 to 100 only', () => {
    for (const ok of ['1', '10', '100', ' 7 ']) expect(roundsProblem(ok)).toBeUndefined();
    for (const bad of ['', '0', '101', '2.5', '-3', 'abc'])
      expect(roundsProblem(bad)).toBe('Enter a whole number of rounds from 1 to 100.');
  });

  it('takes custom instructions up to 4000 characters and says by how much they are over', () => {
    expect(instructionsProblem('')).toBeUndefined();
    expect(instructionsProblem('x'.repeat(4000))).toBeUndefined();
    expect(instructionsProblem('x'.repeat(4001))).toMatch(/^Too long by 1 character:/);
    expect(instructionsProblem('x'.repeat(5234))).toBe(
      'Too long by 1,234 characters: custom instructions can be at most 4,000. Shorten them to save.',
    );
  });

  it('takes a catalogue threshold of a whole number of tokens from 0 to 100,000', () => {
    for (const ok of ['0', '1500', '100000']) expect(thresholdProblem(ok)).toBeUndefined();
    for (const bad of ['', '-1', '100001', '1.5', 'many'])
      expect(thresholdProblem(bad)).toBe('Enter a whole number of tokens from 0 to 100,000.');
  });
});
