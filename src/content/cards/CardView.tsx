// The part of a card the content script draws itself: a call being written or that cannot run,
// and a call's outcome with what went back to the model. Approving a call, its progress and a
// server's questions are in the extension-owned frame beside it (card.ts), never drawn here.
import { resultBody } from '../../shared/mcp/result-text';
import { messageOf, statusOf } from './card-text';
import type { CardState } from './state';

export type Action = 'report' | 'insert' | 'copy';

interface Props {
  state: CardState;
  /** Explains, before a run, why the call may not get through (its server is down). */
  note: string | undefined;
  theme: 'light' | 'dark';
  /** Called for trusted clicks only; the card checks the state allows the action. */
  onAction: (action: Action) => void;
}

const LABELS: Record<Action, string> = { report: 'Tell the model', insert: 'Insert', copy: 'Copy' };

/** The buttons a state offers. */
function buttonsOf(state: CardState): Action[] {
  const delivered = 'delivered' in state && state.delivered !== undefined;
  if (delivered) return ['insert', 'copy'];
  return state.phase === 'invalid' ? ['report'] : [];
}

/** Waiting for Run, or running: the frame shows the call; only a note is drawn here. */
const inFrame = (state: CardState) => state.phase === 'ready' || state.phase === 'running';

export function CardView({ state, note, theme, onAction }: Props) {
  if (inFrame(state))
    return note ? (
      <div class="card note-only" data-theme={theme}>
        <div class="message">{note}</div>
      </div>
    ) : null;
  const call = 'call' in state ? state.call : undefined;
  const server = state.phase === 'done' ? state.server : call?.server;
  const [status, tone] = statusOf(state);
  const message = [messageOf(state), note].filter(Boolean).join(' ');
  const result = state.phase === 'done' ? resultBody(state.result) : undefined;
  const bad = state.phase === 'failed' || state.phase === 'invalid';
  return (
    <fieldset class="card" aria-label="MCP tool call" data-theme={theme}>
      <header>
        <span class="title">MCP tool call</span>
        <span class="tool">{call ? (server ? `${server} / ${call.tool}` : call.tool) : ''}</span>
        <span class="status" role="status" data-tone={tone}>
          {status}
        </span>
      </header>
      {call && state.phase !== 'writing' && (
        <details>
          <summary>Arguments</summary>
          <pre class="args">{JSON.stringify(call.arguments, null, 2)}</pre>
        </details>
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
        {buttonsOf(state).map((action) => (
          <button
            key={action}
            type="button"
            data-action={action}
            onClick={(event) => {
              if (event.isTrusted) onAction(action);
            }}
          >
            {LABELS[action]}
          </button>
        ))}
      </div>
    </fieldset>
  );
}
