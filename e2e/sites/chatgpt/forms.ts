// The layouts and UI languages this fixture serves, and its labels in each (see README.md).
import { type FixtureForms, type Labels, labelsFor } from '../forms';

export const forms: FixtureForms = {
  // 2026-09: the redesign (exchanges, units, CodeMirror viewers); 2026-03: the section layout
  // some accounts kept during the staged rollout.
  layouts: ['2026-09', '2026-03'],
  languages: ['en', 'fr'],
};

type Label =
  | 'ask'
  | 'send'
  | 'sendPrompt'
  | 'stop'
  | 'stopStreaming'
  | 'voice'
  | 'dictate'
  | 'addFiles'
  | 'attachFiles'
  | 'copy'
  | 'copyMessage'
  | 'editCode'
  | 'youSaid'
  | 'chatgptSaid'
  | 'thought'
  | 'thinking'
  | 'plainText'
  | 'pastedText'
  | 'remove';

const LABELS: Record<string, Labels<Label>> = {
  en: {
    ask: 'Ask ChatGPT',
    send: 'Send',
    sendPrompt: 'Send prompt',
    stop: 'Stop',
    stopStreaming: 'Stop streaming',
    voice: 'Start Voice',
    dictate: 'Dictate',
    addFiles: 'Add files and more',
    attachFiles: 'Attach files',
    copy: 'Copy',
    copyMessage: 'Copy message',
    editCode: 'Edit code',
    youSaid: 'You said:',
    chatgptSaid: 'ChatGPT said:',
    thought: 'Thought for 2s',
    thinking: 'Thinking',
    plainText: 'Plain text',
    pastedText: 'Pasted text',
    remove: 'Remove',
  },
  fr: {
    ask: 'Demander à ChatGPT',
    send: 'Envoyer',
    sendPrompt: 'Envoyer le prompt',
    stop: 'Arrêter',
    stopStreaming: 'Arrêter la diffusion',
    voice: 'Démarrer le mode vocal',
    dictate: 'Dicter',
    addFiles: 'Ajouter des fichiers et plus',
    attachFiles: 'Joindre des fichiers',
    copy: 'Copier',
    copyMessage: 'Copier le message',
    editCode: 'Modifier le code',
    youSaid: 'Vous avez dit :',
    chatgptSaid: 'ChatGPT a dit :',
    thought: 'Réflexion pendant 2 s',
    thinking: 'Réflexion',
    plainText: 'Texte brut',
    pastedText: 'Texte collé',
    remove: 'Retirer',
  },
};

export const labels = (lang: string) => labelsFor(LABELS, lang);
export type ChatGptLabels = ReturnType<typeof labels>;
