// Perplexity's DOM, as data. Since 2026-08 the site serves two answer layouts at once, even within
// one thread: the answer inside its numbered `#markdown-content-N`, or beside that element left
// empty. Facts, sources and dates: e2e/sites/perplexity/README.md.
import type { SelectorList, SiteSelectors, UploadSupport } from '../types';

/** The numbered answer container of the layout before 2026-08 (an empty placeholder since). */
const NUMBERED = '[id^="markdown-content-"]';
/** Deep Research report prose, which nests an answer-like prose of its own. */
const REPORT = '.prose.max-w-none';

export const selectors: SiteSelectors = {
  thread: [
    '.max-w-threadContentWidth', // 2025: the thread column holding every query/answer block
    'main', // 2026: the app's main column, if the width utility is renamed
  ],
  // One variant for both layouts, so a thread mixing them lists its answers in document order.
  assistantMessage: [
    `${NUMBERED}:has(.prose), .prose.inline:not(${NUMBERED} *):not(${REPORT} *)`, // 2026-04 (answer in its container, in one or more sections) and 2026-08 (prose beside the empty container)
  ],
  userMessage: [
    '[class~="group/query"]', // 2025–2026: the query block (h1 for the first query, div after)
    '[class~="group/title"]', // 2026-07: the query heading, in one relay's notes
  ],
  // The "N steps" panel of a Pro or reasoning search; its content is not the answer.
  reasoning: [
    '[class~="group/goal"]', // 2026-01: one step of the panel
  ],
  codeBlock: [
    'pre:has(> .codeWrapper)', // 2025–2026: <pre.not-prose> around div.codeWrapper (copy, label, code)
    '.codeWrapper', // 2026-04: the same wrapper inside a div in one capture
    'pre', // any pre in an answer, if the wrapper class changes
  ],
  code: [
    '.codeWrapper code', // 2025–2026: the Prism-highlighted code; its textContent is the raw code
    'code', // same element outside the wrapper
  ],
  composer: [
    '#ask-input[contenteditable="true"]', // 2025-11 to 2026-09: the Lexical composer
    'div[contenteditable="true"][data-lexical-editor="true"][role="textbox"]', // same, if the id changes
  ],
  // Labels are localized (a Japanese send button, 2026-09): test ids first.
  sendButton: [
    'button[data-testid="submit-button"]', // 2025-11 to 2026-07: the composer's submit arrow
    'button[aria-label="Submit"]', // same button in an English UI
  ],
  stopButton: [
    'button[data-testid="stop-generating-response-button"]', // 2025-11 to 2026-07: replaces submit while an answer is written
    'button[aria-label^="Stop response"]', // same button in an English UI ("Stop response (Esc)")
  ],
};

/** The label naming a code block's language, outside the <code> ("json", "bash", "text"). */
export const languageLabel: SelectorList = [
  '[data-testid="code-language-indicator"]', // 2025–2026: the small tab at the code block's top left
];

/** How Perplexity takes files with a message. */
export const uploads: UploadSupport = {
  input: [
    'input[type="file"][data-testid="file-upload-input"]', // 2026: the composer's hidden attach input
    'input[type="file"][multiple]', // 2026-02: the same hidden input without its test id
  ],
  attachment: [
    '[data-testid="attachment-pill"]', // one attached file (or long paste) above the composer (assumed test id)
  ],
  // Images and documents; no audio.
  accepts: ['image/*', 'text/*', 'application/json', 'application/pdf'],
};
