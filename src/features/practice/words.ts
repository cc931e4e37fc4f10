// The words a learner practises: the deck's entries (by theme) plus the words volunteers added for their group.
import type { Store } from '../../store/store.js';
import type { PracticeWord } from '../../store/schema.js';

/** Languages a meaning is given in (every welkom language except Dutch, the language being learnt). */
export const MEANING_LOCALES = ['en', 'ar', 'ti', 'tr', 'fa', 'so', 'uk'] as const;

/** One word as the practice engine sees it. */
export interface Word {
  id: string;
  theme: string;
  nl: string;
  article?: 'de' | 'het';
  example?: string;
  level?: string;
  /** Meaning per locale (en, ar, …); a group word has one meaning for every locale in `meaning`. */
  meanings: Partial<Record<string, string>>;
  /** Set for a word a volunteer added (`/addword`). */
  groupMade?: boolean;
}

export interface Theme {
  id: string;
  /** Title per locale (nl and every meaning locale). */
  title: Partial<Record<string, string>>;
}

/** The deck as the engine uses it: themes in teaching order, words by id and by theme. */
export interface WordList {
  themes: Theme[];
  words: Map<string, Word>;
  byTheme: Map<string, Word[]>;
}

/** Theme id of the words a group added. */
export const GROUP_THEME = 'group';
export const GROUP_PREFIX = 'g.';

/** Dutch with its article: "de huisarts", "water". */
export function dutch(word: Pick<Word, 'nl' | 'article'>): string {
  return word.article ? `${word.article} ${word.nl}` : word.nl;
}

/** The meaning shown to a learner: their own language; Dutch-speaking learners see English. */
export function meaning(word: Word, locale: string): string {
  return word.meanings[locale] ?? word.meanings[meaningLocale(locale)] ?? word.meanings.en ?? Object.values(word.meanings)[0] ?? word.nl;
}

/** The language meanings are shown in for a learner of this locale. */
export function meaningLocale(locale: string): string {
  return locale === 'nl' ? 'en' : locale;
}

export function groupWord(word: PracticeWord): Word {
  return { id: `${GROUP_PREFIX}${word.id}`, theme: GROUP_THEME, nl: word.nl, article: word.article, meanings: Object.fromEntries(MEANING_LOCALES.map((l) => [l, word.meaning])), groupMade: true };
}

/** Group words of some groups (few per group; read from the store). */
export function groupWords(store: Store, groupIds: readonly string[]): Word[] {
  if (groupIds.length === 0) return [];
  const wanted = new Set(groupIds);
  return store
    .values('practiceWords')
    .filter((w) => wanted.has(w.groupId))
    .sort((a, b) => a.createdAt - b.createdAt)
    .map(groupWord);
}

/** A word by id: a deck entry or a group word. */
export function findWord(list: WordList, store: Store, id: string): Word | undefined {
  if (id.startsWith(GROUP_PREFIX)) {
    const word = store.get('practiceWords', id.slice(GROUP_PREFIX.length));
    return word ? groupWord(word) : undefined;
  }
  return list.words.get(id);
}
