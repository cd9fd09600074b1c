// Le Chat's DOM (chat.mistral.ai), as data. Facts as of 2026; the fixture in e2e/sites/mistral
// follows the newest variant of each. Sources are listed in e2e/sites/mistral/README.md.
import type { SiteSelectors, UploadSupport } from '../types';

export const selectors: SiteSelectors = {
  thread: [
    'main', // the app's main element (main.h-dvh.w-dvw), holding the conversation and the composer
  ],
  assistantMessage: [
    '[data-message-author-role="assistant"]', // each reply's message element (2025–2026)
  ],
  userMessage: [
    '[data-message-author-role="user"]', // each message the user sent (2025–2026)
  ],
  codeBlock: [
    'pre', // a code block: a header (span.text-xs.capitalize label, Copy) and the <code>
  ],
  code: [
    'code', // the highlighted code inside the <pre>; its textContent is the raw code
  ],
  composer: [
    'form div.ProseMirror[contenteditable="true"]', // the ProseMirror composer (2025–2026)
    'div.Editor-indented.ProseMirror[contenteditable="true"]', // same editor outside a <form>
  ],
  sendButton: [
    'form button[aria-label="Send question"]', // the composer's submit button (2025–2026)
    'form button[type="submit"]', // same button if its label changes
  ],
  stopButton: [
    'button[aria-label="Stop generating"]', // replaces the send button while a reply streams
    'form button:has(rect[rx="2"])', // same button by its rounded-square stop icon
  ],
};

/** How Mistral takes files with a message. */
export const uploads: UploadSupport = {
  input: [
    'div[role="dialog"] input[type="file"]', // the input of the "Add files" popover (exists while it is open)
    'form input[type="file"][multiple]', // a hidden input in the composer form (assumed)
  ],
  // The popover's input exists only while the popover is open.
  opener: [
    'form button[data-testid="attach-file-button"]', // the composer's "+" button (assumed test id)
    'form button[aria-label="Add files"]', // the same button, English UI
  ],
  attachment: [
    'form [data-testid="attachment-card"]', // one attached file in the composer (assumed test id)
  ],
  // Images and documents; no audio.
  accepts: ['image/*', 'text/*', 'application/json', 'application/pdf'],
};
