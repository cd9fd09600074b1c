// A site's custom instructions, added after the generated tool instructions, and a preview of
// the whole text. Saved only with the button, and only when within the length limit.
import { useState } from 'preact/hooks';
import { estimateTokens } from '../../shared/mcp/instructions';
import type { ServerView } from '../../shared/messages/views';
import type { ChatSite } from '../../shared/sites';
import { MAX_CUSTOM_INSTRUCTIONS } from '../../shared/storage/site-defaults';
import { InstructionsPreview } from './InstructionsPreview';
import type { SaveSite } from './SiteItem';
import { formatCount as count, instructionsProblem } from './validate';

export function InstructionsFields({
  site,
  saved,
  threshold,
  servers,
  onSave,
}: {
  site: ChatSite;
  saved: string;
  /** The saved catalogue threshold: the preview follows it. */
  threshold: number;
  servers: ServerView[] | undefined;
  onSave: SaveSite;
}) {
  const [open, setOpen] = useState(false);
  const [draft, setDraft] = useState(saved);
  const problem = instructionsProblem(draft);
  const changed = draft !== saved;
  const panelId = `instructions-${site.id}`;
  const countId = `instructions-${site.id}-count`;
  const errorId = `instructions-${site.id}-error`;

  const submit = (event: Event) => {
    event.preventDefault();
    if (!problem && changed) void onSave({ instructions: draft });
  };

  return (
    <div class="instructions">
      <button
        type="button"
        class="link"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen(!open)}
      >
        {open
          ? 'Hide instructions'
          : `Instructions: custom text and preview${changed ? ' (unsaved changes)' : saved ? ' (custom text set)' : ''}`}
      </button>
      {open && (
        <div id={panelId} class="instructions-panel">
          <form class="custom" onSubmit={submit}>
            <label>
              {`Custom instructions for ${site.name}`}
              <textarea
                name="instructions"
                rows={5}
                placeholder="For example: Answer in British English. Prefer the docs server over web search."
                value={draft}
                aria-invalid={problem !== undefined}
                aria-describedby={problem ? `${countId} ${errorId}` : countId}
                onInput={(e) => setDraft(e.currentTarget.value)}
              />
            </label>
            <p id={countId} class={problem ? 'count over' : 'count'}>
              {`${count(draft.length)} of ${count(MAX_CUSTOM_INSTRUCTIONS)} characters, about ${count(estimateTokens(draft))} tokens. Added after the tool instructions whenever they are inserted in a new chat.`}
            </p>
            {problem && (
              <p id={errorId} class="form-error" role="alert">
                {problem}
              </p>
            )}
            <div class="actions">
              <button class="primary" type="submit" disabled={!changed || problem !== undefined}>
                Save instructions
              </button>
              <button type="button" disabled={!changed} onClick={() => setDraft(saved)}>
                Discard changes
              </button>
            </div>
          </form>
          <InstructionsPreview site={site} custom={saved} threshold={threshold} servers={servers} />
        </div>
      )}
    </div>
  );
}
