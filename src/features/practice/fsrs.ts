// Spaced repetition through ts-fsrs: chat-friendly learning steps, and the compact stored card ↔ ts-fsrs Card (dates revived).
import { createEmptyCard, fsrs, generatorParameters, Rating, type Card, type Grade } from 'ts-fsrs';
import type { PracticeCard } from '../../store/schema.js';

export { Rating };
export type { Grade };

/**
 * One minute for a missed card: it comes back later in the same round (the round re-asks it), and once answered
 * well it moves to the next day or later. Fuzz spreads reviews so a week's words do not all fall on one day.
 */
const scheduler = fsrs(generatorParameters({ learning_steps: ['1m'], relearning_steps: ['1m'], request_retention: 0.9, maximum_interval: 365, enable_fuzz: true }));

/** FSRS state value of a card that was never reviewed. */
export const STATE_NEW = 0;
export const STATE_REVIEW = 2;

/** A stored card as a ts-fsrs Card (numbers back to Dates). A missing card is a new one. */
export function toCard(stored: PracticeCard | undefined, now: number): Card {
  if (!stored) return createEmptyCard(new Date(now));
  return {
    due: new Date(stored.due),
    stability: stored.s,
    difficulty: stored.d,
    elapsed_days: 0,
    scheduled_days: stored.sd,
    learning_steps: stored.ls,
    reps: stored.r,
    lapses: stored.l,
    state: stored.st,
    last_review: stored.lr === undefined ? undefined : new Date(stored.lr),
  };
}

/** A ts-fsrs Card in its stored form (also accepts JSON-revived cards whose dates are strings). */
export function fromCard(memberId: string, entryId: string, card: Card): PracticeCard {
  const ms = (value: Date | string | undefined) => (value === undefined ? undefined : new Date(value).getTime());
  const stored: PracticeCard = {
    memberId,
    e: entryId,
    due: ms(card.due)!,
    s: round(card.stability),
    d: round(card.difficulty),
    sd: card.scheduled_days,
    ls: card.learning_steps,
    r: card.reps,
    l: card.lapses,
    st: card.state,
  };
  const last = ms(card.last_review);
  if (last !== undefined) stored.lr = last;
  return stored;
}

function round(value: number): number {
  return Math.round(value * 1e4) / 1e4;
}

/** Grades one answer at `now` and returns the card's next state. */
export function review(memberId: string, entryId: string, stored: PracticeCard | undefined, grade: Grade, now: number): PracticeCard {
  const next = scheduler.next(toCard(stored, now), new Date(now), grade);
  return fromCard(memberId, entryId, next.card);
}

/** A card counts as learned once it is in review with at least a week between reviews. */
export function isLearned(card: PracticeCard): boolean {
  return card.st === STATE_REVIEW && card.sd >= 7;
}
