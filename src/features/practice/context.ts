// The practice feature's state per running app: the word list, the due index (lazy per learner), the agenda and the deck's Dutch words.
import type { Services } from '../../core/services.js';
import { CardIndex } from './cards.js';
import { normalize } from './matching.js';
import { Agenda } from './nudge.js';
import type { WordList } from './words.js';

export interface PracticeContext {
  services: Services;
  list: WordList;
  /** The due index, built per learner on first use (start-up reads no card). */
  readonly index: CardIndex;
  /** Nudges and weekly notes to send, by time (built on first use from the learners' settings). */
  readonly agenda: Agenda;
  /** Every deck word, normalized without article (to refuse "another deck word" as a typed answer). */
  deckWords: Set<string>;
}

const contexts = new WeakMap<Services, PracticeContext>();

/** Builds the context at start-up; a learner's due index is built from her cards on first use, the agenda on first use. */
export function createContext(services: Services, list: WordList): PracticeContext {
  const index = new CardIndex(services.store, [...list.words.keys()]);
  let agenda: Agenda | undefined;
  const context: PracticeContext = {
    services,
    list,
    index,
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
