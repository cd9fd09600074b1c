// Grok's DOM (grok.com), as data. Facts as of 2026-10; the fixture in e2e/sites/grok follows the same.
import type { SelectorList, SiteSelectors, UploadSupport } from '../types';

export const selectors: SiteSelectors = {
  thread: [
    'main [data-testid="chat-transcript-scroller"]', // the transcript of the 2026 redesign
    'main', // the conversation column of older layouts
  ],
  assistantMessage: [
    '[data-testid="assistant-message"]', // each reply bubble (2026 redesign)
    '[id^="response-"].items-start .message-bubble', // 2025 layout: replies are left-aligned turns
  ],
  userMessage: [
    '[data-testid="user-message"]', // each message the user sent (2026 redesign)
    '[id^="response-"].items-end .message-bubble', // 2025 layout: user turns are right-aligned
  ],
  codeBlock: [
    '[data-testid="code-block"]', // the code block: a header (language label, Copy) and Shiki's <pre>
    '.response-content-markdown pre', // a plain markdown <pre> if the test id goes away
  ],
  code: [
    'pre code', // Shiki's highlighted code; its textContent is the raw code
    'code', // the block itself is the <pre>
  ],
  composer: [
    'div.tiptap.ProseMirror[contenteditable="true"]', // the Tiptap (ProseMirror) composer
    'form[data-composer] [contenteditable="true"]', // same editor if Tiptap's class changes
  ],
  sendButton: [
    'form[data-composer] button[type="submit"]', // the composer's round submit button, any UI language
    'button[type="submit"][aria-label="Submit"]', // same button, English UI, outside the form
  ],
  stopButton: [
    'button[aria-label="Stop model response"]', // replaces the submit button while a reply streams
    '[data-testid="chat-transcript-scroller"][aria-busy="true"]', // the transcript while it streams
  ],
};

/** Where a code block shows its language: Shiki drops the `language-*` class from <code>. */
export const codeLanguageLabel: SelectorList = [
  'span.font-mono.text-xs', // the language name at the left of the code block's header
];

/** How Grok takes files with a message. */
export const uploads: UploadSupport = {
  input: [
    'form[data-composer] input[type="file"][name="files"]', // the composer's hidden attach input
    'input[type="file"][name="files"]', // same input outside the form
  ],
  attachment: [
    'form[data-composer] [data-testid="file-preview"]', // one attached file above the prompt (assumed test id)
  ],
  // Images and documents; no audio.
  accepts: ['image/*', 'text/*', 'application/json', 'application/pdf'],
};
