// Refiners (chrono's post-processing API) shared by the Dutch and English parsers: part-of-day words, the daytime reading of a bare hour, "next week Tuesday".
import { Meridiem, type ParsingResult, type Refiner } from 'chrono-node';
import { DateTime } from 'luxon';

const EVENING = /avond|evening|tonight/iu;
const AFTERNOON = /middag|afternoon/iu;
const MORNING = /ochtend|morgens|vanmorgen|dag\s?morgen|morning/iu;
const NIGHT = /nacht|night/iu;
/** A clock written with a leading zero (`07:00`, `08.30`, `07u`) is a 24-hour clock: never shifted. */
const LEADING_ZERO = /(?<!\d)0\d\s*(?:[:.hu]|uur)/iu;

function setHour(result: ParsingResult, hour: number): void {
  result.start.assign('hour', hour);
  result.start.assign('meridiem', hour >= 12 ? Meridiem.PM : Meridiem.AM);
}

/** Evening and afternoon words make a 12-hour clock pm: `vanavond om 8 uur` → 20:00, `'s middags om 3 uur` → 15:00. */
export const partOfDayRefiner: Refiner = {
  refine(context, results) {
    // The whole text: welkom reads one time per message, and "om 3 uur 's middags" puts the word outside chrono's match.
    const text = context.text;
    for (const result of results) {
      if (!result.start.isCertain('hour')) continue;
      const hour = result.start.get('hour') ?? 0;
      if (hour === 0 || hour >= 12) continue;
      if (EVENING.test(text)) setHour(result, hour + 12);
      else if (AFTERNOON.test(text) && hour <= 6) setHour(result, hour + 12);
    }
    return results;
  },
};

/**
 * The daytime reading for meetings: a bare 12-hour time with no am/pm, no part-of-day word and no 24-hour
 * notation is read as the one between 08:00 and 19:59 (`half drie` → 14:30, `kwart over zeven` → 19:15,
 * `om 10 uur` → 10:00). The parsed time is always shown back for confirmation.
 */
export const daytimeRefiner: Refiner = {
  refine(context, results) {
    for (const result of results) {
      if (!result.start.isCertain('hour') || result.start.isCertain('meridiem')) continue;
      const hour = result.start.get('hour') ?? 0;
      if (hour < 1 || hour > 7) continue;
      if (MORNING.test(context.text) || NIGHT.test(context.text) || LEADING_ZERO.test(result.text)) continue;
      setHour(result, hour + 12);
    }
    return results;
  },
};

const NEXT_WEEK = /^(?:next week|volgende week|komende week)$/iu;

/** `next week Tuesday 7pm` (two results in plain chrono) → Tuesday of next week at 19:00. */
export const nextWeekWeekdayRefiner: Refiner = {
  refine(context, results) {
    const out: ParsingResult[] = [];
    for (let i = 0; i < results.length; i += 1) {
      const current = results[i]!;
      const next = results[i + 1];
      const between = next ? context.text.slice(current.index + current.text.length, next.index) : '';
      if (next && NEXT_WEEK.test(current.text) && /^\s*(?:on|op)?\s*$/iu.test(between) && next.start.isCertain('weekday') && !next.start.isCertain('day')) {
        const weekStart = DateTime.fromObject({ year: current.start.get('year')!, month: current.start.get('month')!, day: current.start.get('day')! }, { zone: 'UTC' }).startOf('week');
        const day = weekStart.plus({ days: ((next.start.get('weekday') ?? 1) + 6) % 7 });
        next.start.assign('day', day.day);
        next.start.assign('month', day.month);
        next.start.assign('year', day.year);
        const end = next.index + next.text.length;
        next.index = current.index;
        next.text = context.text.slice(current.index, end);
        out.push(next);
        i += 1;
        continue;
      }
      out.push(current);
    }
    return out;
  },
};
