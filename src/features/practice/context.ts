// The practice feature's state per running app: the word list, the due index and the set of Dutch deck words.
import type { Services } from '../../core/services.js';
import { CardIndex } from './cards.js';
import { normalize } from './matching.js';
import { Agenda } from './nudge.js';
import type { WordList } from './words.js';

export interface PracticeContext {
  services: Services;
  list: WordList;
  /** Built on first use (after start-up data, e.g. a seeded store, is in place). */
  readonly index: CardIndex;
  /** Nudges and weekly notes to send, by time (built on first use from the learners' settings). */
  readonly agenda: Agenda;
  /** Every deck word, normalized without article (to refuse "another deck word" as a typed answer). */
  deckWords: Set<string>;
}

const contexts = new WeakMap<Services, PracticeContext>();

/** Builds the context at start-up; the due index is built from the stored cards (one pass) on first use. */
export function createContext(services: Services, list: WordList): PracticeContext {
  let index: CardIndex | undefined;
  let agenda: Agenda | undefined;
  const context: PracticeContext = {
    services,
    list,
    get index() {
      index ??= CardIndex.build(services.store);
      return index;
    },
    get agenda() {
      agenda ??= Agenda.build(services, services.clock.now());
      return agenda;
    },
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
