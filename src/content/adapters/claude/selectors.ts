// Claude's DOM (claude.ai), as data: the "hub" transcript rolled out from August to October 2026
// first, then the layout before it, still served on 2026-09-18. Facts, sources and dates:
// e2e/sites/claude/README.md.
import type { SiteSelectors, UploadSupport } from '../types';

/** Phosphor icons of the layout before the hub, whose buttons have no test id (path starts). */
const ARROW_UP = 'path[d^="M208.49,120.49"]';
const STOP_CIRCLE = 'path[d^="M128,20A108,108,0,1,0,236,128"]';

export const selectors: SiteSelectors = {
  // `main` first: a new chat has no transcript list yet, and the thread is chosen once per page.
  thread: [
    'main', // every layout: main.dframe-content (2026-08+) or plain <main>, thread and composer
    '[data-testid="transcript-list"]', // hub 2026-10: the conversation list, should <main> go
    'body', // whole page, should a redesign drop both; only replies inside it are read
  ],
  assistantMessage: [
    '[data-testid="assistant-message"]', // hub 2026-10: one per reply (data-turn-key, data-is-streaming)
    '[data-cds="AssistantMessage"]', // hub 2026-10, should the test id go
    'div[data-is-streaming]', // before the hub 2024–2026-09: wrapper of each reply
    'div.font-claude-response', // before the hub 2025–2026-09: the reply's content column
    'div.font-claude-message', // pre-2025 reply column
  ],
  userMessage: [
    '[data-testid="user-message"]', // every layout 2024–2026: the text of one message the user sent
    '[data-cds="UserMessage"]', // hub 2026-10: the whole user turn
  ],
  // Code in these is reasoning or a tool step, never the answer.
  reasoning: [
    '[data-cds="TurnStatus"]', // hub 2026-10: thinking (data-step-key="thinking-N") and tool rows
    '[data-find-omitted]', // hub 2026-10: reasoning streamed before its row settles (and sr-only headings)
    'div[data-is-streaming] .row-start-1', // before the hub 2026-02–09: extended thinking in the reply grid's first row
  ],
  codeBlock: [
    'div[role="group"]:has(pre.code-block__code)', // 2026 both layouts: the group around a highlighted block
    'div[role="group"][aria-label$="code"]:has(pre)', // 2026, English UI: a group labelled "<lang> code"
    'div.relative[class*="group/copy"]:has(pre)', // 2025: the same wrapper before it had a role
    'pre', // 2024, and hub blocks rendered outside the prose: the <pre> itself
  ],
  code: [
    'pre.code-block__code > code', // 2025–2026: highlighted code; its textContent is the raw code
    '.code-block__code code', // 2024: div.code-block__code > code
    'pre > code', // hub 2026-10 fallback: a bare block
  ],
  // Before hydration the page shows a server-rendered textarea instead (composerPending).
  composer: [
    '[data-testid="chat-input"][contenteditable="true"]', // every layout 2024–2026: the tiptap editor
    '[data-cds="ChatComposerEditor"] [contenteditable="true"]', // hub 2026-09+, should the test id go
    'div.ProseMirror[contenteditable="true"]', // same editor before it had a test id
  ],
  composerPending: [
    'textarea[data-testid="chat-input-ssr"]', // 2025-12–2026-10: the server-rendered stand-in, replaced on hydration
  ],
  sendButton: [
    'button[data-testid="chat-input-send"]', // hub 2026-09+: label localized
    `fieldset button:has(${ARROW_UP})`, // before the hub: the arrow-up button, no test id
    'button[aria-label="Send message" i]', // English UI, any layout ("Send Message" in 2024)
  ],
  // Present only while a reply is thought about or written; never Voice, which stays while idle.
  stopButton: [
    '[data-testid="chat-input-stop"]', // hub 2026-09+: takes the send button's place
    `button:has(${STOP_CIRCLE})`, // before the hub 2026-08: the stop-circle button, no test id
    '[data-is-streaming="true"]', // every layout 2024–2026: the reply while tokens arrive
    'button[aria-label="Stop response" i]', // English UI, any layout
  ],
};

/** How Claude takes files with a message. */
export const uploads: UploadSupport = {
  input: [
    'input[data-testid="file-upload"][type="file"]', // 2025–2026: the hidden upload input (#chat-input-file-upload-onpage)
    'fieldset input[type="file"]', // same input if the test id goes
  ],
  attachment: [
    '[data-testid="file-thumbnail"]', // 2025–2026: one attached file or long paste ("PASTED") above the prompt
  ],
  // Images, PDFs and text files; no audio.
  accepts: ['image/*', 'text/*', 'application/json', 'application/pdf'],
};
