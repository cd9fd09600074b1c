// Perplexity's DOM, as data. Facts as of 2025-11 to 2026-07; the fixture in e2e/sites/perplexity
// follows the same. Test ids come first: aria-labels are localized ("复制代码" for "Copy code").
import type { SelectorList, SiteSelectors, UploadSupport } from '../types';

export const selectors: SiteSelectors = {
  thread: [
    '.max-w-threadContentWidth', // the thread column holding every query/answer block
    'main', // the app's main column, if the width utility is renamed
  ],
  assistantMessage: [
    '[id^="markdown-content-"]', // each answer's markdown container, numbered from 0 down the thread
    '.prose.text-pretty', // the answer's prose body, if the numbered ids go
  ],
  userMessage: [
    '.group\\/query', // the query block above each answer
    '.group\\/title', // the query heading itself (2026 UI)
  ],
  codeBlock: [
    'pre:has(> .codeWrapper)', // a code block: <pre> around div.codeWrapper (copy button, label, code)
    'pre', // any pre in an answer, if the wrapper class changes
  ],
  code: [
    '.codeWrapper code', // the Prism-highlighted code; its textContent is the raw code
    'code', // same element outside the wrapper
  ],
  composer: [
    '#ask-input[contenteditable="true"][data-lexical-editor="true"]', // the Lexical composer
    'div[contenteditable="true"][data-lexical-editor="true"][role="textbox"]', // same, if the id changes
  ],
  sendButton: [
    'button[data-testid="submit-button"]', // the composer's submit arrow
    'button[aria-label="Submit"]', // same button in an English UI, if the test id goes
  ],
  stopButton: [
    'button[data-testid="stop-generating-response-button"]', // replaces submit while an answer streams
    'button[aria-label^="Stop response"]', // same button in an English UI ("Stop response (Esc)")
  ],
};

/** The label naming a code block's language, outside the <code> ("json", "bash", "text"). */
export const languageLabel: SelectorList = [
  '[data-testid="code-language-indicator"]', // the small tab at the code block's top left
];

/** How Perplexity takes files with a message. */
export const uploads: UploadSupport = {
  input: [
    'input[type="file"][data-testid="file-upload-input"]', // the composer's hidden attach input
    'div:has(> #ask-input) ~ * input[type="file"], form input[type="file"]', // any file input by the composer
  ],
  attachment: [
    '[data-testid="attachment-pill"]', // one attached file under the composer (assumed test id)
  ],
  // Images and documents; no audio.
  accepts: ['image/*', 'text/*', 'application/json', 'application/pdf'],
};
