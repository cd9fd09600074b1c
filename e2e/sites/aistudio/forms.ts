// The layouts and UI languages this fixture serves, and its labels in each (see README.md).
import { type FixtureForms, type Labels, labelsFor } from '../forms';

export const forms: FixtureForms = {
  // 2026-09: a live DOM map of 2026-09-11 (Run without type or label, aria-disabled,
  // ms-prompt-media); 2026-02: selector files of February–March 2026 (Run type="submit" with a
  // label, a spinner while running, ms-media-chip).
  layouts: ['2026-09', '2026-02'],
  // No source shows AI Studio in another language: German proves no English word is needed.
  languages: ['en', 'de'],
  // The default "Submit prompt key" is Ctrl/Cmd+Enter; Enter adds a line.
  sendKeys: 'ControlOrMeta+Enter',
};

type Label =
  | 'title'
  | 'zeroState'
  | 'promptLabel'
  | 'placeholder'
  | 'run'
  | 'stop'
  | 'addMedia'
  | 'remove'
  | 'tokens'
  | 'user'
  | 'model'
  | 'thoughts'
  | 'expandThoughts'
  | 'copy'
  | 'download'
  | 'good'
  | 'bad'
  | 'rerun';

const LABELS: Record<string, Labels<Label>> = {
  en: {
    title: 'Untitled prompt',
    zeroState: 'Start typing a prompt to chat with the model.',
    promptLabel: 'Enter a prompt',
    placeholder: 'Start typing a prompt',
    run: 'Run',
    stop: 'Stop',
    addMedia: 'Insert images, videos, audio, or files',
    remove: 'Remove {kind}',
    tokens: '{n} tokens',
    user: 'User',
    model: 'Model',
    thoughts: 'Thoughts',
    expandThoughts: 'Expand to view model thoughts',
    copy: 'Copy to clipboard',
    download: 'Download',
    good: 'Good response',
    bad: 'Bad response',
    rerun: 'Rerun this turn',
  },
  de: {
    title: 'Unbenannter Prompt',
    zeroState: 'Geben Sie einen Prompt ein, um mit dem Modell zu chatten.',
    promptLabel: 'Prompt eingeben',
    placeholder: 'Prompt eingeben',
    run: 'Ausführen',
    stop: 'Beenden',
    addMedia: 'Bilder, Videos, Audio oder Dateien einfügen',
    remove: '{kind} entfernen',
    tokens: '{n} Tokens',
    user: 'Nutzer',
    model: 'Modell',
    thoughts: 'Gedanken',
    expandThoughts: 'Maximieren, um die Gedanken des Modells zu sehen',
    copy: 'In die Zwischenablage kopieren',
    download: 'Herunterladen',
    good: 'Gute Antwort',
    bad: 'Schlechte Antwort',
    rerun: 'Diesen Turn noch einmal ausführen',
  },
};

const KINDS: Record<string, Record<string, string>> = {
  en: { image: 'image', video: 'video', audio: 'audio', document: 'document' },
  de: { image: 'Bild', video: 'Video', audio: 'Audio', document: 'Dokument' },
};

export const labels = (lang: string) => labelsFor(LABELS, lang);
export type AiStudioLabels = ReturnType<typeof labels>;

/** "Remove image" and the like, for a file's kind (image, video, audio, document). */
export const removeLabel = (lang: string, kind: string) =>
  labels(lang).remove.replace('{kind}', (KINDS[lang] ?? KINDS.en!)[kind] ?? kind);
