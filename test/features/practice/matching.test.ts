// The answer-matching table: typos scaled to word length, accents, articles, other deck words, wrong answers.
import { describe, expect, it } from 'vitest';
import { judge, tolerance } from '../../../src/features/practice/matching.js';

const others = new Set(['huis', 'muis', 'apotheek', 'huur', 'sleutel', 'dank je wel', 'ziekenhuis']);

describe('judge', () => {
  const cases: Array<[string, { nl: string; article?: 'de' | 'het' }, string, string?]> = [
    ['huisarts', { nl: 'huisarts', article: 'de' }, 'correct'],
    ['de huisarts', { nl: 'huisarts', article: 'de' }, 'correct'],
    ['  De Huisarts! ', { nl: 'huisarts', article: 'de' }, 'correct'],
    ['het huisarts', { nl: 'huisarts', article: 'de' }, 'almost', 'article'],
    ['huisats', { nl: 'huisarts', article: 'de' }, 'almost', 'typo'],
    ['huisatrs', { nl: 'huisarts', article: 'de' }, 'almost', 'typo'], // transposition counts as one step
    ['hiusatrs', { nl: 'huisarts', article: 'de' }, 'almost', 'typo'],
    ['hsiatrs', { nl: 'huisarts', article: 'de' }, 'wrong', 'wrong'],
    ['huis', { nl: 'huisarts', article: 'de' }, 'wrong', 'other_word'],
    ['muis', { nl: 'huis', article: 'het' }, 'wrong', 'other_word'], // one letter away, but a real deck word
    ['huus', { nl: 'huis', article: 'het' }, 'almost', 'typo'],
    ['kat', { nl: 'kas' }, 'wrong', 'wrong'], // three letters: no typo allowed
    ['cafe', { nl: 'café', article: 'het' }, 'almost', 'accent'],
    ['het café', { nl: 'café', article: 'het' }, 'correct'],
    ['dankjewel', { nl: 'dank je wel' }, 'almost', 'typo'],
    ['dank  je   wel.', { nl: 'dank je wel' }, 'correct'],
    ['', { nl: 'huur', article: 'de' }, 'wrong', 'empty'],
    ['...', { nl: 'huur', article: 'de' }, 'wrong', 'empty'],
    ['fiets', { nl: 'huur', article: 'de' }, 'wrong', 'wrong'],
    ['apoteek', { nl: 'apotheek', article: 'de' }, 'almost', 'typo'],
  ];
  it.each(cases)('%j for %j is %s (%s)', (typed, expected, verdict, reason) => {
    const result = judge(typed, expected, others);
    expect(result.verdict).toBe(verdict);
    if (reason) expect('reason' in result ? result.reason : undefined).toBe(reason);
  });

  it('allows more typos for longer words', () => {
    expect([2, 3, 4, 7, 8, 14].map(tolerance)).toEqual([0, 0, 1, 1, 2, 2]);
  });
});
