// The grok.com page around the conversation, per layout and language: the transcript (the 2026
// redesign's test-id'd scroller, or 2025's plain column) and the composer form, which holds the
// attach menu button and its hidden file input, a hidden <textarea> beside the Tiptap editor, the
// model picker and the button slot. See README.md.
import type { GrokLabels } from './forms';

export function writeShell(t: GrokLabels, layout: string): void {
  const transcript =
    layout === '2025'
      ? '<div class="w-full h-full overflow-y-auto" data-fixture="scroller">'
      : '<div data-testid="chat-transcript-scroller" class="w-full h-full overflow-y-auto px-gutter" data-fixture="scroller">';
  document.body.innerHTML = `
    <div id="grok-app-root" class="flex w-full h-full">
      <main class="h-dvh flex-grow flex-shrink relative w-full">
        ${transcript}<div class="relative w-full" data-fixture="turns"></div></div>
        <div id="composer-dock" class="absolute inset-x-0 bottom-0 mx-auto max-w-breakout">
          <form data-composer="" class="w-full text-base flex flex-col gap-2 items-center justify-center relative z-10">
            <input type="file" name="files" multiple accept="image/*,text/*,application/json,application/pdf" class="hidden" style="display:none" />
            <div class="flex flex-wrap gap-2 w-full" data-fixture="attachments"></div>
            <div class="query-bar group bg-surface-l1 w-full rounded-3xl">
              <button type="button" data-testid="attach-button" aria-label="${t.attach}" aria-haspopup="menu" aria-expanded="false" class="composer-btn ghost">+</button>
              <textarea class="hidden" aria-hidden="true" tabindex="-1" style="display:none"></textarea>
              <div class="relative z-10 grow" data-fixture="editor-host"></div>
              <div class="flex gap-1.5 items-end">
                <button type="button" aria-label="${t.model}" class="ghost model-select">Grok 4</button>
                <div class="flex" data-fixture="slot"></div>
              </div>
            </div>
          </form>
        </div>
      </main>
    </div>`;
}
