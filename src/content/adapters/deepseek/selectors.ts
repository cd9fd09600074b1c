// DeepSeek's DOM, as data. Facts as of 2026-02 to 2026-10; the fixture in e2e/sites/deepseek follows
// the same. Semantic `ds-*` classes first: the short hashed classes change with every deploy.
import type { SelectorList, SiteSelectors, UploadSupport } from '../types';

// Send and stop are one button with the same classes and no label; only its icon differs.
const SEND_ICON = 'svg path[d^="M8.3125"]';
const STOP_ICON = 'svg path[d^="M2 4.88"]';

export const selectors: SiteSelectors = {
  thread: [
    '.ds-virtual-list', // the conversation's scrolling message list (absent on the welcome page)
    '#root', // the app root, on the welcome page before the first message
  ],
  assistantMessage: [
    '.ds-markdown.ds-assistant-message-main-content', // the reply body, not the thinking block's markdown
    '.ds-message > .ds-markdown', // 2025 UI: the reply body is the message's own markdown child
  ],
  userMessage: [
    '.ds-message:has(.ds-collapsible-text)', // the user's bubble, its text in a collapsible block
    '.ds-message:not(:has(.ds-markdown))', // any message without a markdown body is the user's
  ],
  codeBlock: [
    '.md-code-block', // banner (language, Copy, Download) + <pre>
  ],
  code: [
    'pre', // DeepSeek has no <code>: the pre's line spans hold the raw code
  ],
  composer: [
    'textarea#chat-input', // the React-controlled message box
    'textarea[placeholder*="DeepSeek"]', // same box if the id goes ("Message DeepSeek")
  ],
  sendButton: [
    `div[role="button"].ds-button--primary:has(${SEND_ICON})`, // 2026 round send button (arrow icon)
    `div[role="button"]:has(${SEND_ICON})`, // 2025 send button, classes only hashed
  ],
  stopButton: [
    `div[role="button"].ds-button--primary:has(${STOP_ICON})`, // the same button while a reply streams
    `div[role="button"]:has(${STOP_ICON})`, // same, if the semantic classes go
  ],
};

/** The banner text naming a code block's language ("json", "python"). */
export const languageLabel: SelectorList = [
  '.md-code-block-banner .d813de27', // the label span at the banner's left (2025–2026 hash)
  '.md-code-block-banner span:not([role="button"] span)', // first span outside the Copy/Download buttons
];

/** How DeepSeek takes files with a message. */
export const uploads: UploadSupport = {
  input: [
    'input[type="file"][multiple]', // the page's one hidden upload input, beside the message box
  ],
  attachment: [
    'div[data-file-name]', // one attached file above the message box (assumed attribute)
  ],
  // Images (text is read from them) and documents; no audio.
  accepts: ['image/*', 'text/*', 'application/json', 'application/pdf'],
};
