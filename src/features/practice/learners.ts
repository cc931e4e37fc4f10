// A learner's practice record: defaults, their local day, the streak and the weekly counts.
import type { Member, PracticeLearner } from '../../store/schema.js';
import type { Store } from '../../store/store.js';
import { localDayOf, plusDays } from './times.js';

export const DEFAULT_SETTINGS: PracticeLearner['settings'] = { newPerDay: 5, sessionLength: 10, time: '18:00', paused: false };
/** Choices offered in the settings menu. */
export const NEW_PER_DAY_CHOICES = [3, 5, 8, 12] as const;
export const SESSION_LENGTH_CHOICES = [5, 10, 15, 20] as const;
export const TIME_CHOICES = ['08:30', '10:00', '12:30', '15:00', '17:00', '18:00', '19:00', '20:00', '21:00'] as const;
const WEEK = 7 * 86_400_000;

/** The learner's record, created with defaults on first use (not stored until the caller puts it). */
export function learnerOf(store: Store, member: Member, now: number): PracticeLearner {
  return (
    store.get('practiceLearners', member.id) ?? {
      id: member.id,
      settings: { ...DEFAULT_SETTINGS },
      newToday: { day: localDay(now, member.timeZone), count: 0 },
      streak: { days: 0 },
      week: { since: now, answers: 0, learned: 0 },
      createdAt: now,
    }
  );
}

/** YYYY-MM-DD in a time zone. */
export function localDay(at: number, timeZone: string): string {
  return localDayOf(at, timeZone).day;
}

/** New words the learner may still start today. */
export function newLeftToday(learner: PracticeLearner, now: number, timeZone: string): number {
  const today = localDay(now, timeZone);
  const used = learner.newToday.day === today ? learner.newToday.count : 0;
  return Math.max(0, learner.settings.newPerDay - used);
}

export function countNewWord(learner: PracticeLearner, now: number, timeZone: string): void {
  const today = localDay(now, timeZone);
  learner.newToday = { day: today, count: (learner.newToday.day === today ? learner.newToday.count : 0) + 1 };
}

/** Records that the learner practised today: the streak grows by one per new day in a row, restarts after a gap. */
export function markPractised(learner: PracticeLearner, now: number, timeZone: string): void {
  const today = localDay(now, timeZone);
  const last = learner.streak.lastDay;
  if (last === today) return;
  const yesterday = plusDays(today, -1);
  learner.streak = { days: last === yesterday ? learner.streak.days + 1 : 1, lastDay: today };
}

/** The streak as it stands today (0 once a day was skipped). */
export function currentStreak(learner: PracticeLearner, now: number, timeZone: string): number {
  const today = localDay(now, timeZone);
  const yesterday = plusDays(today, -1);
  return learner.streak.lastDay === today || learner.streak.lastDay === yesterday ? learner.streak.days : 0;
}

/** Starts a new week of counts when the last one is over. */
export function rollWeek(learner: PracticeLearner, now: number): void {
  if (now - learner.week.since >= WEEK) learner.week = { since: now, answers: 0, learned: 0 };
}

export function practisedToday(learner: PracticeLearner, now: number, timeZone: string): boolean {
  return learner.streak.lastDay === localDay(now, timeZone);
}
