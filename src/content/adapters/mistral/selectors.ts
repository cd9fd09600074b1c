// Le Chat's DOM (chat.mistral.ai), as data. The UI is localized (French captures, 2026-09), so
// buttons are found by type and icon first. Facts, sources and dates: e2e/sites/mistral/README.md.
import type { SelectorList, SiteSelectors, UploadSupport } from '../types';

/** The stop icon, a rounded square: shown in the composer form only while a reply is written. */
const STOP_ICON = 'rect[rx="2"]';

export const selectors: SiteSelectors = {
  thread: [
    'main', // 2025–2026: the app's main element (main.h-dvh.w-dvw), holding the conversation and the composer
  ],
  assistantMessage: [
    'div[data-message-author-role="assistant"]', // 2025–2026: each reply, holding its reasoning and answer parts
  ],
  userMessage: [
    'div[data-message-author-role="user"]', // 2025–2026: each message the user sent
  ],
  // A reply holds answer parts and reasoning parts, several of each possible; a reasoning part
  // stays in the page, collapsed, once its "Thought for Ns" toggle closes.
  reasoning: [
    '[data-message-part-type="reasoning"]', // 2026: a reasoning part of the reply
    '[data-review-comment-boundary="canvas"]', // 2026: a canvas card, a document beside the answer
  ],
  // Le Chat wraps a whole code block (label, buttons and the <pre> holding the code) in another
  // <pre>: the outer one is the block.
  codeBlock: [
    'pre:not(pre pre)', // 2025–2026: the outer <pre> of a block (a single <pre> in 2025 captures)
    '[data-testid="code-block"]', // undated exporter: a code block by its test id
  ],
  code: [
    'pre pre code', // 2026: the code inside the inner <pre>
    'code', // 2025: the code inside a single <pre>
  ],
  composer: [
    'form div.ProseMirror[contenteditable="true"]', // 2025–2026: the ProseMirror composer in its form
    'form div[contenteditable="true"]', // 2026: the composer, should the ProseMirror class go
  ],
  // Send exists only while the composer holds text (Voice takes its place when empty); while a
  // reply is written Stop, with its rounded-square icon, takes it.
  sendButton: [
    `form button[type="submit"]:not(:has(${STOP_ICON}))`, // 2025–2026: the form's submit button; label localized
    'form button[aria-label="Send question"]', // 2025: the same button in an English UI
  ],
  stopButton: [
    `form button:has(${STOP_ICON})`, // 2026-08: the button with the rounded-square stop icon
    'button[aria-label="Stop generating"]', // 2025: the same button in an English UI
  ],
};

/** The block header's label naming the language, outside the inner <pre>. */
export const languageLabel: SelectorList = [
  'span.text-xs', // 2025: the header label (span.text-xs.capitalize) beside Copy
];

/** How Mistral takes files with a message. */
export const uploads: UploadSupport = {
  input: [
    'div[role="dialog"] input[type="file"]', // 2025-11: the input of the "Add files" popover (exists while it is open)
    'input[name="file-upload"]', // 2025-07: the composer's file input by its name
  ],
  // The popover's input exists only while the popover is open.
  opener: [
    'form button[data-testid="attach-file-button"]', // 2025-07: the composer's "+" button
    'form button[aria-label="Add files"]', // 2025-11: the same button, English UI
  ],
  attachment: [
    'form [data-testid="attachment-card"]', // one attached file in the composer (assumed test id)
  ],
  // Images and documents; no audio.
  accepts: ['image/*', 'text/*', 'application/json', 'application/pdf'],
};
