// The aistudio.google.com fixture's prompt box, in either layout: the Angular-bound textarea, the
// add-media button with its hidden file input, the attached-file chips, and the Run button that
// turns into Stop while the model answers (a class and a stop glyph in 2026-09, a spinner in
// 2026-02). See README.md.
import { el, type FileInfo } from '../page-kit';
import { type AiStudioLabels, removeLabel } from './forms';

const ACCEPT = 'image/*,audio/*,video/*,text/*,application/json,application/pdf';
const MEDIA_KINDS = ['image', 'video', 'audio'];

// Material Symbols are ligatures: the icon's name is the span's text.
export const icon = (name: string, extra = '') =>
  el(
    'span',
    { 'aria-hidden': 'true', class: `material-symbols-outlined notranslate ${extra}`.trim() },
    name,
  );

export interface PromptBox {
  element: HTMLElement;
  textarea: HTMLTextAreaElement;
  run: HTMLButtonElement;
  fileInput: HTMLInputElement;
  /** Where attached files show, one chip each. */
  tray: Element;
  chip(file: FileInfo): Element;
  /** Shows Stop while the model answers, else Run, enabled when the prompt holds text. */
  show(running: boolean, ready: boolean): void;
}

export function promptBox(layout: string, t: AiStudioLabels, lang: string): PromptBox {
  const newer = layout !== '2026-02';
  const textarea = el('textarea', {
    class: 'textarea v3-font-body',
    rows: '1',
    formcontrolname: 'promptText',
    'aria-label': t.promptLabel,
    placeholder: t.placeholder,
  });
  const fileInput = el('input', {
    class: 'file-input',
    type: 'file',
    multiple: '',
    accept: ACCEPT,
    style: 'display:none',
    ...(newer ? {} : { 'data-test-upload-file-input': '' }),
  });
  const add = el(
    'button',
    {
      class: 'add-media-button',
      type: 'button',
      'data-test-id': 'add-media-button',
      'aria-label': t.addMedia,
    },
    icon('add'),
  );
  add.addEventListener('click', () => fileInput.click());
  const label = el('span', { class: 'run-button-label' }, t.run);
  const keyHint = el('span', { class: 'secondary-key' }, 'Ctrl');
  const enterIcon = icon('keyboard_return', 'run-icon');
  // 2026-09: no type attribute (it defaults to submit) and no aria-label.
  const run = el(
    'button',
    newer
      ? { class: 'run-button ms-button-primary' }
      : { class: 'run-button ms-button-primary', type: 'submit', 'aria-label': t.run },
    label,
    keyHint,
    enterIcon,
  );
  const tray = el('div', { class: 'multi-media-row' });
  const element = document.createElement('ms-prompt-box');
  const addMedia = document.createElement('ms-add-media-button');
  addMedia.append(add, fileInput);
  const autosize = document.createElement('ms-autosize-textarea');
  autosize.append(textarea);
  const runHost = document.createElement('ms-run-button');
  runHost.append(run);
  element.append(
    el(
      'div',
      { class: 'prompt-box-container' },
      tray,
      el('div', { class: 'text-wrapper' }, autosize),
      el('div', { class: 'button-row-left' }, addMedia),
      runHost,
    ),
  );

  function show(running: boolean, ready: boolean): void {
    label.textContent = running ? t.stop : t.run;
    keyHint.hidden = running;
    run.querySelector('.stoppable-stop, svg')?.remove();
    if (newer) {
      run.classList.toggle('stoppable', running);
      run.setAttribute('aria-disabled', String(!running && !ready));
      if (running) enterIcon.before(icon('stop', 'stoppable-stop'));
      enterIcon.hidden = running;
      return;
    }
    run.setAttribute('aria-label', running ? t.stop : t.run);
    run.disabled = !running && !ready;
    if (running) run.prepend(spinner());
  }

  function chip(file: FileInfo): Element {
    const family = file.type.split('/')[0] ?? '';
    const kind = MEDIA_KINDS.includes(family) ? family : 'document';
    const chip = document.createElement(newer ? 'ms-prompt-media' : 'ms-media-chip');
    chip.append(el('span', { class: 'name' }, file.name));
    if (newer)
      chip.append(
        el(
          'span',
          { class: 'token-count' },
          t.tokens.replace('{n}', String(Math.ceil(file.size / 4))),
        ),
      );
    chip.append(
      el('button', { type: 'button', 'aria-label': removeLabel(lang, kind) }, icon('close')),
    );
    return chip;
  }

  return { element, textarea, run, fileInput, tray, chip, show };
}

/** The running state's spinner, as 2026-02 selector files read it (`svg .stoppable-spinner`). */
function spinner(): SVGSVGElement {
  const ns = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(ns, 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('class', 'stoppable-spinner-svg');
  const circle = document.createElementNS(ns, 'circle');
  for (const [name, value] of Object.entries({
    class: 'stoppable-spinner',
    cx: '12',
    cy: '12',
    r: '9',
  }))
    circle.setAttribute(name, value);
  svg.append(circle);
  return svg;
}
