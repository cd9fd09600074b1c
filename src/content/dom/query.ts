// Finding a site's elements from its selector lists, failing loudly with the site and name.
import type { SelectorList } from '../adapters/types';

export class LayoutError extends Error {
  constructor(
    readonly site: string,
    readonly element: string,
  ) {
    super(`${site}: could not find the ${element}; the site's layout may have changed.`);
    this.name = 'LayoutError';
  }
}

const joined = new WeakMap<SelectorList, string>();

/** One selector for every variant of `list`, made once per list: a stream asks hundreds of times. */
export function anyOf(list: SelectorList): string {
  let selector = joined.get(list);
  if (selector === undefined) {
    selector = list.join(', ');
    joined.set(list, selector);
  }
  return selector;
}

export function queryFirst(root: ParentNode, list: SelectorList): Element | null {
  for (const selector of list) {
    const found = root.querySelector(selector);
    if (found) return found;
  }
  return null;
}

export function queryAll(root: ParentNode, list: SelectorList): Element[] {
  for (const selector of list) {
    const found = root.querySelectorAll(selector);
    if (found.length) return [...found];
  }
  return [];
}

export function queryRequired(
  root: ParentNode,
  list: SelectorList,
  site: string,
  element: string,
): Element {
  const found = queryFirst(root, list);
  if (!found) throw new LayoutError(site, element);
  return found;
}
