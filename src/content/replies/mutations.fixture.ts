// The page changes a content script's observer would get, for unit tests of what reads them.

/** The records an observer of `root` (subtree, text included) gets while `change` runs. */
export async function recordsOf(root: Element, change: () => void): Promise<MutationRecord[]> {
  const seen: MutationRecord[] = [];
  const observer = new MutationObserver((records) => seen.push(...records));
  observer.observe(root, { childList: true, subtree: true, characterData: true });
  change();
  await new Promise((resolve) => setTimeout(resolve, 0));
  seen.push(...observer.takeRecords());
  observer.disconnect();
  return seen;
}
