// The card's content, rendered by Preact inside the card's closed shadow root.

import type { ElicitAnswer } from '../../shared/mcp/elicit-form';
import { resultBody } from '../../shared/mcp/result-text';
import { messageOf, statusOf } from './card-text';
import { ElicitForm } from './ElicitForm';
import type { CardState } from './state';

export type Action = 'run' | 'deny' | 'report' | 'cancel' | 'insert' | 'copy';

interface Props {
  state: CardState;
  /** Explains, before a run, why the call may not get through (its server is down). */
  note: string | undefined;
  theme: 'light' | 'dark';
  /** Called for trusted clicks only; the card checks the state allows the action. */
  onAction: (action: Action) => void;
  /** The user's answer to the server's question, when there is one. */
  onAnswer: (answer: ElicitAnswer) => void;
}

const LABELS: Record<Action, string> = {
  run: 'Run',
  deny: 'Deny',
  report: 'Tell the model',
  cancel: 'Cancel',
  insert: 'Insert',
  copy: 'Copy',
};

/** The buttons a state offers, and whether each can be pressed now. */
function buttonsOf(state: CardState): [Action, boolean][] {
  const delivered = 'delivered' in state && state.delivered !== undefined;
  switch (state.phase) {
    case 'writing':
      return [['run', false]];
    case 'ready':
      return [
        ['run', true],
        ['deny', true],
      ];
    case 'running':
      return [
        ['run', false],
        ['cancel', state.cancelling !== true],
      ];
    case 'invalid':
      return delivered ? deliveredButtons : [['report', true]];
    default:
      return delivered ? deliveredButtons : [];
  }
}
const deliveredButtons: [Action, boolean][] = [
  ['insert', true],
  ['copy', true],
];

export function CardView({ state, note, theme, onAction, onAnswer }: Props) {
  const call = 'call' in state ? state.call : undefined;
  const [status, tone] = statusOf(state);
  const message = [messageOf(state), note].filter(Boolean).join(' ');
  const result = state.phase === 'done' ? resultBody(state.result) : undefined;
  const progress = state.phase === 'running' ? state.progress : undefined;
  const bad = state.phase === 'failed' || state.phase === 'invalid';
  return (
    <fieldset class="card" aria-label="MCP tool call" data-theme={theme}>
      <header>
        <span class="title">MCP tool call</span>
        <span class="tool">
          {call ? (call.server ? `${call.server} / ${call.tool}` : call.tool) : ''}
        </span>
        <span class="status" role="status" data-tone={tone}>
          {status}
        </span>
      </header>
      {call && (
        // Open at first; once the user folds it, it stays folded as the card changes.
        <details open>
          <summary>Arguments</summary>
          <pre class="args">{JSON.stringify(call.arguments, null, 2)}</pre>
        </details>
      )}
      {progress && (
        <progress
          aria-label="Progress"
          max={progress.total || undefined}
          value={progress.total ? progress.progress : undefined}
        />
      )}
      {state.phase === 'running' && state.question && (
        <ElicitForm key={state.question.elicitId} question={state.question} onAnswer={onAnswer} />
      )}
      {message && (
        <div class="message" data-tone={bad ? 'bad' : ''}>
          {message}
        </div>
      )}
      {result !== undefined && (
        <>
          <div class="label">Result</div>
          <pre class="result">{result}</pre>
        </>
      )}
      <div class="actions">
        {buttonsOf(state).map(([action, enabled]) => (
          <button
            key={action}
            type="button"
            class={action === 'run' ? 'primary' : ''}
            data-action={action}
            disabled={!enabled}
            onClick={(event) => {
              if (event.isTrusted && enabled) onAction(action);
            }}
          >
            {action === 'run' && state.phase === 'running' ? 'Running…' : LABELS[action]}
          </button>
        ))}
      </div>
    </fieldset>
  );
}
