// The layouts and UI languages this fixture serves, and its labels in each (see README.md).
import { type FixtureForms, type Labels, labelsFor } from '../forms';

export const forms: FixtureForms = {
  // 2026-08: the answer beside an empty `#markdown-content-N`; 2026-04: the answer inside it, in
  // sections; mixed: both in one thread, answers alternating (first 2026-08), as the rollout
  // serves them.
  layouts: ['2026-08', '2026-04', 'mixed'],
  // A Japanese-labelled send button was seen on the live site (2026-09-09).
  languages: ['en', 'ja'],
};

type Label =
  | 'ask'
  | 'submit'
  | 'stop'
  | 'attach'
  | 'cancelUpload'
  | 'pastedText'
  | 'copyCode'
  | 'copyQuery'
  | 'editQuery'
  | 'share'
  | 'copy'
  | 'rewrite'
  | 'working'
  | 'stepsDone';

const LABELS: Record<string, Labels<Label>> = {
  en: {
    ask: 'Ask anything or @mention a Space',
    submit: 'Submit',
    stop: 'Stop response (Esc)',
    attach: 'Add files or tools',
    cancelUpload: 'Cancel upload',
    pastedText: 'Pasted text',
    copyCode: 'Copy code',
    copyQuery: 'Copy Query',
    editQuery: 'Edit Query',
    share: 'Share',
    copy: 'Copy',
    rewrite: 'Rewrite',
    working: 'Working…',
    stepsDone: '1 step completed',
  },
  ja: {
    ask: '何でも質問、または @ でスペースをメンション',
    submit: '送信',
    stop: '回答を停止 (Esc)',
    attach: 'ファイルまたはツールを追加',
    cancelUpload: 'アップロードをキャンセル',
    pastedText: '貼り付けたテキスト',
    copyCode: 'コードをコピー',
    copyQuery: 'クエリをコピー',
    editQuery: 'クエリを編集',
    share: '共有',
    copy: 'コピー',
    rewrite: '書き直す',
    working: '作業中…',
    stepsDone: '1 ステップ完了',
  },
};

export const labels = (lang: string) => labelsFor(LABELS, lang);
export type PerplexityLabels = ReturnType<typeof labels>;
