// Recurring meetups (weekly, every two weeks, monthly on the same weekday) with rrule, on the group's wall clock so DST never shifts the hour.
import rrule from 'rrule';
import { inZone, wallClockInstant } from '../../core/when/index.js';
import type { Meetup, MeetupRepeat } from '../../store/schema.js';

const { RRule } = rrule;
const WEEKDAYS = [RRule.MO, RRule.TU, RRule.WE, RRule.TH, RRule.FR, RRule.SA, RRule.SU];

/** A wall-clock time as a "floating" UTC date (rrule's recommended way to stay on local time). */
function floating(at: number, timeZone: string): Date {
  const dt = inZone(at, timeZone);
  return new Date(Date.UTC(dt.year, dt.month - 1, dt.day, dt.hour, dt.minute));
}

/** The rule of a series that started at `start`: weekly, every 2 weeks, or monthly on the same nth weekday ("first Saturday"; the 5th becomes "last"). */
export function seriesRule(repeat: MeetupRepeat, start: number, timeZone: string): InstanceType<typeof RRule> {
  const dtstart = floating(start, timeZone);
  if (repeat === 'monthly') {
    const weekday = WEEKDAYS[(dtstart.getUTCDay() + 6) % 7]!;
    const nth = Math.ceil(dtstart.getUTCDate() / 7);
    return new RRule({ freq: RRule.MONTHLY, byweekday: [weekday.nth(nth > 4 ? -1 : nth)], dtstart });
  }
  return new RRule({ freq: RRule.WEEKLY, interval: repeat === 'biweekly' ? 2 : 1, dtstart });
}

/** The series time after this meetup's time (ms, in the meetup's zone), or undefined for a one-off meetup. */
export function nextInSeries(meetup: Pick<Meetup, 'repeat' | 'at' | 'seriesStart' | 'timeZone'>): number | undefined {
  if (!meetup.repeat || meetup.at === undefined) return undefined;
  const rule = seriesRule(meetup.repeat, meetup.seriesStart ?? meetup.at, meetup.timeZone);
  const next = rule.after(floating(meetup.at, meetup.timeZone), false);
  if (!next) return undefined;
  return wallClockInstant({ year: next.getUTCFullYear(), month: next.getUTCMonth() + 1, day: next.getUTCDate() }, next.getUTCHours(), next.getUTCMinutes(), meetup.timeZone);
}
