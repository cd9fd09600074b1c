import { describe, expect, it } from 'vitest';
import { noteText } from './state';

const named = { kind: 'lookup' as const, lookup: { lookup_id: 'l1', tools: ['a', 'b'] } };
const search = { kind: 'lookup' as const, lookup: { lookup_id: 'l2', search: 'read file' } };

describe('noteText', () => {
  it('says how many tools were looked up, that nothing ran, and what became of the answer', () => {
    const asked = { read: named, shown: ['s/a', 's/b'], unknown: [] };
    expect(noteText({ phase: 'answering' }, { read: named })).toMatchObject({
      title: 'Looked up 2 tools for the model',
      status: 'Looking up…',
    });
    expect(noteText({ phase: 'answered', how: 'waiting' }, asked)).toEqual({
      title: 'Looked up 2 tools for the model',
      status: 'Ready to send',
      message:
        'Gave s/a, s/b. Nothing was run: the answer comes from the extension’s catalogue. In the message box: press Send to give it to the model.',
    });
    expect(
      noteText(
        { phase: 'answered', how: 'sent', note: 'Sent automatically (round 1 of 10).' },
        asked,
      ).message,
    ).toMatch(/Sent automatically \(round 1 of 10\)\.$/);
  });

  it('names a search and the tools it found, and what no tool is called', () => {
    const text = noteText(
      { phase: 'answered', how: 'waiting' },
      { read: search, shown: ['s/read_file'], unknown: [] },
    );
    expect(text.title).toBe('Searched the tools for “read file”: 1 tool');
    expect(
      noteText(
        { phase: 'answered', how: 'waiting' },
        { read: named, shown: [], unknown: ['a', 'b'] },
      ).message,
    ).toMatch(/^No tool named a, b\./);
  });

  it('offers a button only where the user has something to do', () => {
    expect(noteText({ phase: 'earlier' }, { read: named }).action).toEqual({
      name: 'answer',
      label: 'Answer',
    });
    expect(noteText({ phase: 'not-inserted' }, { read: named }).action?.name).toBe('insert');
    expect(noteText({ phase: 'failed', error: 'Off.' }, { read: named })).toMatchObject({
      status: 'Not answered',
      message: 'Could not look up: Off.',
    });
    expect(noteText({ phase: 'answering' }, { read: { kind: 'invalid', error: 'x' } }).title).toBe(
      'A lookup the extension could not read',
    );
  });
});
