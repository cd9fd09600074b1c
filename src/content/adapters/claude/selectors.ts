// Claude's DOM (claude.ai), as data. Facts as of 2026-09; the fixture in e2e/sites/claude follows
// the newest variant of each. Sources are listed in e2e/sites/claude/README.md.
import type { SiteSelectors, UploadSupport } from '../types';

export const selectors: SiteSelectors = {
  thread: [
    'main', // the app's main column, holding the conversation and the composer
    'body', // whole page, should a redesign drop <main>; only replies inside it are read
  ],
  assistantMessage: [
    'div[data-is-streaming]', // wrapper of each reply; "true" while it streams (2024–2026)
    'div.font-claude-response', // the reply's content column, one per reply (2025–2026)
    'div.font-claude-message', // pre-2025 reply column
  ],
  userMessage: [
    '[data-testid="user-message"]', // each message the user sent (2024–2026)
  ],
  codeBlock: [
    'div[role="group"][aria-label$="code"]:has(pre)', // 2026: a group labelled "<lang> code"
    'div.relative[class*="group/copy"]:has(pre)', // 2025: the same wrapper before it had a role
    'pre', // 2024: the <pre> itself held the label, the Copy button and the code
  ],
  code: [
    'pre.code-block__code > code', // 2025–2026: highlighted code; its textContent is the raw code
    '.code-block__code code', // 2024: div.code-block__code > code
  ],
  composer: [
    'div[data-testid="chat-input"][contenteditable="true"]', // the tiptap/ProseMirror composer
    'div.ProseMirror[contenteditable="true"]', // same editor before it had a test id
  ],
  sendButton: [
    'button[aria-label="Send message" i]', // the composer's send button ("Send Message" in 2024)
  ],
  stopButton: [
    'button[aria-label="Stop response" i]', // replaces the send button while a reply streams
  ],
};

/** How Claude takes files with a message. */
export const uploads: UploadSupport = {
  input: [
    'input[data-testid="file-upload"][type="file"]', // the composer's hidden upload input (#chat-input-file-upload-onpage)
    'fieldset input[type="file"]', // same input if the test id goes
  ],
  attachment: [
    '[data-testid="file-thumbnail"]', // one attached file's thumbnail in the composer, its name in an <h3>
  ],
  // Images, PDFs and text files; no audio.
  accepts: ['image/*', 'text/*', 'application/json', 'application/pdf'],
};
