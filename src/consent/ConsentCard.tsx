// The call as the background holds it, and the only place a person approves it: the server it
// reaches, the tool, its arguments (hidden characters written out), what looks off, Run and Deny.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ElicitAnswer } from '../shared/mcp/elicit-form';
import type { ConsentView } from '../shared/messages/consent';
import { ElicitForm } from './ElicitForm';
import { POPUP_HINT, RunGate } from './gate';

export interface Actions {
  run(): Promise<void>;
  deny(): Promise<void>;
  cancel(): Promise<void>;
  answer(elicitId: string, answer: ElicitAnswer): Promise<void>;
}

const STATUS: Record<ConsentView['state'], string> = {
  waiting: 'Waiting for you',
  running: 'Running',
  done: 'Done',
  failed: 'Failed',
  denied: 'Denied',
  replaced: 'Changed',
  gone: 'Out of date',
};

function statusOf(view: ConsentView, cancelling: boolean): string {
  if (view.state !== 'running') return STATUS[view.state];
  if (cancelling) return 'Cancelling…';
  return view.question ? 'Waiting for your answer' : 'Running';
}

function progressText({ progress, total, message }: NonNullable<ConsentView['progress']>) {
  const amount = total ? `${Math.round((progress / total) * 100)}%` : `${progress}`;
  return message ? `${message} (${amount})` : `Progress: ${amount}`;
}

export function ConsentCard({ view, actions }: { view: ConsentView; actions: Actions }) {
  const run = useRef<HTMLButtonElement>(null);
  const [gate, setGate] = useState<RunGate>();
  const [, redraw] = useState(0);
  const [refusal, setRefusal] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [cancelling, setCancelling] = useState(false);
  const [error, setError] = useState<string>();
  const waiting = view.state === 'waiting' && view.problems.length === 0;
  useEffect(() => {
    if (!waiting || !run.current) return;
    const made = new RunGate(run.current, () => redraw((n) => n + 1));
    setGate(made);
    return () => made.stop();
  }, [waiting]);

  const act = async (what: () => Promise<void>) => {
    setBusy(true);
    setError(undefined);
    try {
      await what();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };
  const onRun = (event: MouseEvent) => {
    const verdict = gate?.verdict(event) ?? { ok: false, reason: 'Run is not ready yet.' };
    if (!verdict.ok) {
      setRefusal(verdict.reason);
      return;
    }
    setRefusal(undefined);
    void act(actions.run);
  };
  const status = statusOf(view, cancelling && view.state === 'running');
  return (
    <section class="consent" aria-label="Approve an MCP tool call">
      <header>
        <span class="title">MCP tool call</span>
        <span class="status" role="status">
          {status}
        </span>
      </header>
      <dl class="what">
        <dt>Server</dt>
        <dd>
          {view.server ? (
            <>
              <strong data-field="server">{view.server.name}</strong>{' '}
              <span class="host">{view.server.host}</span>
            </>
          ) : (
            <span class="bad">No server has this tool</span>
          )}
        </dd>
        <dt>Tool</dt>
        <dd>
          <code data-field="tool">{view.tool}</code>
          {view.title && <span class="hint"> {view.title}</span>}
          {view.destructive && (
            <span class="chip bad">may change or delete data, says the server</span>
          )}
          {view.readOnly && <span class="chip">read-only, says the server</span>}
        </dd>
      </dl>
      {view.lookAlikes.length > 0 && (
        <p class="flag" data-flag="look-alike">
          Its name looks like {view.lookAlikes.join(', ')}. Check that this is the server you mean.
        </p>
      )}
      {view.hiddenCharacters && (
        <p class="flag" data-flag="hidden">
          The arguments hold invisible or direction-changing characters, written out as {'\\u{…}'}.
        </p>
      )}
      <details open>
        <summary>Arguments</summary>
        <pre class="args" data-field="arguments">
          {view.arguments}
        </pre>
      </details>
      {view.problems.length > 0 && (
        <p class="bad">This call cannot run as written: {view.problems.join('; ')}</p>
      )}
      {view.state === 'replaced' && (
        <p class="flag">
          This call changed after it was shown. The card now shows the new version.
        </p>
      )}
      {view.progress && <p class="progress-text">{progressText(view.progress)}</p>}
      {view.progress && (
        <progress
          aria-label="Progress"
          max={view.progress.total || undefined}
          value={view.progress.total ? view.progress.progress : undefined}
        />
      )}
      {view.question && (
        <ElicitForm
          key={view.question.elicitId}
          question={{
            ...view.question,
            schema: view.question.requestedSchema as never,
            ...(error ? { error } : {}),
          }}
          onAnswer={(answer) => void act(() => actions.answer(view.question!.elicitId, answer))}
        />
      )}
      {view.outcome && view.state !== 'waiting' && <p class="outcome">{view.outcome}</p>}
      {gate?.covered && !refusal && (
        <p class="flag" data-flag="covered">
          Something of the page lies over this card, so Run here stays off. You can {POPUP_HINT}.
        </p>
      )}
      {(refusal || (error && !view.question)) && (
        <p class="refusal" role="alert">
          {refusal ?? error}
        </p>
      )}
      <div class="actions">
        {view.state === 'waiting' && (
          <>
            <button
              ref={run}
              type="button"
              class="primary"
              data-action="run"
              disabled={!waiting || busy}
              data-seen={String(gate?.seen ?? false)}
              data-steady={String(gate?.steady ?? false)}
              onClick={onRun}
            >
              Run
            </button>
            <button
              type="button"
              data-action="deny"
              disabled={busy}
              onClick={(e) => e.isTrusted && void act(actions.deny)}
            >
              Deny
            </button>
          </>
        )}
        {view.state === 'running' && (
          <button
            type="button"
            data-action="cancel"
            disabled={cancelling}
            onClick={(e) => {
              if (!e.isTrusted) return;
              setCancelling(true);
              void act(actions.cancel);
            }}
          >
            Cancel
          </button>
        )}
      </div>
    </section>
  );
}
