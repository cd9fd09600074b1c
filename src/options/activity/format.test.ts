import { describe, expect, it } from 'vitest';
import type { CallLogEntry, CallOutcome } from '../../shared/messages/views';
import {
  describeLog,
  formatDuration,
  formatRate,
  formatTime,
  outcomeCounts,
  siteName,
} from './format';

function entry(outcome: CallOutcome, id: string = outcome): CallLogEntry {
  return {
    id,
    at: 0,
    server: 's',
    tool: 't',
    arguments: {},
    outcome,
    durationMs: 5,
    approval: 'user',
  };
}

describe('formatDuration', () => {
  it('picks the unit by size and never rounds up into the next one', () => {
    expect(
      [0, 12.4, 999, 1_000, 1_250, 9_999, 10_000, 59_999, 60_000, 125_000].map(formatDuration),
    ).toEqual([
      '0 ms',
      '12 ms',
      '999 ms',
      '1.0 s',
      '1.2 s',
      '9.9 s',
      '10 s',
      '59 s',
      '1 min',
      '2 min 5 s',
    ]);
  });
});

describe('formatRate', () => {
  it('rounds down, so only a rate of one reads 100%', () => {
    expect([1, 0.995, 2 / 3, 0.5, 0].map(formatRate)).toEqual(['100%', '99%', '66%', '50%', '0%']);
  });
});

describe('formatTime', () => {
  it('gives the time alone for today and adds the date for earlier days', () => {
    const now = new Date(2026, 2, 12, 15, 0).getTime();
    const today = new Date(2026, 2, 12, 9, 30, 5).getTime();
    const earlier = new Date(2026, 2, 10, 9, 30, 5).getTime();
    const time = new Date(today).toLocaleTimeString(undefined, { timeStyle: 'medium' });
    expect(formatTime(today, now)).toBe(time);
    expect(formatTime(earlier, now)).not.toBe(time);
    expect(formatTime(earlier, now).endsWith(`, ${time}`)).toBe(true);
  });
});

describe('siteName', () => {
  it('names the chat site, and says when a call came from an extension page', () => {
    expect(siteName('chatgpt')).toBe('ChatGPT');
    expect(siteName(undefined)).toBe('Extension page');
    expect(siteName('gone-site')).toBe('gone-site');
  });
});

describe('outcomeCounts and describeLog', () => {
  const log = [
    entry('denied', 'a'),
    entry('ok', 'b'),
    entry('timeout', 'c'),
    entry('ok', 'd'),
    entry('tool-error', 'e'),
  ];

  it('count each outcome in a fixed order, leaving out those with none', () => {
    expect(outcomeCounts(log)).toEqual([
      ['ok', 2],
      ['tool-error', 1],
      ['denied', 1],
      ['timeout', 1],
    ]);
  });

  it('sum the log up in one sentence', () => {
    expect(describeLog(log)).toBe('5 calls: 2 OK, 1 tool error, 1 denied, 1 timed out.');
    expect(describeLog([entry('cancelled')])).toBe('1 call: 1 cancelled.');
    expect(describeLog([])).toBe('No calls yet.');
  });
});
