// Calendar arithmetic for recurring jobs: the next "HH:MM in time zone Z" (daily or on one weekday) after an instant, correct across DST.
import { localTime } from '../delivery/quiet-hours.js';

/** Calendar date (y, m, d) of an instant in a time zone. */
export function localDate(at: number, timeZone: string): { year: number; month: number; day: number } {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(new Date(at));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return { year: get('year'), month: get('month'), day: get('day') };
}

/** The instant when the wall clock in `timeZone` shows `hh:mm` on the given date (the later one if it happens twice, the first valid minute if skipped). */
export function zonedInstant(date: { year: number; month: number; day: number }, hhmm: string, timeZone: string): number {
  const [h = 0, m = 0] = hhmm.split(':').map(Number);
  const wanted = h * 60 + m;
  let guess = Date.UTC(date.year, date.month - 1, date.day, h, m);
  for (let i = 0; i < 3; i += 1) {
    const local = localTime(guess, timeZone);
    const shown = localDate(guess, timeZone);
    const dayDiff = Date.UTC(shown.year, shown.month - 1, shown.day) - Date.UTC(date.year, date.month - 1, date.day);
    const diff = wanted - (local.hour * 60 + local.minute) - dayDiff / 60_000;
    if (diff === 0) return guess;
    guess += diff * 60_000;
  }
  return guess;
}

/** The first occurrence of daily `hh:mm` in `timeZone` strictly after `after`. */
export function nextDaily(after: number, hhmm: string, timeZone: string): number {
  const today = localDate(after, timeZone);
  const candidate = zonedInstant(today, hhmm, timeZone);
  if (candidate > after) return candidate;
  const tomorrow = new Date(Date.UTC(today.year, today.month - 1, today.day + 1));
  return zonedInstant({ year: tomorrow.getUTCFullYear(), month: tomorrow.getUTCMonth() + 1, day: tomorrow.getUTCDate() }, hhmm, timeZone);
}

/** Day of the week (0 = Sunday) of an instant in a time zone. */
export function localWeekday(at: number, timeZone: string): number {
  const { year, month, day } = localDate(at, timeZone);
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}

/** The next run of a recurring schedule strictly after `after`: daily, or weekly when `weekday` is given. */
export function nextOccurrence(after: number, schedule: { time: string; weekday?: number; timeZone: string }): number {
  let next = nextDaily(after, schedule.time, schedule.timeZone);
  if (schedule.weekday === undefined) return next;
  for (let i = 0; i < 7 && localWeekday(next, schedule.timeZone) !== schedule.weekday; i += 1) next = nextDaily(next, schedule.time, schedule.timeZone);
  return next;
}
