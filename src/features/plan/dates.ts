// Due dates of plan items: typed in natural language, stored date-only (`YYYY-MM-DD`), shown in the reader's language.
import * as chrono from 'chrono-node';
import { DateTime } from 'luxon';
import { zoneOffsetMinutes } from '../../flows/answers.js';
import { isoDay } from './plan.js';

export type DueParse = { ok: true; date: string } | { ok: false; reason: 'invalid' | 'past' };

/** Reads a typed due date ("vrijdag", "5 december", "next week", "2026-12-05") as a date in `timeZone`; today is fine, earlier is `past`. */
export function parseDueDate(text: string, context: { now: number; timeZone: string }): DueParse {
  const reference = { instant: new Date(context.now), timezone: zoneOffsetMinutes(context.timeZone, context.now) };
  const found = chrono.nl.parseDate(text, reference, { forwardDate: true }) ?? chrono.en.parseDate(text, reference, { forwardDate: true });
  if (!found) return { ok: false, reason: 'invalid' };
  const date = isoDay(found.getTime(), context.timeZone);
  if (date < isoDay(context.now, context.timeZone)) return { ok: false, reason: 'past' };
  return { ok: true, date };
}

/** "5 december" / "5 Dec 2027" (the year only when it is not this year), in the reader's language. */
export function formatDueDate(date: string, locale: string, now: number, timeZone: string): string {
  const day = DateTime.fromISO(date, { zone: timeZone }).setLocale(locale);
  const sameYear = day.year === DateTime.fromMillis(now, { zone: timeZone }).year;
  return day.toLocaleString(sameYear ? { day: 'numeric', month: 'long' } : { day: 'numeric', month: 'long', year: 'numeric' });
}

/** A date some days after `date`. */
export function addDays(date: string, days: number): string {
  return DateTime.fromISO(date, { zone: 'utc' }).plus({ days }).toISODate() ?? date;
}
