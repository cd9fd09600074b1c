// Names that read the same to a person but are not the same: another script's letters
// (Cyrillic "а" for Latin "a"), separators swapped ("create-issue" for "create_issue"), digits for
// letters. A server or tool whose name looks like another's is flagged on its call's card.

/** Letters of other scripts, and digits, that pass for Latin letters. */
const CONFUSABLE: Record<string, string> = {
  а: 'a',
  в: 'b',
  е: 'e',
  к: 'k',
  м: 'm',
  н: 'h',
  о: 'o',
  р: 'p',
  с: 'c',
  т: 't',
  у: 'y',
  х: 'x',
  і: 'i',
  ї: 'i',
  ј: 'j',
  ѕ: 's',
  ԁ: 'd',
  ӏ: 'l',
  ɡ: 'g',
  ԛ: 'q',
  ԝ: 'w',
  α: 'a',
  β: 'b',
  ε: 'e',
  ι: 'i',
  κ: 'k',
  ν: 'v',
  ο: 'o',
  ρ: 'p',
  τ: 't',
  υ: 'u',
  χ: 'x',
  '0': 'o',
  '1': 'l',
  '3': 'e',
  '5': 's',
  '|': 'l',
};

/** What a name looks like, for comparing: equal skeletons, names a reader may take for each other. */
export function skeleton(name: string): string {
  const plain = name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
  let out = '';
  for (const ch of plain) out += CONFUSABLE[ch] ?? ch;
  return out.replace(/[\s_\-./:]+/g, '').replace(/rn/g, 'm');
}

/**
 * For each name, the other names that look like it. `names` maps an id to its name; ids with the
 * same name are not look-alikes of each other (one name used twice is a clash, told apart
 * elsewhere).
 */
export function lookAlikes(names: ReadonlyMap<string, string>): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const [id, name] of names) {
    const key = skeleton(name);
    groups.set(key, [...(groups.get(key) ?? []), id]);
  }
  const out = new Map<string, string[]>();
  for (const ids of groups.values()) {
    for (const id of ids) {
      const others = ids.filter((other) => names.get(other) !== names.get(id));
      if (others.length)
        out.set(
          id,
          others.map((other) => names.get(other)!),
        );
    }
  }
  return out;
}
