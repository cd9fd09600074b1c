// The layouts and UI languages this fixture serves, and its labels in each (see README.md).
import { type FixtureForms, type Labels, labelsFor } from '../forms';

export const forms: FixtureForms = {
  // 2026-10: the "hub" transcript (test ids on Send/Stop, data-cds parts, virtualized rows);
  // 2026-09: the layout before it (font-claude-response replies), still seen on 2026-09-18.
  layouts: ['2026-10', '2026-09'],
  // Japanese: two of its labels are known from captures ("メッセージを送信", "Claudeが返答しました").
  languages: ['en', 'ja'],
};

type Label =
  | 'newChat'
  | 'reply'
  | 'prompt'
  | 'send'
  | 'stop'
  | 'voice'
  | 'addFiles'
  | 'uploadFiles'
  | 'copy'
  | 'copyCode'
  | 'code'
  | 'retry'
  | 'messageActions'
  | 'youSaid'
  | 'claudeResponded'
  | 'chatMessages'
  | 'message'
  | 'thinking'
  | 'thought'
  | 'thoughtProcess'
  | 'pasted'
  | 'remove';

const LABELS: Record<string, Labels<Label>> = {
  en: {
    newChat: 'How can I help you today?',
    reply: 'Reply to Claude…',
    prompt: 'Write your prompt to Claude',
    send: 'Send message',
    stop: 'Stop response',
    voice: 'Use voice mode',
    addFiles: 'Add files, connectors, and more',
    uploadFiles: 'Upload files',
    copy: 'Copy',
    copyCode: 'Copy to clipboard',
    code: 'code',
    retry: 'Retry',
    messageActions: 'Message actions',
    youSaid: 'You said:',
    claudeResponded: 'Claude responded:',
    chatMessages: 'Chat messages',
    message: 'Message',
    thinking: 'Thinking',
    thought: 'Thought for 2s',
    thoughtProcess: 'Thought process',
    pasted: 'PASTED',
    remove: 'Remove',
  },
  ja: {
    newChat: '今日はどのようなお手伝いができますか？',
    reply: 'Claudeに返信…',
    prompt: 'Claudeへのプロンプトを入力',
    send: 'メッセージを送信',
    stop: '応答を停止',
    voice: '音声モードを使用',
    addFiles: 'ファイル、コネクタなどを追加',
    uploadFiles: 'ファイルをアップロード',
    copy: 'コピー',
    copyCode: 'クリップボードにコピー',
    code: 'コード',
    retry: '再試行',
    messageActions: 'メッセージのアクション',
    youSaid: 'あなたの発言:',
    claudeResponded: 'Claudeが返答しました:',
    chatMessages: 'チャットメッセージ',
    message: 'メッセージ',
    thinking: '思考中',
    thought: '2秒間思考しました',
    thoughtProcess: '思考プロセス',
    pasted: '貼り付け',
    remove: '削除',
  },
};

export const labels = (lang: string) => labelsFor(LABELS, lang);
export type ClaudeLabels = ReturnType<typeof labels>;
