// Due dates of plan items: typed in natural language, stored date-only (`YYYY-MM-DD`), shown in the reader's language (src/core/when/).
import { addDays as addCalendarDays, formatDay, isoDate, localDate, parseDay } from '../../core/when/index.js';

export type DueParse = { ok: true; date: string } | { ok: false; reason: 'invalid' | 'past' };

/** Reads a typed due date ("vrijdag", "5 december", "over twee weken", "next Friday") in `timeZone`; today is fine, earlier is `past`. */
export function parseDueDate(text: string, context: { now: number; timeZone: string; locale?: string }): DueParse {
  const result = parseDay(text, context);
  if (result.ok) return { ok: true, date: result.iso };
  return { ok: false, reason: result.problem === 'past' ? 'past' : 'invalid' };
}

/** "zaterdag 5 december" (with the year only when it is not this year), in the reader's language. */
export function formatDueDate(date: string, locale: string, now: number, timeZone: string): string {
  return formatDay(date, { locale, year: date.slice(0, 4) !== String(localDate(now, timeZone).year) });
}

/** The date some days after `date` (`YYYY-MM-DD`). */
export function addDays(date: string, days: number): string {
  const [year = 0, month = 1, day = 1] = date.split('-').map(Number);
  return isoDate(addCalendarDays({ year, month, day }, days));
}
