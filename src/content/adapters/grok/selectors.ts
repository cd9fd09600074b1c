// Grok's DOM as data, for both of its apps: grok.com (the 2026-07 redesign first, 2025's layout
// as fallbacks; fixture e2e/sites/grok) and Grok inside X at x.com/i/grok (observed 2026-08-27,
// its turns found by structure; fixture e2e/sites/grok-x). grok.com's variants come first; X's
// match nothing there. Labels on both are localized, so none is needed.
import type { SelectorList, SiteSelectors, UploadSupport } from '../types';

/** grok.com: one message's row, `div#response-<uuid>`, holding its bubble (then, once a reply has
 * ended, the reply's action row). */
const ROW = '[id^="response-"]';

/** X: the rows of the conversation. X marks no turn (no test id, no article), so they are found
 * by place: the children of the list inside the element right before the composer block (the
 * block that holds the message box, which on X is in no form, and the attach input). */
const X_COLUMN = 'main div:has(+ div textarea:not(form textarea)):has(+ div input[type="file"])';
const X_ROWS = `${X_COLUMN} > div > div`;

/** X: a finished reply's action row (Copy text, Share, Like, Dislike, Regenerate): a row of
 * buttons right inside the reply's row. */
const X_ACTIONS = '> div > button ~ button ~ button';

export const selectors: SiteSelectors = {
  thread: [
    'main [data-testid="chat-transcript-scroller"]', // grok.com 2026: the transcript of the redesign
    'main', // grok.com 2025: the conversation column; X: the main column holding Grok
  ],
  assistantMessage: [
    '[data-testid="assistant-message"]', // grok.com 2026: each reply bubble
    `${ROW}.items-start > .message-bubble`, // grok.com 2025: bubbles in left-aligned rows
    `${X_ROWS}:nth-child(even)`, // X: Grok's rows, every second one, after the user's
  ],
  userMessage: [
    '[data-testid="user-message"]', // grok.com 2026: each message the user sent
    `${ROW}.items-end > .message-bubble`, // grok.com 2025: bubbles in right-aligned rows
    `${X_ROWS}:nth-child(odd)`, // X: the user's rows, the first and every second one after
  ],
  reasoning: [
    '.thinking-container', // grok.com 2026: the bubble's first child, before the reply's markdown
    `${X_ROWS} button[aria-expanded] + div`, // X: the thoughts a reply's "Thoughts" toggle opens
  ],
  codeBlock: [
    '[data-testid="code-block"]', // grok.com 2026: a header (display name, Copy) and Shiki's <pre>
    '.response-content-markdown div.not-prose:not(.not-prose *):has(pre)', // grok.com 2025: the block without a test id; 2026: its wrapper
    '[data-testid="markdown-code-block"]', // X: a header (language, Copy) and the highlighter's <pre>
  ],
  code: [
    'pre code', // both apps: the highlighted code; its textContent is the raw code
    'code', // both apps: a bare <code>, should the <pre> go
  ],
  // Never a bare textarea on grok.com: its form keeps a hidden one beside the editor.
  composer: [
    'form[data-composer] div.tiptap.ProseMirror[contenteditable="true"]', // grok.com 2026: the Tiptap editor
    'div.tiptap.ProseMirror[contenteditable="true"]', // grok.com: the same editor outside the form
    'form[data-composer] [contenteditable="true"][role="textbox"]', // grok.com: the same if Tiptap's classes change
    'main textarea:not(form textarea)', // X: the React-controlled message box, any UI language
    'textarea[placeholder="Ask Grok (AI agent)"]', // X: the same box, English UI
  ],
  sendButton: [
    'button[data-testid="chat-submit"]', // grok.com 2026: exists only once the composer holds text
    'form[data-composer] button[type="submit"]', // grok.com: the same button without its test id
    'main button:has(> svg path[d^="M12 3.59l7.457 7.45"])', // X: the send button by X's up-arrow icon
    'main button[aria-label="Grok something"]', // X: the send button, English UI
  ],
  // Present only while a reply is thought about or written. grok.com's Stop has no test id and a
  // localized label, X's Cancel too: the newest reply without its action row tells instead.
  stopButton: [
    `${ROW} > [data-testid="assistant-message"]:last-child`, // grok.com 2026: a reply before its action row
    `${ROW}.items-start > .message-bubble:last-child`, // grok.com 2025: the same
    'button[aria-label="Stop model response"]', // grok.com: Stop, English UI
    `${X_ROWS}:nth-child(even):last-child:not(:has(${X_ACTIONS}))`, // X: the newest reply before its action row
    'main button[aria-label="Cancel"]', // X: Cancel in the send slot, English UI
  ],
};

/** Where grok.com's code block shows its language: Shiki drops the `language-*` class from <code>.
 * X names no element for it; its <code> keeps the class instead. */
export const codeLanguageLabel: SelectorList = [
  'span.font-mono.text-xs', // grok.com 2025–2026: the name at the left of the code block's header
];

/** How Grok takes files with a message, on either app. */
export const uploads: UploadSupport = {
  input: [
    'form[data-composer] input[type="file"][name="files"]', // grok.com 2026: the composer's hidden attach input
    'input[type="file"][name="files"]', // grok.com: the same input outside the form
    'main input[type="file"][multiple]', // X: the hidden input beside the composer's attach button
  ],
  attachment: [
    'form[data-composer] [data-testid="file-preview"]', // grok.com: one attached file (assumed test id)
    'main div:has(+ div > textarea:not(form textarea)) > div', // X: one preview in the row above the box
  ],
  // Images and documents; no audio. X's own list is not public: the same is assumed.
  accepts: ['image/*', 'text/*', 'application/json', 'application/pdf'],
};
