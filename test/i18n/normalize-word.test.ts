// normalizeWord's shortcut for plain ASCII gives exactly what the full Unicode path gives.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeUnicodeWord, normalizeWord } from '../../src/i18n/i18n.js';

describe('normalizeWord', () => {
  it('gives the same word for any printable ASCII text (with tabs and newlines) as the full Unicode path', () => {
    const ascii = fc.string({ unit: fc.constantFrom(...Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)), '\t', '\n'), maxLength: 12 });
    fc.assert(fc.property(ascii, (text) => normalizeWord(text) === normalizeUnicodeWord(text)), { numRuns: 2_000 });
    for (let code = 32; code < 127; code += 1) {
      const char = String.fromCharCode(code);
      for (const text of [char, `Help${char}`, `${char}stop`, `Ja ${char}${char}`]) expect(normalizeWord(text)).toBe(normalizeUnicodeWord(text));
    }
  });

  it('folds case, accents and trailing punctuation; Arabic and Persian letters agree', () => {
    expect(normalizeWord('HELP!')).toBe('help');
    expect(normalizeWord('Stop.')).toBe('stop');
    expect(normalizeWord('Café?')).toBe('cafe');
    expect(normalizeWord('ﾍﾙﾌﾟ')).toBe(normalizeUnicodeWord('ﾍﾙﾌﾟ'));
    expect(normalizeWord('مساعدة؟')).toBe(normalizeWord('مساعدة'));
    expect(normalizeWord('\u064A')).toBe('\u06CC');
  });
});
