// ChatGPT's DOM, as data: the September 2026 redesign first, then the March–September 2026 layout
// some accounts kept during its staged rollout. Facts, sources and dates: e2e/sites/chatgpt/README.md.
import type { SelectorList, SiteSelectors, UploadSupport } from '../types';

/** The thread composer, not the edit-message form inside a user unit. */
const FORM = 'form[data-chatgpt-composer]:not([data-content-search-unit-key] *)';
/** A reply body; thinking summaries share its style attribute but carry a tone. */
const BODY = '[data-markdown-text-style="assistant-message"]:not([data-markdown-text-tone])';

export const selectors: SiteSelectors = {
  thread: [
    '[data-thread-find-target="conversation"]', // 2026-09: the conversation inside the timeline scroller
    'main', // 2026-03: the app's main column
  ],
  assistantMessage: [
    `[data-content-search-unit-key$=":assistant"] ${BODY}`, // 2026-09: the reply body inside the assistant unit
    `[data-chatgpt-search-unit-key$=":assistant"] ${BODY}`, // 2026-09, should the other unit key go
    '[data-message-author-role="assistant"]', // 2026-03: each assistant message element
  ],
  userMessage: [
    '[data-content-search-unit-key$=":user"]', // 2026-09: the inner user unit (the outer carries the other key)
    '[data-message-author-role="user"]', // 2026-03: each user message element
  ],
  reasoning: [
    '[data-markdown-text-tone="tertiary"]', // 2026-09: thinking and commentary summaries
    '[data-streaming-response-status]', // 2026-09: the thinking/tool status while it works
  ],
  codeBlock: [
    '[data-markdown-copy="code-block"]', // 2026-09: toolbar (language as text, Copy) + body
    'pre', // 2026-03: header (language, Copy) + <code class="language-…">
  ],
  // The CodeMirror viewer 2026-09 shows once a reply ends is read on its own (replies/code-text.ts).
  code: [
    'code', // 2026-09 while streaming (a bare <code>, no <pre>); 2026-03 (code.language-…)
  ],
  composer: [
    `${FORM} [data-composer-markdown][contenteditable="true"]`, // 2026-09: the ProseMirror editor, no id
    `${FORM} div.ProseMirror[contenteditable="true"]`, // 2026-09, if the markdown flag goes
    '#prompt-textarea[contenteditable="true"]', // 2026-03: the ProseMirror editor by its id
  ],
  sendButton: [
    `${FORM} button[type="submit"]`, // 2026-09: exists only while the composer holds text; label localized
    'button[data-testid="send-button"]', // 2026-03: the round send button
  ],
  // Present only while a reply is written. 2026-09's Stop has no id, test id or fixed label, and
  // shares its slot and classes with Voice: the reply's own streaming marks tell instead.
  stopButton: [
    '[data-markdown-text-style="assistant-message"][data-markdown-animated]', // 2026-09: the reply body while it streams
    '[data-streaming-response-status]', // 2026-09: thinking or working before the answer
    'button[data-testid="stop-button"]', // 2026-03: replaces the send button while a reply streams
  ],
};

/** The code block's toolbar text naming its language ("JSON", "Plain text" when none). */
export const languageLabel: SelectorList = [
  '[data-markdown-copy="exclude"] .truncate', // 2026-09: the label at the toolbar's left
];

/** How ChatGPT takes files with a message. */
export const uploads: UploadSupport = {
  input: [
    `${FORM} input[type="file"]:not([accept])`, // 2026-09: "Attach files", the one for any file (the others take media)
    'input#upload-files[type="file"]', // 2026-03: the "Add photos & files" input
  ],
  attachment: [
    `${FORM} [data-composer-attachments] [class~="group/composer-attachment"]`, // 2026-09: one tile per file or long paste
    'form[data-type="unified-composer"] [data-testid="composer-attachment"]', // 2026-03: one file tile
  ],
  // Images, documents and code/text files; audio files are not taken as chat attachments.
  accepts: ['image/*', 'text/*', 'application/json', 'application/pdf'],
};
