// What a card says in each state: its status word and tone, and the sentence under it.
import type { Inserted } from '../dom/insert-text';
import type { CardState, Progress } from './state';

export type Tone = '' | 'ok' | 'bad';

export function statusOf(state: CardState): [string, Tone] {
  switch (state.phase) {
    case 'writing':
      return [state.partView ? 'Not all in view' : 'Being written…', ''];
    case 'invalid':
      return ['Cannot run', 'bad'];
    case 'ready':
      return ['Waiting for you', ''];
    case 'running':
      return ['Running', ''];
    case 'done':
      return state.result.isError ? ['Tool reported an error', 'bad'] : ['Done', 'ok'];
    case 'failed':
      return ['Failed', 'bad'];
    case 'denied':
      return ['Denied', ''];
  }
}

function deliveryText(inserted: Inserted | undefined, what: string): string | undefined {
  if (inserted === 'text') return `${what} is in the message box: review it and send.`;
  if (inserted === 'attachment')
    return `The site turned ${what.toLowerCase()} into an attachment of the message: review it and send.`;
  if (inserted === false)
    return `Could not put ${what.toLowerCase()} into the message box. Use Copy and paste it.`;
  return undefined;
}

const withDelivery = (text: string, delivery: string | undefined) =>
  delivery ? `${text} ${delivery}` : text;

export function messageOf(state: CardState): string | undefined {
  switch (state.phase) {
    case 'writing':
      return state.partView
        ? 'The site has not shown all of this call yet. Scroll to it so it can be read whole.'
        : undefined;
    case 'invalid':
      return withDelivery(state.error, deliveryText(state.inserted, 'The problem'));
    case 'failed':
      return withDelivery(state.error.message, deliveryText(state.inserted, 'The error'));
    case 'denied':
      return withDelivery(
        state.reason ?? 'You denied this call.',
        deliveryText(state.inserted, 'The denial'),
      );
    case 'running':
      return state.progress ? progressText(state.progress) : undefined;
    case 'done': {
      const files = state.files;
      const sent = !files
        ? undefined
        : files.attached
          ? `Attached: ${files.names.join(', ')}.`
          : 'The site did not take the files, so the text describes them instead.';
      return (
        [deliveryText(state.inserted, 'The result'), sent].filter(Boolean).join(' ') || undefined
      );
    }
    default:
      return undefined;
  }
}

function progressText({ progress, total, message }: Progress): string {
  const amount = total ? `${Math.round((progress / total) * 100)}%` : `${progress}`;
  return message ? `${message} (${amount})` : `Progress: ${amount}`;
}
