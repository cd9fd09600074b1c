// The layouts and UI languages this fixture serves, and its labels in each (see README.md).
import { type FixtureForms, type Labels, labelsFor } from '../forms';

export const forms: FixtureForms = {
  // 2026-07: the redesign (test ids on the transcript and bubbles, thinking in the bubble, code
  // blocks with a test id and a display name); 2025: bubbles told apart by their row's alignment,
  // code blocks without a test id and with the fence's own name.
  layouts: ['2026-07', '2025'],
  languages: ['en', 'tr'],
};

type Label =
  | 'ask'
  | 'submit'
  | 'stop'
  | 'voice'
  | 'attach'
  | 'model'
  | 'generating'
  | 'thinking'
  | 'thought'
  | 'copy'
  | 'regenerate'
  | 'like'
  | 'dislike'
  | 'remove';

const LABELS: Record<string, Labels<Label>> = {
  en: {
    ask: 'Ask Grok anything',
    submit: 'Submit',
    stop: 'Stop model response',
    voice: 'Enter voice mode',
    attach: 'Attach',
    model: 'Model select',
    generating: 'Generating…',
    thinking: 'Thinking about your request',
    thought: 'Thought for',
    copy: 'Copy',
    regenerate: 'Regenerate',
    like: 'Like',
    dislike: 'Dislike',
    remove: 'Remove',
  },
  // Submit, Stop and voice as a Turkish Grok configuration lists them (see README.md).
  tr: {
    ask: 'Grok’a her şeyi sor',
    submit: 'Gönder',
    stop: 'Model yanıtını durdur',
    voice: 'Ses moduna gir',
    attach: 'Ekle',
    model: 'Model seç',
    generating: 'Oluşturuluyor…',
    thinking: 'İsteğin üzerinde düşünülüyor',
    thought: 'Düşünme süresi',
    copy: 'Kopyala',
    regenerate: 'Yeniden oluştur',
    like: 'Beğen',
    dislike: 'Beğenme',
    remove: 'Kaldır',
  },
};

export const labels = (lang: string) => labelsFor(LABELS, lang);
export type GrokLabels = ReturnType<typeof labels>;
