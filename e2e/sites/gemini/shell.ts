// The page around the conversation, per layout and language: Gemini's Angular app shell, the
// prompt area (uploader menu button, Quill host, mode picker, send slot) and the CDK overlay that
// holds the "Upload & tools" menu while it is open. See README.md.
import type { GeminiLabels } from './forms';

const icon = (name: string) => `<mat-icon aria-hidden="true" fonticon="${name}"></mat-icon>`;

/** The dictation mic. */
export const micHtml = (t: GeminiLabels): string =>
  '<speech-dictation-mic-button><gem-icon-button class="speech_dictation_mic_button">' +
  `<button class="mat-mdc-icon-button" type="button" aria-label="${t.mic}">${icon('mic')}</button>` +
  '</gem-icon-button></speech-dictation-mic-button>';

/** Writes the page's body; `layout` picks the 2026-09 or the 2026-07 prompt area. */
export function writeShell(t: GeminiLabels, layout: string): void {
  const newest = layout === '2026-09';
  // 2026-07 keeps a mic of its own beside the send slot; 2026-09 shows the mic in the slot.
  const persistentMic = newest ? '' : micHtml(t);
  const upload = newest ? t.uploadTools : t.uploadToolsOld;
  document.body.innerHTML = `
    <chat-app id="app-root">
      <main class="chat-app">
        <chat-window class="lm-canvas-styling">
          <chat-window-content>
            <h1 class="cdk-visually-hidden">${t.conversation}</h1>
            <div id="chat-history" class="chat-history-scroll-container lm">
              <infinite-scroller data-test-id="chat-history-container" class="chat-history lm"></infinite-scroller>
            </div>
          </chat-window-content>
          <input-container class="lm-input-redesign">
            <fieldset class="input-area-container">
              <input-area-v2>
                <div data-node-type="input-area" class="input-area children-ready">
                  <div class="attachment-preview-wrapper"><uploader-file-preview-container></uploader-file-preview-container></div>
                  <div class="text-input-field simplified-input-area">
                    <rich-textarea class="text-input-field_textarea ql-bubble simplified-input" enterkeyhint="send" dir="ltr"></rich-textarea>
                    <div class="leading-actions-wrapper">
                      <gem-icon-button arialabel="${upload}"><button class="mat-mdc-icon-button" type="button" aria-label="${upload}" aria-haspopup="menu" aria-expanded="false">${icon('add_2')}</button></gem-icon-button>
                    </div>
                    <div class="trailing-actions-wrapper">
                      <button class="input-area-switch" type="button" data-test-id="bard-mode-menu-button" aria-label="${t.mode}" aria-haspopup="menu" aria-expanded="false">${t.modeName}</button>
                      <div class="input-buttons-wrapper-bottom${newest ? '' : ' persistent-mic'}">
                        ${persistentMic}
                        <div data-test-id="send-button-container" class="send-button-container"></div>
                      </div>
                    </div>
                  </div>
                </div>
              </input-area-v2>
            </fieldset>
          </input-container>
        </chat-window>
      </main>
    </chat-app>
    <div class="cdk-overlay-container">
      <div class="cdk-overlay-pane">
        <div class="mat-mdc-menu-panel" role="menu" aria-label="${t.uploadMenu}">
          <images-files-uploader>
            <button role="menuitem" type="button" data-test-id="local-images-files-uploader-button">${t.uploadFiles}</button>
            <button class="hidden-local-file-image-selector-button" xapfileselectortrigger="" aria-hidden="true" tabindex="-1" type="button"></button>
            <input type="file" name="Filedata" multiple accept="image/*,audio/*,text/*,application/json,application/pdf" style="display:none" />
          </images-files-uploader>
        </div>
      </div>
    </div>`;
}
