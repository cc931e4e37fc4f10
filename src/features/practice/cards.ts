// Card states in the store (one small record per learner × word) and an in-memory due index per learner.
//
// The index is built once at start-up from the stored cards; afterwards every card write goes through `saveCard`,
// which updates the record, the index and the learner's `nextDueAt`. "What is due for Samira" is then a prefix of
// her sorted list (O(due cards)), and the nudge job only reads `nextDueAt` (no card is touched).
import type { Store } from '../../store/store.js';
import type { PracticeLearner } from '../../store/schema.js';
import { pack, storedDue, unpack, type CardState } from './fsrs.js';

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

/** The due index of every learner (in memory, rebuilt from the store at start-up). */
export class CardIndex {
  private readonly learners = new Map<string, LearnerIndex>();

  /** One pass over the stored cards (start-up only). */
  static build(store: Store): CardIndex {
    const index = new CardIndex();
    const pairs = new Map<string, Array<[string, number]>>();
    for (const card of store.values('practiceCards')) {
      let list = pairs.get(card.memberId);
      if (!list) pairs.set(card.memberId, (list = []));
      list.push([card.e, storedDue(card)]);
    }
    for (const [memberId, list] of pairs) index.learner(memberId).load(list);
    return index;
  }

  learner(memberId: string): LearnerIndex {
    let learner = this.learners.get(memberId);
    if (!learner) {
      learner = new LearnerIndex();
      this.learners.set(memberId, learner);
    }
    return learner;
  }

  has(memberId: string, entryId: string): boolean {
    return this.learners.get(memberId)?.dueOf.has(entryId) ?? false;
  }

  /** Entry ids of every card the learner has (seen at least once). */
  entries(memberId: string): Iterable<string> {
    return this.learners.get(memberId)?.dueOf.keys() ?? [];
  }

  forget(memberId: string): void {
    this.learners.delete(memberId);
  }
}

/**
 * Writes one card (the only card record an answer changes) and keeps the index and the learner's `nextDueAt` in step.
 * The caller puts `learner` afterwards (once per turn, with the round's state).
 */
export function saveCard(store: Store, index: CardIndex, card: CardState, learner: PracticeLearner): void {
  const stored = pack(card);
  store.put('practiceCards', cardId(card.memberId, card.entryId), stored);
  const cards = index.learner(card.memberId);
  cards.set(card.entryId, storedDue(stored));
  learner.nextDueAt = cards.first();
}

export function getCard(store: Store, memberId: string, entryId: string): CardState | undefined {
  const stored = store.get('practiceCards', cardId(memberId, entryId));
  return stored ? unpack(stored) : undefined;
}
