// The import's steps: read the text, ask the background for a preview, apply it once confirmed.
import { useRef, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import type { BackupServer, ImportPlan, ImportPreview } from '../../shared/backup/format';
import { type ParsedImport, parseImport } from '../../shared/backup/parse';
import { ask, errorText } from '../../ui/background';
import { requestHostsAccess } from '../servers/host-access';
import { importedSummary } from './preview-text';

/** Where the text came from: a file by its name, or the paste box. */
export type ImportSource = { kind: 'file'; name: string } | { kind: 'paste' };

export type ImportState =
  | { step: 'idle' }
  | { step: 'refused'; source: ImportSource; error: string }
  | {
      step: 'preview';
      source: ImportSource;
      parsed: ParsedImport;
      preview: ImportPreview;
      basis: string;
      /** Numbers the reading of a text: a new one starts the preview afresh. */
      review: number;
      /** Local commands the user chose to run through the companion, as servers to add. */
      viaCompanion: BackupServer[];
      /** The settings changed between the last preview and the confirmation. */
      stale: boolean;
      /** The background could not apply it. */
      error?: string;
    }
  | { step: 'done'; summary: string };

/** What the file gives, with the local commands chosen to run through the companion. */
const planOf = (parsed: ParsedImport, via: readonly BackupServer[]): ImportPlan => ({
  ...parsed.plan,
  servers: [...parsed.plan.servers, ...via],
});

export function useImport(onImported: () => void) {
  const [state, setState] = useState<ImportState>({ step: 'idle' });
  const [busy, setBusy] = useState(false);
  const reviews = useRef(0);

  const review = async (text: string, source: ImportSource) => {
    const parsed = parseImport(text);
    if (!parsed.ok) {
      setState({ step: 'refused', source, error: parsed.error });
      return;
    }
    setBusy(true);
    try {
      const answer = await ask('settings.import', { plan: parsed.value.plan });
      setState({
        step: 'preview',
        source,
        parsed: parsed.value,
        ...answer,
        review: ++reviews.current,
        viaCompanion: [],
        stale: false,
      });
    } catch (e) {
      setState({ step: 'refused', source, error: `Could not preview it: ${errorText(e)}` });
    } finally {
      setBusy(false);
    }
  };

  const confirm = async () => {
    if (state.step !== 'preview') return;
    setBusy(true);
    try {
      // First, while the click is still the user's: servers beyond loopback need host access.
      const plan = planOf(state.parsed, state.viaCompanion);
      const access = await requestHostsAccess(
        plan.servers.map((s) => s.url),
        browser.permissions,
      );
      if (!access.ok) {
        setState({ ...state, error: `Nothing was imported: ${access.message}` });
        return;
      }
      const answer = await ask('settings.import', { plan, confirm: state.basis });
      if (answer.applied) {
        setState({ step: 'done', summary: importedSummary(answer.preview) });
        onImported();
      } else setState({ ...state, ...answer, stale: true, error: undefined });
    } catch (e) {
      setState({ ...state, error: `Nothing was imported: ${errorText(e)}` });
    } finally {
      setBusy(false);
    }
  };

  /** Adds a local command to the import as a server of the companion's, or takes it out again. */
  const choose = async (server: BackupServer, on: boolean) => {
    if (state.step !== 'preview') return;
    const others = state.viaCompanion.filter((s) => s.name !== server.name);
    const viaCompanion = on ? [...others, server] : others;
    setBusy(true);
    try {
      const answer = await ask('settings.import', { plan: planOf(state.parsed, viaCompanion) });
      setState({ ...state, ...answer, viaCompanion, stale: false, error: undefined });
    } catch (e) {
      setState({ ...state, error: `Could not preview it: ${errorText(e)}` });
    } finally {
      setBusy(false);
    }
  };

  return { state, busy, review, confirm, choose, cancel: () => setState({ step: 'idle' }) };
}
