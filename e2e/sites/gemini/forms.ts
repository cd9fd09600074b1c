// The layouts and UI languages this fixture serves, and its labels in each (see README.md).
import { type FixtureForms, type Labels, labelsFor } from '../forms';

export const forms: FixtureForms = {
  // 2026-09: Send only while the prompt holds text (a mic otherwise), a reply panel whose
  // aria-busy stays true; 2026-07: Send always there, disabled while empty, and the reply body
  // without the `model-response-text` class some pages lacked.
  layouts: ['2026-09', '2026-07'],
  languages: ['en', 'zh-CN'],
};

type Label =
  | 'prompt'
  | 'placeholder'
  | 'send'
  | 'stop'
  | 'mic'
  | 'uploadTools'
  | 'uploadToolsOld'
  | 'uploadMenu'
  | 'uploadFiles'
  | 'mode'
  | 'modeName'
  | 'copyCode'
  | 'downloadCode'
  | 'copyPrompt'
  | 'youSaid'
  | 'geminiSaid'
  | 'showThinking'
  | 'codeSnippet'
  | 'conversation'
  | 'close'
  | 'good'
  | 'bad'
  | 'copyResponse';

const LABELS: Record<string, Labels<Label>> = {
  en: {
    prompt: 'Enter a prompt for Gemini',
    placeholder: 'Ask Gemini',
    send: 'Send message',
    stop: 'Stop response',
    mic: 'Microphone',
    uploadTools: 'Upload & tools',
    uploadToolsOld: 'Upload and tools',
    uploadMenu: 'Upload file options',
    uploadFiles: 'Upload files',
    mode: 'Open mode picker',
    modeName: 'Fast',
    copyCode: 'Copy code',
    downloadCode: 'Download code',
    copyPrompt: 'Copy prompt',
    youSaid: 'You said',
    geminiSaid: 'Gemini said',
    showThinking: 'Show thinking',
    codeSnippet: 'Code snippet',
    conversation: 'Conversation with Gemini',
    close: 'close',
    good: 'Good response',
    bad: 'Bad response',
    copyResponse: 'Copy response',
  },
  'zh-CN': {
    prompt: '为 Gemini 输入提示',
    placeholder: '问问 Gemini',
    send: '发送',
    stop: '停止回答',
    mic: '麦克风',
    uploadTools: '上传和工具',
    uploadToolsOld: '上传和工具',
    uploadMenu: '上传文件选项',
    uploadFiles: '上传文件',
    mode: '打开模式选择器',
    modeName: '快速',
    copyCode: '复制代码',
    downloadCode: '下载代码',
    copyPrompt: '复制提示',
    youSaid: '你说',
    geminiSaid: 'Gemini 说',
    showThinking: '显示思路',
    codeSnippet: '代码段',
    conversation: '与 Gemini 的对话',
    close: '关闭',
    good: '很棒的回答',
    bad: '糟糕的回答',
    copyResponse: '复制回答',
  },
};

export const labels = (lang: string) => labelsFor(LABELS, lang);
export type GeminiLabels = ReturnType<typeof labels>;
