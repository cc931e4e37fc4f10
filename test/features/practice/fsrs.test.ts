// FSRS over simulated weeks with the injectable clock: intervals grow for known cards, shrink after a lapse; JSON round trip.
import { describe, expect, it } from 'vitest';
import { ManualClock } from '../../../src/core/clock.js';
import { fromCard, isLearned, Rating, review, toCard, type Grade } from '../../../src/features/practice/fsrs.js';
import type { PracticeCard } from '../../../src/store/schema.js';

const START = Date.UTC(2026, 10, 30, 17, 0, 0);
const DAY = 86_400_000;

/** Reviews a card whenever it is due, answering with `grades` in turn; returns the interval (days) after each review. */
function simulate(grades: Grade[]): { intervals: number[]; card: PracticeCard } {
  const clock = new ManualClock({ now: () => 0 }, START); // frozen: only advance() moves it
  let card: PracticeCard | undefined;
  const intervals: number[] = [];
  for (const grade of grades) {
    if (card && card.due > clock.now()) clock.advance(card.due - clock.now());
    card = review('m1', 'huisarts', card, grade, clock.now());
    intervals.push((card.due - clock.now()) / DAY);
  }
  return { intervals, card: card! };
}

describe('FSRS scheduling', () => {
  it('spaces a known word further and further apart over simulated weeks', () => {
    const { intervals, card } = simulate([Rating.Good, Rating.Good, Rating.Good, Rating.Good, Rating.Good]);
    for (let i = 1; i < intervals.length; i += 1) expect(intervals[i]!).toBeGreaterThan(intervals[i - 1]!);
    expect(intervals[0]!).toBeGreaterThanOrEqual(1);
    expect(intervals.at(-1)!).toBeGreaterThan(30);
    expect(isLearned(card)).toBe(true);
  });

  it('brings a missed word back in the same session, then the next day', () => {
    const { intervals } = simulate([Rating.Again, Rating.Good]);
    expect(intervals[0]! * DAY).toBeLessThanOrEqual(60_000); // one minute: still in this round
    expect(intervals[1]!).toBeGreaterThanOrEqual(1);
    expect(intervals[1]!).toBeLessThan(2);
  });

  it('shrinks the interval after a lapse, and grows it again afterwards', () => {
    const known = simulate([Rating.Good, Rating.Good, Rating.Good, Rating.Good]).intervals;
    const lapsed = simulate([Rating.Good, Rating.Good, Rating.Good, Rating.Good, Rating.Again, Rating.Good, Rating.Good]);
    const beforeLapse = known.at(-1)!;
    const afterRelearn = lapsed.intervals[5]!;
    expect(afterRelearn).toBeLessThan(beforeLapse);
    expect(lapsed.intervals[6]!).toBeGreaterThan(afterRelearn);
    expect(lapsed.card.l).toBe(1);
  });

  it('keeps a card through JSON (dates as numbers, revived as Dates)', () => {
    const { card } = simulate([Rating.Good, Rating.Hard, Rating.Good]);
    const revived = JSON.parse(JSON.stringify(card)) as PracticeCard;
    const asCard = toCard(revived, START);
    expect(asCard.due).toBeInstanceOf(Date);
    expect(asCard.due.getTime()).toBe(card.due);
    expect(asCard.last_review?.getTime()).toBe(card.lr);
    // ts-fsrs cards revived from JSON carry ISO strings: they are stored the same way.
    const fromJson = JSON.parse(JSON.stringify(asCard)) as Parameters<typeof fromCard>[2];
    expect(fromCard('m1', 'huisarts', fromJson)).toEqual(card);
    expect(JSON.stringify(card).length).toBeLessThan(160);
  });
});
