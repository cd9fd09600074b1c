// Gemini's DOM, as data: the pages of 2026-07 to 2026-09 first, 2025's as fallbacks. Labels are
// localized, so every list finds its element by Angular elements, classes and test ids; facts,
// sources and dates: e2e/sites/gemini/README.md.
import type { SelectorList, SiteSelectors, UploadSupport } from '../types';

/** The send slot: one gem-icon-button whose classes say send or stop (2026-05 onwards). */
const SLOT = '[data-test-id="send-button-container"]';

export const selectors: SiteSelectors = {
  thread: [
    '#chat-history', // 2025–2026: the conversation scroller (div.chat-history-scroll-container)
    'infinite-scroller[data-test-id="chat-history-container"]', // 2026: the list inside it
    'chat-window-content', // 2025–2026: the Angular host of the conversation column
  ],
  assistantMessage: [
    'structured-content-container.model-response-text message-content', // 2026-08/09: the reply body, not the thoughts
    'model-response message-content:not(model-thoughts message-content)', // 2026-07: pages whose body lacks that class
    'message-content.model-response-text', // 2025: the body carries the class itself
    'model-response', // 2025–2026: the whole turn, if the body's wrappers change
  ],
  userMessage: [
    'user-query', // 2025–2026: each prompt the user sent
  ],
  // Thinking sits in the turn before the answer, with a message-content of its own.
  reasoning: [
    'model-thoughts', // 2025–2026: the thinking section (data-test-id="model-thoughts")
    '[data-test-id="thoughts-content"]', // 2025–2026: its content, should the element be renamed
    'model-response > div.thoughts', // 2026: the thinking as one capture models it
  ],
  codeBlock: [
    'code-block', // 2025–2026: the Angular code-block component (header + <pre>)
    'div.code-block', // 2025–2026: its inner wrapper, if the element name changes
  ],
  code: [
    'code[data-test-id="code-content"]', // 2025–2026: the code; its textContent is the raw code
    'pre code', // 2025–2026: the same element if the test id goes
  ],
  composer: [
    'rich-textarea .ql-editor[contenteditable="true"]', // 2025–2026: the Quill editor inside <rich-textarea>
    'input-area-v2 [contenteditable="true"][role="textbox"]', // 2026: the same editor, should Quill's class go
    'div.ql-editor.new-input-ui[contenteditable="true"]', // 2025: the same editor outside a rich-textarea
  ],
  // 2026-09: exists only while the prompt holds text (a mic shows instead); 2026-07: always, with
  // aria-disabled while empty. The labels ("Send message", "发送") are never read.
  sendButton: [
    `${SLOT} gem-icon-button.send-button.submit:not([aria-disabled="true"]) > button`, // 2026: the enabled send icon button
    'gem-icon-button.send-button.submit > button', // 2026: the same without its slot's test id
    'button.send-button:not(.stop)', // 2025: the Material icon button in .send-button-container
  ],
  // Present only while a reply is thought about or written. Not the reply panel's aria-busy: it
  // has been seen to stay "true" after the reply ended.
  stopButton: [
    `${SLOT} gem-icon-button.send-button.stop > button`, // 2026: the send slot while a reply streams
    'gem-icon-button.send-button.stop > button', // 2026: the same without its slot's test id
    'pending-response thinking-dots-animation', // 2026: the dots before the reply's first token
    'button.send-button.stop', // 2025: the Material icon button in the same state
  ],
};

/** The header text naming a code block's language ("JSON", "Python", or "Code snippet"). */
export const languageLabel: SelectorList = [
  '.code-block-decoration > span', // 2025–2026: the first span of the code block's header
];

/** How Gemini takes files with a message. */
export const uploads: UploadSupport = {
  input: [
    'images-files-uploader input[type="file"]', // 2026: the "Upload files" uploader's input, in the upload menu
    'input-area-v2 input[type="file"]', // 2026: any file input of the prompt area
  ],
  // The uploader's input exists only while the upload menu is open.
  opener: [
    'input-area-v2 button[aria-label="Upload & tools"]', // 2026-09: the "+" menu button, English UI
    'input-area-v2 button[aria-label="Upload and tools"]', // 2026-07: the same button, English UI
    'input-area-v2 button[aria-haspopup="menu"]:not([data-test-id="bard-mode-menu-button"])', // 2026: the same, any UI language (not the mode picker)
  ],
  attachment: [
    'uploader-file-preview', // 2026: one attached file's preview above the prompt
  ],
  // Images, audio, documents and code files.
  accepts: ['image/*', 'audio/*', 'text/*', 'application/json', 'application/pdf'],
};
