// Calendar arithmetic for recurring jobs: the next "HH:MM in time zone Z" (daily or on one weekday) after an instant, correct across DST (luxon, via core/when).
import { addDays, localDate, localWeekday, zonedInstant } from '../core/when/zone.js';

export { localDate, localWeekday, zonedInstant };

/** The first occurrence of daily `hh:mm` in `timeZone` strictly after `after`. */
export function nextDaily(after: number, hhmm: string, timeZone: string): number {
  const today = localDate(after, timeZone);
  const candidate = zonedInstant(today, hhmm, timeZone);
  if (candidate > after) return candidate;
  return zonedInstant(addDays(today, 1), hhmm, timeZone);
}

/** The next run of a recurring schedule strictly after `after`: daily, or weekly when `weekday` is given. */
export function nextOccurrence(after: number, schedule: { time: string; weekday?: number; timeZone: string }): number {
  let next = nextDaily(after, schedule.time, schedule.timeZone);
  if (schedule.weekday === undefined) return next;
  for (let i = 0; i < 7 && localWeekday(next, schedule.timeZone) !== schedule.weekday; i += 1) next = nextDaily(next, schedule.time, schedule.timeZone);
  return next;
}
