// Judges a typed Dutch answer: accents, a typo tolerance that grows with word length, the article, and other deck words.
import levenshtein from 'damerau-levenshtein';

export type Verdict =
  | { verdict: 'correct' }
  /** Right word, small slip: missing accent, a typo, or the wrong article. */
  | { verdict: 'almost'; reason: 'accent' | 'typo' | 'article' }
  /** `other_word`: the answer is exactly another word of the deck (a real word, just not this one). */
  | { verdict: 'wrong'; reason: 'other_word' | 'wrong' | 'empty' };

/** Lower case, one space between words, no surrounding punctuation, typographic quotes made plain (accents kept). */
export function normalize(text: string): string {
  return text
    .normalize('NFC')
    .toLocaleLowerCase('nl')
    .replace(/[\u2018\u2019\u02BC`´]/g, "'")
    .replace(/[\s\u00A0]+/g, ' ')
    .replace(/^[\s\p{P}\p{S}]+|[\s.,!?;:"()\p{S}]+$/gu, '')
    .trim();
}

/** Without accents: "café" → "cafe", "één" → "een". */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');
}

/** Typos allowed for a word of this many letters: none up to 3, one up to 7, two from 8. */
export function tolerance(length: number): number {
  if (length <= 3) return 0;
  if (length <= 7) return 1;
  return 2;
}

/** Splits a leading article: "de huisarts" → { article: 'de', word: 'huisarts' }. */
export function splitArticle(text: string): { article?: 'de' | 'het'; word: string } {
  const match = /^(de|het|'t)\s+(.+)$/.exec(text);
  if (!match) return { word: text };
  return { article: match[1] === 'de' ? 'de' : 'het', word: match[2]! };
}

/**
 * Compares a typed answer with the expected Dutch word. `otherWords` are the other deck words (normalized, without
 * article): typing one of them exactly is wrong even when it is only a letter away ("huis" for "muis").
 */
export function judge(answer: string, expected: { nl: string; article?: 'de' | 'het' }, otherWords: ReadonlySet<string>): Verdict {
  const typed = normalize(answer);
  if (!typed) return { verdict: 'wrong', reason: 'empty' };
  const target = normalize(expected.nl);
  // An article is only split off when the expected word has one (so "de" inside a phrase stays).
  const { article, word } = expected.article ? splitArticle(typed) : { article: undefined, word: typed };
  const articleWrong = article !== undefined && article !== expected.article;
  if (word === target) return articleWrong ? { verdict: 'almost', reason: 'article' } : { verdict: 'correct' };
  if (otherWords.has(word) || otherWords.has(typed)) return { verdict: 'wrong', reason: 'other_word' };
  if (fold(word) === fold(target)) return { verdict: 'almost', reason: 'accent' };
  const allowed = tolerance([...fold(target)].length);
  if (allowed > 0 && levenshtein(fold(word), fold(target)).steps <= allowed) return { verdict: 'almost', reason: 'typo' };
  return { verdict: 'wrong', reason: 'wrong' };
}
