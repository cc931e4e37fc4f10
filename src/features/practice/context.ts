// The practice feature's state per running app: the word list, the due index and the set of Dutch deck words.
import type { Services } from '../../core/services.js';
import { CardIndex } from './cards.js';
import { normalize } from './matching.js';
import type { WordList } from './words.js';

export interface PracticeContext {
  services: Services;
  list: WordList;
  index: CardIndex;
  /** Every deck word, normalized without article (to refuse "another deck word" as a typed answer). */
  deckWords: Set<string>;
}

const contexts = new WeakMap<Services, PracticeContext>();

/** Builds the context at start-up: one pass over the stored cards for the due index. */
export function createContext(services: Services, list: WordList): PracticeContext {
  const context: PracticeContext = {
    services,
    list,
    index: CardIndex.build(services.store),
    deckWords: new Set([...list.words.values()].map((word) => normalize(word.nl))),
  };
  contexts.set(services, context);
  return context;
}

/** The context of this app (set up at start-up). */
export function contextOf(services: Services): PracticeContext {
  const context = contexts.get(services);
  if (!context) throw new Error('The practice feature was not set up for this app (its setup() did not run).');
  return context;
}
