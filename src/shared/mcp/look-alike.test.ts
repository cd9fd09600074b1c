import { describe, expect, it } from 'vitest';
import { lookAlikes, skeleton } from './look-alike';

describe('skeleton', () => {
  it('reads other scripts, separators and digits as the letters they pass for', () => {
    expect(skeleton('create_issue')).toBe(skeleton('create-іssue')); // Cyrillic і
    expect(skeleton('github')).toBe(skeleton('gіthub'));
    expect(skeleton('delete_repo')).toBe(skeleton('de1ete.rep0'));
    expect(skeleton('Files')).toBe(skeleton('ﬁles')); // the ligature
  });

  it('keeps names that differ to a reader apart', () => {
    expect(skeleton('create_issue')).not.toBe(skeleton('close_issue'));
    expect(skeleton('read')).not.toBe(skeleton('reader'));
  });
});

describe('lookAlikes', () => {
  it('flags each of a pair of look-alike names with the other', () => {
    const names = new Map([
      ['a/create_issue', 'github / create_issue'],
      ['b/create_issue', 'gіthub / create-issue'],
      ['c/echo', 'everything / echo'],
    ]);
    const found = lookAlikes(names);
    expect(found.get('a/create_issue')).toEqual(['gіthub / create-issue']);
    expect(found.get('b/create_issue')).toEqual(['github / create_issue']);
    expect(found.has('c/echo')).toBe(false);
  });

  it('does not flag one name used twice', () => {
    expect(
      lookAlikes(
        new Map([
          ['x', 'echo'],
          ['y', 'echo'],
        ]),
      ).size,
    ).toBe(0);
  });
});
