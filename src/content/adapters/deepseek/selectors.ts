// DeepSeek's DOM, as data: the October 2026 page first, 2025 fallbacks after. Facts, sources and
// dates: e2e/sites/deepseek/README.md. Design-system `ds-*` classes and structure only: the short
// hashed classes change with every deploy.
import type { SelectorList, SiteSelectors, UploadSupport } from '../types';

// Send, stop and the thinking spinner are one round button with the same classes and no label;
// only what it holds differs.
const SEND_ICON = 'svg path[d^="M8.3125"]';
const STOP_ICON = 'svg path[d^="M2 4.88"]';
const SPINNER = 'svg[data-icon="spin"]';
const ROUND = 'div[role="button"].ds-button--circle';

export const selectors: SiteSelectors = {
  // Two `.ds-virtual-list`s on a chat page: the conversation, and a side panel at the right edge.
  thread: [
    '.ds-virtual-list:has(textarea)', // 2026-10: the conversation list holds the sticky composer; the panel does not
    '.ds-virtual-list.ds-virtual-list--printable', // 2026: the conversation list's modifier (the panel lacks it)
    '.ds-virtual-list:has(.ds-message)', // 2026-10 fallback: a list whose rows are messages, should both go
    '#root', // 2025–2026: the app root, on the welcome page before the first message
  ],
  assistantMessage: [
    '.ds-markdown.ds-assistant-message-main-content', // 2025–2026: the answer body, not the thinking block's markdown
    '.ds-message > .ds-markdown', // 2026-08: the answer is the message's own markdown child, should the class go
  ],
  userMessage: [
    '.ds-message:has(.ds-collapsible-text)', // 2025–2026: the user's bubble, its text in a collapsible block
    '.ds-message:not(:has(.ds-markdown))', // 2025–2026 fallback: a message without a markdown body is the user's
  ],
  reasoning: [
    '.ds-think-content', // 2026: the DeepThink reasoning, with its own .ds-markdown
  ],
  codeBlock: [
    '.md-code-block', // 2025–2026: banner (language, Copy, Download) + <pre>
  ],
  code: [
    '.md-code-block > pre', // 2025–2026: no <code>; the pre's line spans hold the raw code
    'pre', // 2025–2026 fallback: the same, should a wrapper come between
  ],
  composer: [
    'textarea[name="search"]', // 2026: the React-controlled message box, no id
    'textarea#chat-input', // 2025: the same box by its id
    'textarea[placeholder*="DeepSeek"]', // 2025–2026: "Message DeepSeek" / "给 DeepSeek 发送消息", if both go
  ],
  sendButton: [
    `${ROUND}:not(.ds-button--disabled):has(${SEND_ICON})`, // 2026: the round button's arrow, enabled
    `div[role="button"]:not(.ds-button--disabled):not([aria-disabled="true"]):has(${SEND_ICON})`, // 2025: hashed classes, aria-disabled
  ],
  // The round button while a reply is thought about (a spinner, not clickable) or written (a square).
  stopButton: [
    `${ROUND}:has(${STOP_ICON})`, // 2025–2026: the square while the answer streams
    `${ROUND}:has(.ds-loading ${SPINNER})`, // 2026-10: the spinner while the model thinks, before the first token
    `div[role="button"]:has(${STOP_ICON})`, // 2025: the square, hashed classes only
    `div[role="button"].ds-button--primary:has(${SPINNER})`, // 2026-10 fallback: the spinner, should --circle go
  ],
};

/** The banner text naming a code block's language ("json", "python"). */
export const languageLabel: SelectorList = [
  '.md-code-block-banner .d813de27', // 2025–2026: the label span at the banner's left (hashed)
  '.md-code-block-banner span:not([role="button"] span)', // 2025–2026 fallback: the first span outside the Copy/Download buttons
];

/** How DeepSeek takes files with a message. */
export const uploads: UploadSupport = {
  input: [
    'input[type="file"][multiple]', // 2026: the hidden input beside the paperclip button
  ],
  attachment: [
    'div:has(+ div > div > textarea) > div', // 2026-08: one card per file in the row right above the message box
  ],
  // Images (text is read from them) and documents; no audio.
  accepts: ['image/*', 'text/*', 'application/json', 'application/pdf'],
};
