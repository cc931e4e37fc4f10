// FSRS over simulated weeks with the injectable clock: intervals grow for known cards, shrink after a lapse; packing and JSON.
import { describe, expect, it } from 'vitest';
import { ManualClock } from '../../../src/core/clock.js';
import { fromCard, isLearned, pack, Rating, review, toCard, unpack, type CardState, type Grade } from '../../../src/features/practice/fsrs.js';
import type { PracticeCard } from '../../../src/store/schema.js';

const START = Date.UTC(2026, 10, 30, 17, 0, 0);
const DAY = 86_400_000;

/** Reviews a card whenever it is due (stored packed between reviews, as in the store); returns the intervals in days. */
function simulate(grades: Grade[]): { intervals: number[]; card: CardState } {
  const clock = new ManualClock({ now: () => 0 }, START); // frozen: only advance() moves it
  let stored: PracticeCard | undefined;
  const intervals: number[] = [];
  for (const grade of grades) {
    const card = stored ? unpack(stored) : undefined;
    if (card && card.due > clock.now()) clock.advance(card.due - clock.now());
    const next = review('m1', 'huisarts', card, grade, clock.now());
    stored = JSON.parse(JSON.stringify(pack(next))) as PracticeCard;
    intervals.push((unpack(stored).due - clock.now()) / DAY);
  }
  return { intervals, card: unpack(stored!) };
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
    const afterRelearn = lapsed.intervals[5]!;
    expect(afterRelearn).toBeLessThan(known.at(-1)!);
    expect(lapsed.intervals[6]!).toBeGreaterThan(afterRelearn);
    expect(lapsed.card.lapses).toBe(1);
  });

  it('stores a card in about 100 bytes and revives its dates; ts-fsrs cards from JSON (ISO dates) read the same', () => {
    const { card } = simulate([Rating.Good, Rating.Hard, Rating.Good]);
    const stored = pack(card);
    expect(JSON.stringify(stored).length).toBeLessThan(110);
    const asCard = toCard(unpack(stored), START);
    expect(asCard.due).toBeInstanceOf(Date);
    expect(asCard.due.getTime()).toBe(card.due);
    expect(asCard.last_review?.getTime()).toBe(card.lastReview);
    const fromJson = JSON.parse(JSON.stringify(asCard)) as Parameters<typeof fromCard>[2];
    expect(pack(fromCard('m1', 'huisarts', fromJson))).toEqual(stored);
  });
});
