// Loads the deck (deck/*.yaml, through deck.ts) at start-up and turns it into the engine's word list.
import path from 'node:path';
import { LEVELS, loadDeck, MEANING_LOCALES, type Deck, type Entry } from './deck.js';
import type { Word, WordList } from './words.js';

/** The words of a deck, each theme in teaching order (A0 before A1 before A2, file order within a level). */
export function wordsOfDeck(deck: Deck): WordList {
  const words = new Map<string, Word>();
  const byTheme = new Map<string, Word[]>();
  const level = (entry: Entry) => LEVELS.indexOf(entry.level);
  for (const theme of deck.themes) {
    const ordered = [...theme.entries].sort((a, b) => level(a) - level(b));
    const list = ordered.map((entry): Word => ({
      id: entry.id,
      theme: theme.id,
      nl: entry.nl,
      article: entry.article,
      example: entry.example,
      level: entry.level,
      meanings: Object.fromEntries(MEANING_LOCALES.map((locale) => [locale, entry[locale]])),
    }));
    for (const word of list) words.set(word.id, word);
    byTheme.set(theme.id, list);
  }
  return { themes: deck.themes.map((theme) => ({ id: theme.id, title: theme.title })), words, byTheme };
}

/** Decks already read, by folder: the files do not change while welkom runs, and tests start many apps. */
const loaded = new Map<string, WordList>();

/** The word list of `<rootDir>/deck`; throws the loader's DeckError (every problem, `deck/<file>:<entry>: …`). */
export function loadWords(rootDir: string): WordList {
  const dir = path.join(rootDir, 'deck');
  let list = loaded.get(dir);
  if (!list) {
    list = wordsOfDeck(loadDeck(dir));
    loaded.set(dir, list);
  }
  return list;
}
