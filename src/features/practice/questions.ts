// Builds one practice question (recognise, recall, type the word, de/het) with distractors from the same theme.
import { randomBytes } from 'node:crypto';
import type { PracticeSession } from '../../store/schema.js';
import { STATE_NEW, type CardState } from './fsrs.js';
import { dutch, GROUP_THEME, meaning, type Word, type WordList } from './words.js';

export type QuestionType = NonNullable<PracticeSession['question']>['type'];
export type Question = NonNullable<PracticeSession['question']>;

/** A small stable hash (FNV-1a) so choices vary per word and review without randomness in tests. */
export function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/**
 * Which kind of question a card gets: recognising first (new and young cards), then it rotates between recall,
 * typing the word and, for nouns, the article.
 */
export function questionType(word: Word, card: CardState | undefined): QuestionType {
  if (!card || card.state === STATE_NEW || card.reps < 1) return 'recognise';
  const kinds: QuestionType[] = word.article ? ['recall', 'type', 'article', 'recognise'] : ['recall', 'type', 'recognise'];
  return kinds[(card.reps + hash(word.id)) % kinds.length]!;
}

/** Up to `count` other words of the same theme (or the whole list when the theme is too small), whose `key` differs. */
export function distractors(word: Word, pool: readonly Word[], all: WordList, count: number, key: (w: Word) => string): Word[] {
  const seen = new Set([key(word)]);
  const picked: Word[] = [];
  const take = (candidates: readonly Word[]) => {
    if (candidates.length === 0) return;
    const start = hash(`${word.id}:${candidates.length}`) % candidates.length;
    for (let i = 0; i < candidates.length && picked.length < count; i += 1) {
      const candidate = candidates[(start + i * 7) % candidates.length]!;
      const k = key(candidate);
      if (candidate.id === word.id || seen.has(k)) continue;
      seen.add(k);
      picked.push(candidate);
    }
  };
  take(pool);
  if (picked.length < count) take([...all.words.values()]);
  return picked;
}

/** The question's stored form plus the option labels to show. */
export function buildQuestion(type: QuestionType, word: Word, all: WordList, groupPool: readonly Word[], locale: string, isNew: boolean): { question: Question; labels: string[] } {
  const token = randomBytes(3).toString('base64url');
  if (type === 'type') return { question: { entryId: word.id, type, token, isNew }, labels: [] };
  if (type === 'article') {
    return { question: { entryId: word.id, type, token, options: ['de', 'het'], correct: word.article === 'het' ? 1 : 0, isNew }, labels: ['de', 'het'] };
  }
  const pool = word.theme === GROUP_THEME ? groupPool : (all.byTheme.get(word.theme) ?? []);
  const key = type === 'recognise' ? (w: Word) => meaning(w, locale) : (w: Word) => dutch(w);
  const others = distractors(word, pool, all, 2, key);
  const options = [word, ...others];
  // The right answer's place depends on the word and the day's token, not always first.
  const shift = hash(`${word.id}:${token}`) % options.length;
  const ordered = options.map((_, i) => options[(i + shift) % options.length]!);
  return {
    question: { entryId: word.id, type, token, options: ordered.map((w) => w.id), correct: ordered.indexOf(word), isNew },
    labels: ordered.map(key),
  };
}
