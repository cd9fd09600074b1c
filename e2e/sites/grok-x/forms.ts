// The layouts and UI languages this fixture serves, and its labels in each (see README.md).
import { type FixtureForms, type Labels, labelsFor } from '../forms';

export const forms: FixtureForms = {
  // The page as observed on 2026-08-27; no other layout of Grok inside X is on record.
  layouts: ['2026-08'],
  languages: ['en', 'ru'],
};

type Label =
  | 'ask'
  | 'send'
  | 'cancel'
  | 'media'
  | 'voice'
  | 'chatHistory'
  | 'thoughts'
  | 'copyCode'
  | 'regenerate'
  | 'copyText'
  | 'share'
  | 'like'
  | 'dislike';

const LABELS: Record<string, Labels<Label>> = {
  en: {
    ask: 'Ask Grok (AI agent)',
    send: 'Grok something',
    cancel: 'Cancel',
    media: 'Media',
    voice: 'Voice mode',
    chatHistory: 'Chat history',
    thoughts: 'Thoughts',
    copyCode: 'Copy to clipboard',
    regenerate: 'Regenerate',
    copyText: 'Copy text',
    share: 'Share',
    like: 'Like',
    dislike: 'Dislike',
  },
  // "Спросить" for send as a test fixture of an X Grok client has it; the rest are ours.
  ru: {
    ask: 'Спросите Grok (ИИ-агент)',
    send: 'Спросить',
    cancel: 'Отмена',
    media: 'Медиафайлы',
    voice: 'Голосовой режим',
    chatHistory: 'История чатов',
    thoughts: 'Размышления',
    copyCode: 'Копировать в буфер обмена',
    regenerate: 'Сгенерировать заново',
    copyText: 'Копировать текст',
    share: 'Поделиться',
    like: 'Нравится',
    dislike: 'Не нравится',
  },
};

export const labels = (lang: string) => labelsFor(LABELS, lang);
export type GrokXLabels = ReturnType<typeof labels>;
