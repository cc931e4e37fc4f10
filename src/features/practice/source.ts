// Loads the deck (deck/*.yaml, through deck.ts) at start-up and turns it into the engine's word list; unchanged files are
// read from the data cache (src/core/data-cache.ts) instead of being parsed and checked again.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { cachedFromFiles } from '../../core/data-cache.js';
import { DECK_RULES_VERSION, deckFiles, LEVELS, loadDeck, MEANING_LOCALES, type Deck, type Entry, type Theme } from './deck.js';
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
    list = wordsOfDeck(loadDeckCached(dir));
    loaded.set(dir, list);
  }
  return list;
}

/** loadDeck through the data cache: the themes are stored; the maps are rebuilt from them. */
function loadDeckCached(dir: string): Deck {
  const files = deckFiles(dir).map((name) => ({ name, text: readFileSync(path.join(dir, name), 'utf8') }));
  return cachedFromFiles(
    { name: 'deck', rulesVersion: DECK_RULES_VERSION, files },
    () => loadDeck(dir, files),
    (deck) => deck.themes,
    (themes: Theme[]) => ({ themes, entries: new Map(themes.flatMap((theme) => theme.entries.map((entry) => [entry.id, entry] as const))), byTheme: new Map(themes.map((theme) => [theme.id, theme.entries])) }),
  );
}
