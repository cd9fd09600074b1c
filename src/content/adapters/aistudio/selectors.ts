// Google AI Studio's DOM, as data. Facts as of 2026-06; the fixture in e2e/sites/aistudio follows the same.
import type { SiteSelectors, UploadSupport } from '../types';

export const selectors: SiteSelectors = {
  thread: [
    'ms-autoscroll-container', // the scrolling chat history of a prompt
    '.chat-session-content', // its parent in ms-chat-session, if the scroller is renamed
  ],
  assistantMessage: [
    'ms-chat-turn .chat-turn-container.model', // each model turn's body
    'ms-chat-turn[data-turn-role="Model"]', // the same turn by its role attribute
  ],
  userMessage: [
    'ms-chat-turn .chat-turn-container.user', // each user turn's body
    'ms-chat-turn[data-turn-role="User"]', // the same turn by its role attribute
  ],
  codeBlock: [
    'ms-code-block:not(ms-thought-chunk *)', // a code block of the reply, not of the model's thoughts
  ],
  code: [
    '.mat-expansion-panel-body pre code', // the code inside the block's expansion panel
    'pre code', // the same element if the panel markup changes
  ],
  composer: [
    'ms-prompt-box textarea', // the prompt box's Angular-bound textarea (ms-autosize-textarea)
    'ms-prompt-input-wrapper ms-autosize-textarea textarea', // 2025 prompt input wrapper
  ],
  sendButton: [
    'ms-prompt-box ms-run-button button:not(.stoppable)', // the prompt box's Run button; turns have their own
    'footer ms-run-button button[type="submit"]', // 2025 footer layout
  ],
  stopButton: [
    'ms-prompt-box ms-run-button button.stoppable', // the Run button while a reply streams
    'ms-prompt-box ms-run-button button:has(.spin)', // same state shown only by its spinner
  ],
};

/** How AI Studio takes files with a message. */
export const uploads: UploadSupport = {
  input: [
    'ms-add-media-button input[type="file"]', // 2026: the hidden input of the "Insert images, videos, audio, or files" button
    'ms-prompt-box input[type="file"]', // any file input of the prompt box
    'ms-add-chunk-menu input[type="file"]', // the 2025 insert-assets menu's input
  ],
  attachment: [
    'ms-prompt-box ms-prompt-media', // 2026: one attached file in the prompt box, with its token count
    'ms-prompt-box ms-prompt-chunk', // a chunk in the prompt box, should files show as chunks (assumed)
  ],
  // Images, audio, video, documents and text.
  accepts: ['image/*', 'audio/*', 'video/*', 'text/*', 'application/json', 'application/pdf'],
};
