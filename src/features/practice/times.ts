// Fast local dates and "next HH:MM in a zone" for thousands of learners: Intl formatters, each zone's last local day
// and zone results are cached; the DST-correct arithmetic is core/when's (luxon), once per zone, day and time.
import { zonedInstant } from '../../core/when/zone.js';

const formatters = new Map<string, Intl.DateTimeFormat>();
const instants = new Map<string, number>();
const DAY = 86_400_000;

function formatter(timeZone: string): Intl.DateTimeFormat {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', weekday: 'short' });
    formatters.set(timeZone, format);
  }
  return format;
}

/** The last answer per zone: a nudge run asks for thousands of learners at the same instant, mostly in one zone. */
const lastDay = new Map<string, { at: number; local: LocalDay }>();

/** Shared between callers (cached): read-only. */
interface LocalDay {
  readonly day: string;
  readonly weekday: number;
}

/** Calendar date (YYYY-MM-DD) and weekday (0 = Sunday) of an instant in a time zone. */
export function localDayOf(at: number, timeZone: string): LocalDay {
  const last = lastDay.get(timeZone);
  if (last?.at === at) return last.local;
  const local = formatDay(at, timeZone);
  if (lastDay.size > 1_000) lastDay.clear();
  lastDay.set(timeZone, { at, local });
  return local;
}

function formatDay(at: number, timeZone: string): LocalDay {
  let year = '';
  let month = '';
  let day = '';
  let weekday = 0;
  for (const part of formatter(timeZone).formatToParts(at)) {
    if (part.type === 'year') year = part.value;
    else if (part.type === 'month') month = part.value;
    else if (part.type === 'day') day = part.value;
    else if (part.type === 'weekday') weekday = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'].indexOf(part.value);
  }
  return { day: `${year}-${month}-${day}`, weekday };
}

/** YYYY-MM-DD `days` after another (plain calendar arithmetic). */
export function plusDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T12:00:00Z`) + days * DAY).toISOString().slice(0, 10);
}

/** The instant a zone's wall clock shows `hhmm` on `day` (DST-correct, cached: learners share zones and times). */
export function instantOf(day: string, hhmm: string, timeZone: string): number {
  const key = `${day}|${hhmm}|${timeZone}`;
  let at = instants.get(key);
  if (at === undefined) {
    const [year, month, date] = day.split('-').map(Number) as [number, number, number];
    at = zonedInstant({ year, month, day: date }, hhmm, timeZone);
    if (instants.size > 50_000) instants.clear();
    instants.set(key, at);
  }
  return at;
}

/** The first `hhmm` in `timeZone` strictly after `after`; on `weekday` (0 = Sunday) only, when given. */
export function nextAt(after: number, hhmm: string, timeZone: string, weekday?: number): number {
  const today = localDayOf(after, timeZone);
  for (let i = 0; i < 8; i += 1) {
    const day = plusDays(today.day, i);
    if (weekday !== undefined && (today.weekday + i) % 7 !== weekday) continue;
    const at = instantOf(day, hhmm, timeZone);
    if (at > after) return at;
  }
  return instantOf(plusDays(today.day, 8), hhmm, timeZone);
}
