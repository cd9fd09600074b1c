// Google AI Studio's DOM, as data: the September 2026 page first, then what February–March 2026
// sources read. Facts, sources and dates: e2e/sites/aistudio/README.md. Angular element names and
// structure first: the English labels are extras.
import type { SelectorList, SiteSelectors, UploadSupport } from '../types';

/** The prompt box's Run button; every chat turn has a re-run button of its own. */
const RUN = 'ms-prompt-box ms-run-button button';
/** Run while it is not Stop: sources mark running by a class, a spinner or a stop glyph. */
const IDLE = ':not(.stoppable):not(:has(.stoppable-spinner, .stoppable-stop))';

export const selectors: SiteSelectors = {
  thread: [
    'ms-autoscroll-container', // 2025–2026: the scrolling chat history of a prompt
    '.chat-session-content', // 2025–2026: its parent in ms-chat-session, if the scroller is renamed
  ],
  // `data-turn-role` sits on a div inside ms-chat-turn, never on the host.
  assistantMessage: [
    'ms-chat-turn [data-turn-role="Model"]', // 2026-02–09: the model turn's role div
    'ms-chat-turn .chat-turn-container.model', // 2025–2026: the model turn's container
  ],
  userMessage: [
    'ms-chat-turn [data-turn-role="User"]', // 2026-02–09: a user turn's role div (an upload is a turn of its own)
    'ms-chat-turn .chat-turn-container.user', // 2025–2026: the user turn's container
  ],
  reasoning: [
    'ms-thought-chunk', // 2025–2026: the model's thoughts, an expansion panel before the answer
    'ms-thought-accordion', // 2026-03: another wrapper for the same
  ],
  codeBlock: [
    'ms-code-block', // 2025–2026: an expansion panel, the language in data-test-language
  ],
  code: [
    '.mat-expansion-panel-body pre code', // 2026: the code inside the block's expansion panel
    'pre code', // 2025–2026 fallback: the same element if the panel markup changes
  ],
  composer: [
    'ms-prompt-box textarea', // 2025–2026: the prompt box's Angular-bound textarea (ms-autosize-textarea)
    'ms-prompt-input-wrapper ms-autosize-textarea textarea', // 2025: the prompt input wrapper
    'textarea[aria-label="Enter a prompt"]', // 2026-09: its English label
  ],
  // Run takes the prompt whatever key the user set to submit (Ctrl+Enter by default, or Enter).
  sendButton: [
    `${RUN}${IDLE}:not([aria-disabled="true"]):not([disabled])`, // 2026: Run, enabled; no type or label required
    `${RUN}${IDLE}`, // 2026: Run even while marked unavailable, should aria-disabled lag the prompt
    `footer ms-run-button button[type="submit"]${IDLE}`, // 2025: the footer layout
  ],
  stopButton: [
    `${RUN}.stoppable`, // 2025–2026: Run turned into Stop while the model answers
    `${RUN}:has(.stoppable-spinner, .stoppable-stop)`, // 2026-02: the running state shown by its spinner or stop glyph
  ],
};

/** The code block's header title naming its language; the first span is an icon's ligature. */
export const languageTitle: SelectorList = [
  'mat-panel-title span:not(.material-symbols-outlined)', // 2026: the title text after the `code` icon
];

/** How AI Studio takes files with a message. */
export const uploads: UploadSupport = {
  input: [
    'ms-add-media-button input[type="file"]', // 2026-09: input.file-input[multiple] of the add-media button
    'input[type="file"][data-test-upload-file-input]', // 2026-02: the upload input by its test attribute
    'ms-prompt-box input[type="file"]', // 2025–2026 fallback: any file input of the prompt box
  ],
  attachment: [
    'ms-prompt-box ms-prompt-media', // 2026-09: one attached file, its name and token count
    'ms-prompt-box .multi-media-row ms-media-chip', // 2026-02: one attached file chip
  ],
  // Images, audio, video, documents and text.
  accepts: ['image/*', 'audio/*', 'video/*', 'text/*', 'application/json', 'application/pdf'],
};
