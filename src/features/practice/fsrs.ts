// Spaced repetition through ts-fsrs: chat-friendly learning steps, and the packed stored card ↔ ts-fsrs Card (dates revived).
import { createEmptyCard, fsrs, generatorParameters, Rating, type Card, type Grade } from 'ts-fsrs';
import type { PracticeCard } from '../../store/schema.js';

export { Rating };
export type { Grade };

/**
 * One minute for a missed card: it comes back later in the same round (the round re-asks it), and once answered
 * well it moves to the next day or later. Fuzz spreads reviews so a week's words do not all fall on one day.
 */
const scheduler = fsrs(generatorParameters({ learning_steps: ['1m'], relearning_steps: ['1m'], request_retention: 0.9, maximum_interval: 365, enable_fuzz: true }));

/** FSRS state values. */
export const STATE_NEW = 0;
export const STATE_REVIEW = 2;
const MINUTE = 60_000;

/** A card as the engine reads it (times in ms); stored packed as PracticeCard. */
export interface CardState {
  memberId: string;
  entryId: string;
  due: number;
  stability: number;
  difficulty: number;
  scheduledDays: number;
  learningStep: number;
  reps: number;
  lapses: number;
  state: number;
  lastReview?: number;
}

/** Unpacks a stored card. */
export function unpack(stored: PracticeCard): CardState {
  const [due, stability, difficulty, scheduledDays, learningStep, reps, lapses, state, lastReview] = stored.v;
  return { memberId: stored.memberId, entryId: stored.e, due: due * MINUTE, stability, difficulty, scheduledDays, learningStep, reps, lapses, state, ...(lastReview ? { lastReview: lastReview * MINUTE } : {}) };
}

/** Packs a card for the store: whole minutes (due rounded up, never earlier than FSRS said), two decimals. */
export function pack(card: CardState): PracticeCard {
  const round = (value: number) => Math.round(value * 100) / 100;
  return {
    memberId: card.memberId,
    e: card.entryId,
    v: [Math.ceil(card.due / MINUTE), round(card.stability), round(card.difficulty), card.scheduledDays, card.learningStep, card.reps, card.lapses, card.state, card.lastReview ? Math.floor(card.lastReview / MINUTE) : 0],
  };
}

/** Due time (ms) of a stored card without unpacking it all. */
export function storedDue(stored: PracticeCard): number {
  return stored.v[0] * MINUTE;
}

/** A card as a ts-fsrs Card (numbers back to Dates). A missing card is a new one. */
export function toCard(card: CardState | undefined, now: number): Card {
  if (!card) return createEmptyCard(new Date(now));
  return {
    due: new Date(card.due),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsed_days: 0,
    scheduled_days: card.scheduledDays,
    learning_steps: card.learningStep,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state,
    last_review: card.lastReview === undefined ? undefined : new Date(card.lastReview),
  };
}

/** A ts-fsrs Card as our card (also accepts JSON-revived cards whose dates are ISO strings). */
export function fromCard(memberId: string, entryId: string, card: Card): CardState {
  const ms = (value: Date | string | undefined) => (value === undefined ? undefined : new Date(value).getTime());
  const last = ms(card.last_review);
  return {
    memberId,
    entryId,
    due: ms(card.due)!,
    stability: card.stability,
    difficulty: card.difficulty,
    scheduledDays: card.scheduled_days,
    learningStep: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state,
    ...(last === undefined ? {} : { lastReview: last }),
  };
}

/** Grades one answer at `now` and returns the card's next state. */
export function review(memberId: string, entryId: string, card: CardState | undefined, grade: Grade, now: number): CardState {
  const next = scheduler.next(toCard(card, now), new Date(now), grade);
  return fromCard(memberId, entryId, next.card);
}

/** A card counts as learned once it is in review with at least a week between reviews. */
export function isLearned(card: CardState): boolean {
  return card.state === STATE_REVIEW && card.scheduledDays >= 7;
}
