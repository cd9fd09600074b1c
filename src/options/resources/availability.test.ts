import { describe, expect, it } from 'vitest';
import type { ServerView } from '../../shared/messages/views';
import { availabilityNote } from './availability';

const view = (state: ServerView['status']['state']) =>
  ({ status: { state } }) as unknown as ServerView;

describe('availabilityNote', () => {
  it('says nothing for a connected server with entries, or before the feed arrives', () => {
    expect(availabilityNote(view('connected'), true)).toBeUndefined();
    expect(availabilityNote(undefined, false)).toBeUndefined();
  });

  it('says when the entries shown are only the last known ones, or why there are none', () => {
    expect(availabilityNote(view('connected'), false)).toBe(
      'This server offers no resources, templates or prompts.',
    );
    expect(availabilityNote(view('failed'), true)).toBe(
      'Offline: these are from when it was last connected. They can be read once it is back.',
    );
    expect(availabilityNote(view('disabled'), false)).toMatch(/^Turned off under Servers/);
  });
});
