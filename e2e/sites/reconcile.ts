// React-like per-block reconciliation for streamed replies. The fixture remembers the elements it
// rendered (by reference) and only touches those: a changed block's element is swapped in place
// with replaceWith, new blocks are appended, vanished blocks are removed. Foreign nodes that a
// content script inserted into the container (e.g. a card after a <pre>) are never touched, just as
// React leaves unknown DOM siblings alone.

export type BlockReconciler = {
  /** Renders the given blocks' HTML strings into the container. */
  update(htmls: readonly string[]): void;
  /** The elements currently rendered, in block order. */
  elements(): readonly Element[];
};

export function createBlockReconciler(container: Element): BlockReconciler {
  const rendered: { html: string; el: Element }[] = [];
  const toElement = (html: string): Element => {
    const template = document.createElement('template');
    template.innerHTML = html.trim();
    const el = template.content.firstElementChild;
    if (!el || template.content.childNodes.length !== 1) {
      throw new Error(`block HTML must be exactly one element: ${html.slice(0, 80)}`);
    }
    return el;
  };
  return {
    update(htmls) {
      htmls.forEach((html, i) => {
        const prev = rendered[i];
        if (prev && prev.html === html) return;
        const el = toElement(html);
        if (prev) prev.el.replaceWith(el);
        else container.append(el);
        rendered[i] = { html, el };
      });
      for (const gone of rendered.splice(htmls.length)) gone.el.remove();
    },
    elements: () => rendered.map((r) => r.el),
  };
}
