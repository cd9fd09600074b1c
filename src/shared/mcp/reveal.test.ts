import { describe, expect, it } from 'vitest';
import { revealHidden } from './reveal';

describe('revealHidden', () => {
  it('writes out direction overrides and zero-width characters', () => {
    const name = 'invoice\u202Etxt.exe';
    expect(revealHidden(name)).toEqual({ text: 'invoice\\u{202E}txt.exe', hidden: true });
    expect(revealHidden('a\u200Bb\uFEFF')).toEqual({ text: 'a\\u{200B}b\\u{FEFF}', hidden: true });
    expect(revealHidden('tag\u{E0041}').text).toBe('tag\\u{E0041}');
  });

  it('leaves ordinary text, accents and other scripts alone', () => {
    for (const text of ['report.pdf', 'café', 'データ', 'שלום', 'emoji 😀'])
      expect(revealHidden(text)).toEqual({ text, hidden: false });
  });
});
