// Import: a file or pasted JSON, read and checked here, previewed, and applied on confirmation.
import { useState } from 'preact/hooks';
import type { CompanionState } from '../companion/use-companion';
import { ImportPreviewView } from './ImportPreview';
import { type ImportSource, useImport } from './use-import';

const ERROR_ID = 'backup-import-error';

const sourceName = (source: ImportSource) =>
  source.kind === 'file' ? source.name : 'the pasted text';

export function ImportPanel({
  companion,
  onImported,
}: {
  companion: CompanionState;
  onImported: () => void;
}) {
  const [text, setText] = useState('');
  const { state, busy, review, confirm, cancel, choose } = useImport(() => {
    setText('');
    onImported();
  });
  const refused = state.step === 'refused' ? state : undefined;
  const invalid = (kind: ImportSource['kind']) => refused?.source.kind === kind;

  const pickFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    // Cleared, so that choosing the same file again (after fixing it) reads it again.
    input.value = '';
    if (file) await review(await file.text(), { kind: 'file', name: file.name });
  };

  return (
    <section class="backup-import" aria-labelledby="backup-import-title">
      <h3 id="backup-import-title">Import</h3>
      <p class="hint">
        An MCP Switchboard export, or the <code>mcpServers</code> JSON of Claude Desktop, Cursor or
        VS Code (<code>mcp.json</code>). Servers are matched by name: an import adds servers and
        changes their settings, it never removes one. Nothing changes until you confirm the preview.
      </p>
      <label>
        Import from a file
        <input
          type="file"
          accept=".json,application/json"
          disabled={busy}
          aria-invalid={invalid('file')}
          aria-describedby={invalid('file') ? ERROR_ID : undefined}
          onChange={(e) => void pickFile(e.currentTarget)}
        />
      </label>
      <form
        class="backup-paste"
        onSubmit={(e) => {
          e.preventDefault();
          void review(text, { kind: 'paste' });
        }}
      >
        <label>
          Or paste JSON
          <textarea
            rows={8}
            spellcheck={false}
            placeholder={'{ "mcpServers": { "docs": { "url": "https://…/mcp" } } }'}
            value={text}
            aria-invalid={invalid('paste')}
            aria-describedby={invalid('paste') ? ERROR_ID : undefined}
            onInput={(e) => setText(e.currentTarget.value)}
          />
        </label>
        <div class="actions">
          <button type="submit" disabled={busy || !text.trim()}>
            Preview import
          </button>
        </div>
      </form>
      {refused && (
        <p id={ERROR_ID} class="form-error" role="alert">
          {`Cannot import ${sourceName(refused.source)}. ${refused.error} Nothing was changed.`}
        </p>
      )}
      {state.step === 'preview' && (
        <ImportPreviewView
          key={state.review}
          state={state}
          busy={busy}
          companion={companion}
          onChoose={(server, on) => void choose(server, on)}
          onConfirm={() => void confirm()}
          onCancel={cancel}
        />
      )}
      <p class="saved" role="status">
        {state.step === 'done' ? state.summary : ''}
      </p>
    </section>
  );
}
