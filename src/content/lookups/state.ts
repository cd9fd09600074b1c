// The life of one lookup block on the page, and the words its note shows for each state.
import type { FoundLookup } from '../replies/reader';

export type LookupState =
  /** Not whole yet: still being written, or part of it not in the page. */
  | { phase: 'writing' }
  | { phase: 'answering' }
  /** The answer is in the message box; `how` says whether it was sent, and why not. */
  | { phase: 'answered'; how: 'sent' | 'waiting' | 'not-sent'; note?: string }
  /** The message box did not take the answer; the note offers to insert it again. */
  | { phase: 'not-inserted' }
  /** The catalogue could not be asked (the site was turned off, say). */
  | { phase: 'failed'; error: string }
  /** On the page when this run began: it may have been answered before, so it waits for a click. */
  | { phase: 'earlier' };

/** What was asked, and once answered, what the answer gave. */
export interface Asked {
  read: FoundLookup['read'];
  shown?: string[];
  unknown?: string[];
}

export type NoteAction = 'insert' | 'answer';

export interface NoteText {
  title: string;
  status: string;
  message: string;
  action?: { name: NoteAction; label: string };
}

const tools = (n: number) => `${n} tool${n === 1 ? '' : 's'}`;

function titleOf({ read, shown }: Asked): string {
  if (read.kind !== 'lookup') return 'A lookup the extension could not read';
  const { tools: named, search } = read.lookup;
  if (named?.length) return `Looked up ${tools(shown?.length ?? named.length)} for the model`;
  return `Searched the tools for “${search}”${shown ? `: ${tools(shown.length)}` : ''}`;
}

/** What the answer gave, in a line. */
function gave({ shown, unknown }: Asked): string {
  const parts = [
    ...(shown?.length ? [`Gave ${shown.join(', ')}.`] : []),
    ...(unknown?.length ? [`No tool named ${unknown.join(', ')}.`] : []),
  ];
  return parts.join(' ');
}

const NOTHING_RAN = 'Nothing was run: the answer comes from the extension’s catalogue.';

export function noteText(state: LookupState, asked: Asked): NoteText {
  const title = titleOf(asked);
  switch (state.phase) {
    case 'writing':
      return { title, status: 'Being written', message: '' };
    case 'answering':
      return { title, status: 'Looking up…', message: NOTHING_RAN };
    case 'answered': {
      const next = {
        sent: state.note ?? 'Sent automatically.',
        waiting: state.note ?? 'In the message box: press Send to give it to the model.',
        'not-sent': state.note ?? 'In the message box: send it yourself.',
      }[state.how];
      const status =
        state.how === 'sent' ? 'Sent' : state.how === 'not-sent' ? 'Not sent' : 'Ready to send';
      return { title, status, message: [gave(asked), NOTHING_RAN, next].filter(Boolean).join(' ') };
    }
    case 'not-inserted':
      return {
        title,
        status: 'Not inserted',
        message: 'The message box did not take the answer.',
        action: { name: 'insert', label: 'Insert again' },
      };
    case 'failed':
      return { title, status: 'Not answered', message: `Could not look up: ${state.error}` };
    case 'earlier':
      return {
        title,
        status: 'Not answered',
        message:
          'This lookup was on the page before it was loaded, so it is not answered again by itself.',
        action: { name: 'answer', label: 'Answer' },
      };
  }
}
