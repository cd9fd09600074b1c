// The layouts and UI languages this fixture serves, its labels in each, and the hashed class names
// each layout renders (see README.md).
import { type FixtureForms, type Labels, labelsFor } from '../forms';

export const forms: FixtureForms = {
  // 2026-10: rows keyed by signed numbers (a live measurement of 2026-10-05, tab in front);
  // 2026-10-no-keys: the same page with rows that carry no key (a capture of 2026-10-04), from
  // another deploy, so every hashed class name differs too.
  layouts: ['2026-10', '2026-10-no-keys'],
  languages: ['en', 'zh-CN'],
};

type Label =
  | 'placeholder'
  | 'deepThink'
  | 'search'
  | 'copy'
  | 'download'
  | 'thinking'
  | 'thoughtFor'
  | 'bodyLocale';

const LABELS: Record<string, Labels<Label>> = {
  en: {
    placeholder: 'Message DeepSeek',
    deepThink: 'DeepThink',
    search: 'Search',
    copy: 'Copy',
    download: 'Download',
    thinking: 'Thinking…',
    thoughtFor: 'Thought for {n} seconds',
    bodyLocale: 'en_US',
  },
  'zh-CN': {
    placeholder: '给 DeepSeek 发送消息',
    deepThink: '深度思考',
    search: '智能搜索',
    copy: '复制',
    download: '下载',
    thinking: '思考中…',
    thoughtFor: '已思考（用时 {n} 秒）',
    bodyLocale: 'zh_CN',
  },
};

export const labels = (lang: string) => labelsFor(LABELS, lang);
export type DeepSeekLabels = ReturnType<typeof labels>;

/** The hashed class names a deploy gives the page's parts; no adapter selector may use them. */
export type Hashes = Record<
  | 'userRow'
  | 'assistantRow'
  | 'message'
  | 'userMessage'
  | 'bubble'
  | 'think'
  | 'thinkHeader'
  | 'actions'
  | 'language'
  | 'panelRow'
  | 'tray'
  | 'card',
  string
>;

const HASHES: Record<string, Hashes> = {
  '2026-10': {
    userRow: '_9663006',
    assistantRow: '_4f9bf79',
    message: '_63c77b1',
    userMessage: 'd29f3d7d',
    bubble: 'fbb737a4',
    think: '_74c0879',
    thinkHeader: '_5255ff8',
    actions: '_0a3d93b',
    language: 'd813de27',
    panelRow: '_3c1f9e2',
    tray: '_8f60047',
    card: '_2a41c3b',
  },
  '2026-10-no-keys': {
    userRow: '_e41d2f0',
    assistantRow: '_b7a0c12',
    message: '_5d93e81',
    userMessage: '_70ab3f4',
    bubble: 'c6e2d915',
    think: '_1f8b6a0',
    thinkHeader: '_a93e7d2',
    actions: '_c05b4e9',
    language: 'e2a7c0d4',
    panelRow: '_96d4a1b',
    tray: '_4be2f07',
    card: '_d1c8e53',
  },
};

export const hashesFor = (layout: string): Hashes => HASHES[layout] ?? HASHES['2026-10']!;
