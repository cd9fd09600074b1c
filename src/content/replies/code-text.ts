// A code block's text, whatever element the site renders it as: a <pre>/<code> whose text holds
// its newlines, a viewer with one element per line and no newline characters (CodeMirror 6, as
// ChatGPT shows finished code), or such a viewer that has not rendered its off-screen lines yet.
import type { SelectorList } from '../adapters/types';
import { anyOf, queryFirst } from '../dom/query';

/** CodeMirror 6's content element: one `.cm-line` per line, `.cm-gap` for lines not rendered. */
const VIEWER = '.cm-content';
const VIEWER_LINE = 'cm-line';
const VIEWER_GAP = 'cm-gap';

export interface CodeText {
  /** The element the text was read from; its attributes may name the language. */
  element: Element;
  text: string;
  /** False while part of the code is not in the page (a viewer's off-screen lines). */
  whole: boolean;
}

/** Elements that each hold one line, when a viewer writes lines as elements. */
const LINE_TAGS = new Set(['DIV', 'P', 'LI']);

function viewerText(viewer: Element): CodeText {
  const lines: string[] = [];
  let whole = true;
  for (const child of viewer.children) {
    if (child.classList.contains(VIEWER_GAP)) whole = false;
    else if (child.classList.contains(VIEWER_LINE)) lines.push(child.textContent ?? '');
  }
  return { element: viewer, text: lines.join('\n'), whole };
}

/**
 * The text of a code element. Where it holds no newline but several line elements (a viewer of
 * another make), the lines are joined with newlines, as the code had them.
 */
function elementText(code: Element): CodeText {
  const text = code.textContent ?? '';
  // Most code is plain text or highlighted tokens: the first child tells, with no look at each.
  if (
    !text.includes('\n') &&
    code.childElementCount >= 2 &&
    LINE_TAGS.has(code.firstElementChild?.tagName ?? '')
  ) {
    const children = [...code.children];
    if (children.every((c) => LINE_TAGS.has(c.tagName)))
      return {
        element: code,
        text: children.map((c) => c.textContent ?? '').join('\n'),
        whole: true,
      };
  }
  return { element: code, text, whole: true };
}

/** Reads `block`'s code; undefined when it holds no code element the adapter knows. */
export function readCode(block: Element, code: SelectorList): CodeText | undefined {
  const viewer = block.matches(VIEWER) ? block : block.querySelector(VIEWER);
  if (viewer) return viewerText(viewer);
  const element = block.matches(anyOf(code)) ? block : queryFirst(block, code);
  return element ? elementText(element) : undefined;
}
