// What an import would do, before anything is applied: servers added or changed, site settings,
// entries skipped for their problems, and local commands that need a bridge.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { BackupServer, ImportPreview } from '../../shared/backup/format';
import type { CompanionState } from '../companion/use-companion';
import { ChangeList } from './ChangeList';
import { LocalServers } from './LocalServers';
import { count, hasChanges } from './preview-text';
import { SkippedEntries } from './SkippedEntries';
import type { ImportState } from './use-import';

type Preview = Extract<ImportState, { step: 'preview' }>;

function Notes({ notes }: { notes: string[] }) {
  return (
    <>
      {notes.map((note) => (
        <p key={note} class="warning">
          {note}
        </p>
      ))}
    </>
  );
}

export function ImportPreviewView({
  state,
  busy,
  companion,
  onChoose,
  onConfirm,
  onCancel,
}: {
  state: Preview;
  busy: boolean;
  companion: CompanionState;
  /** A local command to run through the companion (`on`), or not. */
  onChoose: (server: BackupServer, on: boolean) => void;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const { parsed, preview } = state;
  const [skip, setSkip] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  // Keyboard and screen-reader users land on the preview they asked for.
  useEffect(() => heading.current?.focus(), []);
  const changed = preview.servers.filter((s) => s.status !== 'unchanged');
  const unchanged = preview.servers.filter((s) => s.status === 'unchanged');
  /** What the file reader and the background each had to say about a server. */
  const notes = (server: ImportPreview['servers'][number]) => [
    ...parsed.notes
      .filter((n) => n.name.toLowerCase() === server.name.toLowerCase())
      .map((n) => n.text),
    ...server.notes,
  ];
  const skipped = parsed.skipped;
  const applicable = hasChanges(preview);

  return (
    <section class="import-preview" aria-labelledby="import-preview-title">
      <h4 id="import-preview-title" ref={heading} tabIndex={-1}>
        Preview
      </h4>
      <p>{parsed.source}</p>
      {state.stale && (
        <p class="warning" role="alert">
          Your settings changed after this preview was made, so nothing was imported. Here is the
          preview again: check it, then confirm.
        </p>
      )}
      {skipped.length > 0 && <SkippedEntries entries={skipped} />}
      {changed.length > 0 && (
        <div class="import-group">
          <h5>Servers</h5>
          <ul class="import-servers" aria-label="Servers to import">
            {changed.map((server) => (
              <li key={server.name}>
                <div class="row">
                  <strong>{server.name}</strong>
                  <span class="badge">{server.status === 'new' ? 'new' : 'changes'}</span>
                </div>
                <ChangeList changes={server.changes} />
                <Notes notes={notes(server)} />
              </li>
            ))}
          </ul>
        </div>
      )}
      {unchanged.length > 0 && (
        <>
          <p class="hint">{`Already as in the file: ${unchanged.map((s) => s.name).join(', ')}.`}</p>
          <Notes notes={unchanged.flatMap(notes)} />
        </>
      )}
      {preview.sites.length > 0 && (
        <div class="import-group">
          <h5>Sites</h5>
          <ul class="import-servers" aria-label="Site settings to import">
            {preview.sites.map((site) => (
              <li key={site.siteId}>
                <strong>{site.name}</strong>
                <ChangeList changes={site.changes} />
              </li>
            ))}
          </ul>
        </div>
      )}
      {parsed.local.length > 0 && (
        <LocalServers
          servers={parsed.local}
          companion={companion}
          chosen={state.viaCompanion}
          busy={busy}
          onChoose={onChoose}
        />
      )}
      {!applicable && (
        <p class="empty">
          {preview.servers.length > 0
            ? 'Nothing to change: your settings already match it.'
            : 'Nothing in it can be imported.'}
        </p>
      )}
      <div class="actions">
        {applicable && skipped.length > 0 && (
          <label class="check">
            <input
              type="checkbox"
              checked={skip}
              onChange={(e) => setSkip(e.currentTarget.checked)}
            />
            <span>{`Skip the ${count(skipped.length, 'entry', 'entries')} with problems and import the rest`}</span>
          </label>
        )}
        {applicable && (
          <button
            class="primary"
            type="button"
            disabled={busy || (skipped.length > 0 && !skip)}
            onClick={onConfirm}
          >
            Import
          </button>
        )}
        <button type="button" onClick={onCancel}>
          {applicable ? 'Cancel' : 'Close'}
        </button>
      </div>
      {state.error && (
        <p class="form-error" role="alert">
          {state.error}
        </p>
      )}
    </section>
  );
}
