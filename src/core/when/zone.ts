// Time-zone arithmetic on luxon: wall-clock dates and times in an IANA zone, correct across DST, never the machine's TZ.
import { DateTime } from 'luxon';

/** A calendar date in some zone. */
export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

/** The instant as a luxon DateTime in `timeZone`. */
export function inZone(at: number, timeZone: string): DateTime {
  return DateTime.fromMillis(at, { zone: timeZone });
}

/** Calendar date (y, m, d) of an instant in a time zone. */
export function localDate(at: number, timeZone: string): CalendarDate {
  const { year, month, day } = inZone(at, timeZone);
  return { year, month, day };
}

/** Hour, minute and second of an instant in a time zone. */
export function localTime(at: number, timeZone: string): { hour: number; minute: number; second: number } {
  const { hour, minute, second } = inZone(at, timeZone);
  return { hour, minute, second };
}

/** Day of the week (0 = Sunday) of an instant in a time zone. */
export function localWeekday(at: number, timeZone: string): number {
  return inZone(at, timeZone).weekday % 7;
}

/** Offset of the zone from UTC in minutes at that instant (e.g. 60 in Amsterdam in winter, 120 in summer). */
export function zoneOffset(at: number, timeZone: string): number {
  return inZone(at, timeZone).offset;
}

/**
 * The instant when the wall clock in `timeZone` shows `hour:minute` on `date`. A time that happens twice
 * (autumn DST) gives the later one; a skipped time (spring DST) gives the first valid minute after the gap.
 * Returns undefined for a date that does not exist (e.g. 30 February).
 */
export function wallClockInstant(date: CalendarDate, hour: number, minute: number, timeZone: string): number | undefined {
  if (!DateTime.fromObject(date, { zone: 'UTC' }).isValid || hour < 0 || hour > 23 || minute < 0 || minute > 59) return undefined;
  const dt = DateTime.fromObject({ ...date, hour, minute, second: 0, millisecond: 0 }, { zone: timeZone });
  if (!dt.isValid) return undefined;
  const shown = dt.hour * 60 + dt.minute;
  if (shown !== hour * 60 + minute) {
    // Skipped by a DST jump: luxon moved forward by the gap; the first valid minute is the gap's end.
    return dt.startOf('hour').toMillis();
  }
  // Ambiguous (happens twice)? luxon picks the earlier offset; take the later occurrence.
  const later = dt.plus({ hours: 1 });
  if (later.hour === dt.hour && later.minute === dt.minute && later.day === dt.day) return later.toMillis();
  return dt.toMillis();
}

/** `wallClockInstant` for an `HH:MM` string; throws on a date that does not exist. */
export function zonedInstant(date: CalendarDate, hhmm: string, timeZone: string): number {
  const [h = 0, m = 0] = hhmm.split(':').map(Number);
  const at = wallClockInstant(date, h, m, timeZone);
  if (at === undefined) throw new RangeError(`There is no ${date.year}-${date.month}-${date.day} ${hhmm} in ${timeZone}.`);
  return at;
}

/** The calendar date `days` after `date` (calendar arithmetic, no zone involved). */
export function addDays(date: CalendarDate, days: number): CalendarDate {
  const { year, month, day } = DateTime.fromObject(date, { zone: 'UTC' }).plus({ days });
  return { year, month, day };
}

/** `YYYY-MM-DD` of a calendar date. */
export function isoDate(date: CalendarDate): string {
  return DateTime.fromObject(date, { zone: 'UTC' }).toISODate() ?? '';
}
