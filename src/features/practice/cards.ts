// Card states in the store (one small record per learner × word) and an in-memory due index per learner.
//
// A learner's index is built on first use from her own cards only: one `store.get` per word she could have a card
// for (the deck's entries and the group words), never a pass over every learner's cards, so start-up reads no card.
// Afterwards every card write goes through `saveCard`, which updates the record, the index and the learner's
// `nextDueAt` and `cards`. "What is due for Samira" is then a prefix of her sorted list (O(due cards)), and the nudge
// job reads only the learner's record (no card is touched).
import type { Store } from '../../store/store.js';
import type { PracticeLearner } from '../../store/schema.js';
import { pack, storedDue, unpack, type CardState } from './fsrs.js';
import { GROUP_PREFIX } from './words.js';

export function cardId(memberId: string, entryId: string): string {
  return `${memberId}/${entryId}`;
}

/** One learner's cards ordered by due time: parallel arrays kept sorted, plus entry → due for lookups. */
class LearnerIndex {
  readonly dueOf = new Map<string, number>();
  private dues: number[] = [];
  private ids: string[] = [];

  /** Fills an empty index from unsorted (entry, due) pairs at once: one sort instead of one insertion each. */
  load(pairs: Array<[string, number]>): void {
    pairs.sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    this.ids = pairs.map((pair) => pair[0]);
    this.dues = pairs.map((pair) => pair[1]);
    for (const [id, due] of pairs) this.dueOf.set(id, due);
  }

  set(entryId: string, due: number): void {
    this.remove(entryId);
    const at = this.position(due, entryId);
    this.dues.splice(at, 0, due);
    this.ids.splice(at, 0, entryId);
    this.dueOf.set(entryId, due);
  }

  remove(entryId: string): void {
    const due = this.dueOf.get(entryId);
    if (due === undefined) return;
    const at = this.position(due, entryId);
    if (this.ids[at] === entryId) {
      this.dues.splice(at, 1);
      this.ids.splice(at, 1);
    }
    this.dueOf.delete(entryId);
  }

  /** Entry ids due at `now`, earliest first: walks only the due prefix. */
  due(now: number, limit = Infinity): string[] {
    const out: string[] = [];
    for (let i = 0; i < this.ids.length && this.dues[i]! <= now && out.length < limit; i += 1) out.push(this.ids[i]!);
    return out;
  }

  countDue(now: number): number {
    let low = 0;
    let high = this.dues.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (this.dues[mid]! <= now) low = mid + 1;
      else high = mid;
    }
    return low;
  }

  first(): number | undefined {
    return this.dues[0];
  }

  get size(): number {
    return this.ids.length;
  }

  /** Binary search by (due, id). */
  private position(due: number, entryId: string): number {
    let low = 0;
    let high = this.dues.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      const d = this.dues[mid]!;
      if (d < due || (d === due && this.ids[mid]! < entryId)) low = mid + 1;
      else high = mid;
    }
    return low;
  }
}

/**
 * The due index of every learner, each built on first use. `entryIds` lists the deck's entry ids: with the group
 * words (`g.<id>`, from the store) they are every card id a learner can have, as cards are only made for them.
 */
export class CardIndex {
  private readonly learners = new Map<string, LearnerIndex>();

  constructor(
    private readonly store: Store,
    private readonly entryIds: readonly string[],
  ) {}

  /** The learner's index; built now from her cards if this is its first use (O(deck + group words) lookups). */
  learner(memberId: string): LearnerIndex {
    let learner = this.learners.get(memberId);
    if (!learner) {
      learner = this.load(memberId);
      this.learners.set(memberId, learner);
    }
    return learner;
  }

  /** Whether the learner's index is in memory already (first use done). */
  isLoaded(memberId: string): boolean {
    return this.learners.has(memberId);
  }

  has(memberId: string, entryId: string): boolean {
    return this.learner(memberId).dueOf.has(entryId);
  }

  /** Entry ids of every card the learner has (seen at least once). */
  entries(memberId: string): Iterable<string> {
    return this.learner(memberId).dueOf.keys();
  }

  /** Drops the learner's index (her cards were erased); a later use builds it again from the store. */
  forget(memberId: string): void {
    this.learners.delete(memberId);
  }

  private load(memberId: string): LearnerIndex {
    const pairs: Array<[string, number]> = [];
    const add = (entryId: string) => {
      const stored = this.store.get('practiceCards', cardId(memberId, entryId));
      if (stored) pairs.push([entryId, storedDue(stored)]);
    };
    for (const entryId of this.entryIds) add(entryId);
    // Every group's words, not only her groups' now: she keeps the cards of a group she has left.
    for (const word of this.store.values('practiceWords')) add(`${GROUP_PREFIX}${word.id}`);
    const index = new LearnerIndex();
    index.load(pairs);
    return index;
  }
}

/**
 * Writes one card (the only card record an answer changes) and keeps the index and the learner's `nextDueAt` and `cards` in step.
 * The caller puts `learner` afterwards (once per turn, with the round's state).
 */
export function saveCard(store: Store, index: CardIndex, card: CardState, learner: PracticeLearner): void {
  const stored = pack(card);
  store.put('practiceCards', cardId(card.memberId, card.entryId), stored);
  const cards = index.learner(card.memberId);
  cards.set(card.entryId, storedDue(stored));
  learner.nextDueAt = cards.first();
  learner.cards = cards.size;
  if (card.reps <= LEARNING_REPS && card.lastReview !== undefined) learner.learning = { entryId: card.entryId, at: card.lastReview };
}

/** A word counts as still being learned (a good word of the day for the group) up to this many reviews. */
export const LEARNING_REPS = 3;

export function getCard(store: Store, memberId: string, entryId: string): CardState | undefined {
  const stored = store.get('practiceCards', cardId(memberId, entryId));
  return stored ? unpack(stored) : undefined;
}
