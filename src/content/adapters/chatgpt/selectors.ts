// ChatGPT's DOM, as data. Facts as of 2026-11; the fixture in e2e/sites/chatgpt follows the same.
import type { SiteSelectors, UploadSupport } from '../types';

export const selectors: SiteSelectors = {
  thread: [
    'main', // the conversation column of the web app
  ],
  assistantMessage: [
    '[data-message-author-role="assistant"]', // each assistant turn's message element
  ],
  userMessage: [
    '[data-message-author-role="user"]', // each user turn's message element
  ],
  codeBlock: [
    'pre', // code blocks render as <pre> holding a header (language, Copy) and the <code>
  ],
  code: [
    'code', // the highlighted code; its textContent is the raw code
  ],
  composer: [
    '#prompt-textarea[contenteditable="true"]', // the ProseMirror composer
    'div.ProseMirror[contenteditable="true"]', // same editor if the id changes
  ],
  sendButton: [
    'button[data-testid="send-button"]', // the round send button of the composer
    '#composer-submit-button', // same button if the test id changes
  ],
  stopButton: [
    'button[data-testid="stop-button"]', // replaces the send button while a reply streams
  ],
};

/** How ChatGPT takes files with a message. */
export const uploads: UploadSupport = {
  input: [
    'form[data-type="unified-composer"] input[type="file"][multiple]', // the composer's hidden "Add photos & files" input
    'input#upload-files[type="file"]', // the same input by its id (2025)
  ],
  attachment: [
    'form[data-type="unified-composer"] [data-testid="composer-attachment"]', // one file tile above the prompt (assumed test id)
    'form[data-type="unified-composer"] [aria-label^="Remove file"]', // each tile's remove button, one per file
  ],
  // Images, documents and code/text files; audio files are not taken as chat attachments.
  accepts: ['image/*', 'text/*', 'application/json', 'application/pdf'],
};
