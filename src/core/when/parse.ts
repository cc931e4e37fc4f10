// Natural-language dates and times in Dutch or English (chrono-node + welkom's Dutch parsers/refiners), read as wall-clock time in a group's IANA zone.
import * as chrono from 'chrono-node';
import type { Chrono, ParsedResult, Parser } from 'chrono-node';
import { dutchParsers } from './dutch.js';
import { daytimeRefiner, nextWeekWeekdayRefiner, partOfDayRefiner } from './refiners.js';
import { type CalendarDate, isoDate, localDate, wallClockInstant, zoneOffset } from './zone.js';

/** Longest input we try to read (a few candidate words, not an essay). */
export const MAX_WHEN_LENGTH = 200;

/** Why a text is not a usable time; each has a localized hint in the caller's namespace. */
export type WhenProblem = 'empty' | 'too_long' | 'unparseable' | 'invalid_date' | 'no_time' | 'past';

export interface WhenOptions {
  /** "Now" (the injectable clock): relative words and the past are judged against it. */
  now: number;
  /** IANA zone the wall-clock time is meant in (the group's, `TZ_DEFAULT`). */
  timeZone: string;
  /** The writer's language: its parser is tried first (`en` → English, anything else → Dutch first). */
  locale?: string;
  /** Accept times and days in the past (default: refused with `past`). */
  allowPast?: boolean;
}

export type WhenResult = { ok: true; at: number; text: string } | { ok: false; problem: WhenProblem };
export type DayResult = { ok: true; date: CalendarDate; iso: string; text: string } | { ok: false; problem: WhenProblem };

type Language = 'nl' | 'en';

function build(base: Chrono, parsers: Parser[], daytime: boolean): Chrono {
  const custom = base.clone();
  custom.parsers.push(...parsers);
  const ours = [nextWeekWeekdayRefiner, partOfDayRefiner, ...(daytime ? [daytimeRefiner] : [])];
  // Before chrono's ForwardDateRefiner, so "dinsdag 7 uur" on a Tuesday morning becomes 19:00 today, not next week.
  const forward = custom.refiners.findIndex((refiner) => refiner.constructor.name === 'ForwardDateRefiner');
  custom.refiners.splice(forward < 0 ? custom.refiners.length : forward, 0, ...ours);
  return custom;
}

const parsers: Record<`${Language}-${'meet' | 'day'}`, Chrono> = {
  'nl-meet': build(chrono.nl.casual, dutchParsers, true),
  'en-meet': build(chrono.en.GB, [], true),
  'nl-day': build(chrono.nl.casual, dutchParsers, false),
  'en-day': build(chrono.en.GB, [], false),
};

/** Words that may stand around a date without changing it. */
const FILLER =
  /(?<![\p{L}\d])(?:om|op|rond|ongeveer|tegen|de|het|uur|'s (?:ochtends|morgens|middags|avonds|nachts)|nachts|at|on|around|about|the|o'clock|in the (?:morning|afternoon|evening)|at night)(?![\p{L}\d])/giu;

/** True when the result is the whole meaningful text (so `32 februari` is not read as "februari"). */
function covers(text: string, result: ParsedResult): boolean {
  const rest = text.slice(0, result.index) + ' ' + text.slice(result.index + result.text.length);
  return !/[\p{L}\p{N}]/u.test(rest.replace(FILLER, ' '));
}

function clean(input: string): { text: string } | { problem: WhenProblem } {
  const text = input.normalize('NFC').replace(/[\u2018\u2019\u02bc`´]/gu, "'").replace(/\s+/gu, ' ').trim();
  if (text.length > MAX_WHEN_LENGTH) return { problem: 'too_long' };
  if (!/[\p{L}\p{N}]/u.test(text)) return { problem: 'empty' };
  return { text };
}

/** The single result that covers the text, trying the writer's language first. */
function readOne(text: string, options: WhenOptions, mode: 'meet' | 'day'): ParsedResult | undefined {
  const order: Language[] = options.locale === 'en' ? ['en', 'nl'] : ['nl', 'en'];
  const reference = { instant: new Date(options.now), timezone: zoneOffset(options.now, options.timeZone) };
  for (const language of order) {
    const results = parsers[`${language}-${mode}`].parse(text, reference, { forwardDate: true });
    if (results.length === 1 && covers(text, results[0]!)) return results[0];
  }
  return undefined;
}

/**
 * Reads a meeting time such as `zaterdag om 14:00`, `vanavond om 8 uur`, `half drie`, `tomorrow 3pm`.
 * The wall-clock result is placed in `timeZone` with its own UTC offset for that date (DST-safe).
 * A bare 12-hour time is read between 08:00 and 19:59. Needs a clock time; a past time is refused.
 */
export function parseWhen(input: string, options: WhenOptions): WhenResult {
  const cleaned = clean(input);
  if ('problem' in cleaned) return { ok: false, problem: cleaned.problem };
  const result = readOne(cleaned.text, options, 'meet');
  if (!result) return { ok: false, problem: 'unparseable' };
  const start = result.start;
  let at: number | undefined;
  if (start.tags().has('result/relativeDateAndTime')) {
    at = start.date().getTime(); // "over 2 uur": a duration from now, not a wall-clock time
  } else {
    const day = { year: start.get('year')!, month: start.get('month')!, day: start.get('day')! };
    if (!options.allowPast && isoDate(day) < isoDate(localDate(options.now, options.timeZone))) return { ok: false, problem: 'past' };
    if (!start.isCertain('hour')) return { ok: false, problem: 'no_time' };
    at = wallClockInstant({ year: start.get('year')!, month: start.get('month')!, day: start.get('day')! }, start.get('hour')!, start.get('minute') ?? 0, options.timeZone);
  }
  if (at === undefined) return { ok: false, problem: 'invalid_date' };
  if (!options.allowPast && at <= options.now) return { ok: false, problem: 'past' };
  return { ok: true, at, text: result.text };
}

/** Reads a calendar day such as `vrijdag`, `5 december`, `over twee weken`, `next Friday` (due dates); today counts, the past does not. */
export function parseDay(input: string, options: WhenOptions): DayResult {
  const cleaned = clean(input);
  if ('problem' in cleaned) return { ok: false, problem: cleaned.problem };
  const result = readOne(cleaned.text, options, 'day');
  if (!result) return { ok: false, problem: 'unparseable' };
  const date = { year: result.start.get('year')!, month: result.start.get('month')!, day: result.start.get('day')! };
  if (wallClockInstant(date, 12, 0, 'UTC') === undefined) return { ok: false, problem: 'invalid_date' };
  const iso = isoDate(date);
  if (!options.allowPast && iso < isoDate(localDate(options.now, options.timeZone))) return { ok: false, problem: 'past' };
  return { ok: true, date, iso, text: result.text };
}
