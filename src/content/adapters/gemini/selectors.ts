// Gemini's DOM, as data. Facts as of 2026-09; the fixture in e2e/sites/gemini follows the same.
import type { SelectorList, SiteSelectors, UploadSupport } from '../types';

export const selectors: SiteSelectors = {
  thread: [
    '#chat-history', // the conversation scroller (div.chat-history-scroll-container)
    'chat-window-content', // the Angular host of the conversation column
  ],
  assistantMessage: [
    'structured-content-container.model-response-text message-content', // 2026 reply body; skips <model-thoughts>
    'message-content.model-response-text', // 2025 UI: the reply body carries the class itself
    'model-response', // the whole assistant turn, if the body wrappers change
  ],
  userMessage: [
    'user-query', // each prompt the user sent
  ],
  codeBlock: [
    'code-block', // the Angular code-block component (header + <pre>)
    'div.code-block', // its inner wrapper, if the element name changes
  ],
  code: [
    'code[data-test-id="code-content"]', // the code; its textContent is the raw code
    'pre code', // same element if the test id goes
  ],
  composer: [
    'rich-textarea .ql-editor[contenteditable="true"]', // the Quill editor inside <rich-textarea>
    'div.ql-editor.new-input-ui[contenteditable="true"]', // same editor outside a rich-textarea
  ],
  sendButton: [
    'gem-icon-button.send-button.submit > button', // 2026 icon button; its host holds aria-disabled
    'button.send-button:not(.stop)', // 2025 Material icon button in .send-button-container
  ],
  stopButton: [
    'gem-icon-button.send-button.stop > button', // the send slot while a reply streams
    'button.send-button.stop', // 2025 Material icon button in the same state
  ],
};

/** The header text naming a code block's language ("JSON", "Python", or "Code snippet"). */
export const languageLabel: SelectorList = [
  '.code-block-decoration > span', // the first span of the code block's header
];

/** How Gemini takes files with a message. */
export const uploads: UploadSupport = {
  input: [
    'images-files-uploader input[type="file"]', // the "Upload files" uploader's input, in the "Upload & tools" menu
    'input-area-v2 input[type="file"]', // any file input of the prompt area
  ],
  // The uploader's input exists only while the "Upload & tools" menu is open.
  opener: [
    'input-area-v2 button[aria-label="Upload and tools"]', // the "+" menu button left of the prompt (2026)
    'input-area-v2 button[aria-haspopup="menu"]', // the same button, any UI language
  ],
  attachment: [
    'uploader-file-preview', // one attached file's preview above the prompt
  ],
  // Images, audio, documents and code files.
  accepts: ['image/*', 'audio/*', 'text/*', 'application/json', 'application/pdf'],
};
