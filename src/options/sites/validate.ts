// The checks a site's fields pass before anything is saved, with the message shown beside them.
import {
  MAX_AUTO_ROUNDS,
  MAX_CATALOG_THRESHOLD,
  MAX_CUSTOM_INSTRUCTIONS,
} from '../../shared/storage/site-defaults';

export const formatCount = (n: number) => n.toLocaleString('en');

/** Why `text` is not a round cap, or undefined when it is one. */
export function roundsProblem(text: string): string | undefined {
  const rounds = Number(text);
  if (text.trim() === '' || !Number.isInteger(rounds) || rounds < 1 || rounds > MAX_AUTO_ROUNDS)
    return `Enter a whole number of rounds from 1 to ${MAX_AUTO_ROUNDS}.`;
  return undefined;
}

/** Why `text` cannot be saved as custom instructions, or undefined when it can. */
export function instructionsProblem(text: string): string | undefined {
  const over = text.length - MAX_CUSTOM_INSTRUCTIONS;
  if (over <= 0) return undefined;
  return `Too long by ${formatCount(over)} character${over === 1 ? '' : 's'}: custom instructions can be at most ${formatCount(MAX_CUSTOM_INSTRUCTIONS)}. Shorten them to save.`;
}

/** Why `text` is not a catalogue threshold, or undefined when it is one. */
export function thresholdProblem(text: string): string | undefined {
  const tokens = Number(text);
  if (
    text.trim() === '' ||
    !Number.isInteger(tokens) ||
    tokens < 0 ||
    tokens > MAX_CATALOG_THRESHOLD
  )
    return `Enter a whole number of tokens from 0 to ${formatCount(MAX_CATALOG_THRESHOLD)}.`;
  return undefined;
}
