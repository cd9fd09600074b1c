// Grok's DOM as data, for both of its apps: grok.com (facts as of 2026-10; fixture in
// e2e/sites/grok) and Grok inside X at x.com/i/grok (facts as of 2026-08, some assumed; fixture and
// sources in e2e/sites/grok-x). grok.com's variants come first; X matches none of them.
import type { SelectorList, SiteSelectors, UploadSupport } from '../types';

export const selectors: SiteSelectors = {
  thread: [
    'main [data-testid="chat-transcript-scroller"]', // grok.com: the transcript of the 2026 redesign
    'main', // grok.com's conversation column of older layouts; X: the main column holding Grok
  ],
  assistantMessage: [
    '[data-testid="assistant-message"]', // grok.com: each reply bubble (2026 redesign)
    '[id^="response-"].items-start .message-bubble', // grok.com 2025 layout: left-aligned turns
    'main [data-testid="grokAssistantTurn"]', // X: one Grok reply (assumed test id, see the fixture notes)
  ],
  userMessage: [
    '[data-testid="user-message"]', // grok.com: each message the user sent (2026 redesign)
    '[id^="response-"].items-end .message-bubble', // grok.com 2025 layout: right-aligned turns
    'main [data-testid="grokUserTurn"]', // X: one message the user sent (assumed test id)
  ],
  codeBlock: [
    '[data-testid="code-block"]', // grok.com: a header (language label, Copy) and Shiki's <pre>
    '.response-content-markdown pre', // grok.com: a plain markdown <pre> if the test id goes away
    '[data-testid="markdown-code-block"]', // X: a header (language, Copy) and the highlighter's <pre>
  ],
  code: [
    'pre code', // both apps: the highlighted code; its textContent is the raw code
    'code', // grok.com: the block itself is the <pre>
  ],
  composer: [
    'div.tiptap.ProseMirror[contenteditable="true"]', // grok.com: the Tiptap (ProseMirror) composer
    'form[data-composer] [contenteditable="true"]', // grok.com: same editor if Tiptap's class changes
    'textarea[placeholder="Ask Grok (AI agent)"]', // X: the React-controlled message box, English UI
    'main textarea', // X: same box in other UI languages (the placeholder is translated)
  ],
  sendButton: [
    'form[data-composer] button[type="submit"]', // grok.com: the round submit button, any UI language
    'button[type="submit"][aria-label="Submit"]', // grok.com: same button, English UI, outside the form
    'main button[aria-label="Grok something"]', // X: the send button, English UI
  ],
  stopButton: [
    'button[aria-label="Stop model response"]', // grok.com: replaces submit while a reply streams
    '[data-testid="chat-transcript-scroller"][aria-busy="true"]', // grok.com: the transcript while it streams
    'main button[aria-label="Cancel"]', // X: replaces send while a reply streams (dialogs live outside main)
  ],
};

/** Where grok.com's code block shows its language: Shiki drops the `language-*` class from <code>.
 * X names no element for it; its <code> keeps the class instead. */
export const codeLanguageLabel: SelectorList = [
  'span.font-mono.text-xs', // grok.com: the language name at the left of the code block's header
];

/** How Grok takes files with a message, on either app. */
export const uploads: UploadSupport = {
  input: [
    'form[data-composer] input[type="file"][name="files"]', // grok.com: the composer's hidden attach input
    'input[type="file"][name="files"]', // grok.com: same input outside the form
    'main input[type="file"][multiple]', // X: the hidden input beside the composer's attach button
  ],
  attachment: [
    'form[data-composer] [data-testid="file-preview"]', // grok.com: one attached file (assumed test id)
    'main [data-testid="grokAttachment"]', // X: one attached file above the box (assumed test id)
  ],
  // Images and documents; no audio. X's own list is not public: the same is assumed.
  accepts: ['image/*', 'text/*', 'application/json', 'application/pdf'],
};
