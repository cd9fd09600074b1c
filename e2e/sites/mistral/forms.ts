// The layouts and UI languages this fixture serves, and its labels in each (see README.md).
import { type FixtureForms, type Labels, labelsFor } from '../forms';

export const forms: FixtureForms = {
  // 2026-09: replies split into reasoning and answer parts, code in a <pre> inside a <pre>, Send
  // only while the composer holds text.
  layouts: ['2026-09'],
  // Public captures of the live site in 2026 are French.
  languages: ['en', 'fr'],
};

type Label =
  | 'ask'
  | 'send'
  | 'stop'
  | 'voice'
  | 'addFiles'
  | 'tools'
  | 'mode'
  | 'removeFile'
  | 'copy'
  | 'thinking'
  | 'thought'
  | 'like'
  | 'dislike'
  | 'rewrite'
  | 'share'
  | 'readAloud'
  | 'actions';

const LABELS: Record<string, Labels<Label>> = {
  en: {
    ask: 'Ask Le Chat anything',
    send: 'Send question',
    stop: 'Stop generating',
    voice: 'Voice Mode',
    addFiles: 'Add files',
    tools: 'Tools',
    mode: 'Fast',
    removeFile: 'Remove file',
    copy: 'Copy to clipboard',
    thinking: 'Thinking…',
    thought: 'Thought for 2s',
    like: 'Like',
    dislike: 'Dislike',
    rewrite: 'Rewrite',
    share: 'Share',
    readAloud: 'Read aloud',
    actions: 'Message actions',
  },
  fr: {
    ask: 'Demandez à Le Chat',
    send: 'Envoyer la question',
    stop: 'Arrêter la génération',
    voice: 'Mode vocal',
    addFiles: 'Ajouter des fichiers',
    tools: 'Outils',
    mode: 'Rapide',
    removeFile: 'Retirer le fichier',
    copy: 'Copier dans le presse-papiers',
    thinking: 'Réflexion…',
    thought: 'Réfléchi pendant 2 s',
    like: 'J’aime',
    dislike: 'Je n’aime pas',
    rewrite: 'Régénérer',
    share: 'Partager',
    readAloud: 'Lire à voix haute',
    actions: 'Actions du message',
  },
};

export const labels = (lang: string) => labelsFor(LABELS, lang);
export type MistralLabels = ReturnType<typeof labels>;
