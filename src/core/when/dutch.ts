// What plain chrono-node gets wrong in everyday Dutch, added through chrono's own Parser/Refiner API:
// `15u` / `9u30`, `half drie`, `kwart over zeven`, `tien voor half acht`, `zaterdagavond`, and the part-of-day words.
import { Meridiem, type Parser, type ParsingComponents, type ParsingContext } from 'chrono-node';

const HOUR_WORDS: Record<string, number> = {
  een: 1, één: 1, twee: 2, drie: 3, vier: 4, vijf: 5, zes: 6, zeven: 7, acht: 8, negen: 9, tien: 10, elf: 11, twaalf: 12,
};
const MINUTE_WORDS: Record<string, number> = { vijf: 5, tien: 10, kwart: 15, twintig: 20 };
const HOUR = `(\\d{1,2}|${Object.keys(HOUR_WORDS).join('|')})`;
/** Not preceded by a letter or digit (chrono runs a pattern on the rest of the text, so `^` also counts). */
const START = `(?<![\\p{L}\\d])`;
const END = `(?![\\p{L}\\d])`;

function hourOf(token: string): number | undefined {
  const lower = token.toLowerCase();
  const value = /^\d+$/.test(lower) ? Number(lower) : HOUR_WORDS[lower];
  return value !== undefined && value >= 0 && value <= 24 ? value : undefined;
}

/** A time-only result at `minutes` after midnight (meridiem left to the refiners unless the clock is 24-hour). */
function timeComponents(context: ParsingContext, totalMinutes: number, explicit24h: boolean): ParsingComponents | null {
  const minutes = ((totalMinutes % 1440) + 1440) % 1440;
  const components = context.createParsingComponents();
  const hour = Math.floor(minutes / 60);
  components.assign('hour', hour);
  components.assign('minute', minutes % 60);
  if (hour >= 12 || explicit24h) components.assign('meridiem', hour >= 12 ? Meridiem.PM : Meridiem.AM);
  else components.imply('meridiem', Meridiem.AM);
  components.addTag('welkom/dutchTime');
  return components;
}

/** `15u`, `15 uur`, `9u30`, `om acht uur`, `20u15`. */
export const uurParser: Parser = {
  pattern: () => new RegExp(`${START}(?:om\\s+)?${HOUR}\\s*u(?:ur)?(?:\\s*(\\d{2}))?${END}`, 'iu'),
  extract(context, match) {
    const hour = hourOf(match[1] ?? '');
    const minute = match[2] === undefined ? 0 : Number(match[2]);
    if (hour === undefined || minute > 59 || (hour === 24 && minute > 0)) return null;
    return timeComponents(context, hour * 60 + minute, hour > 12 || /^0\d/.test(match[1] ?? ''));
  },
};

/** `half drie` (2:30), `om half 8`, `kwart over zeven`, `kwart voor acht`, `tien voor half acht`, `5 over 9`. */
export const halfKwartParser: Parser = {
  pattern: () =>
    new RegExp(`${START}(?:om\\s+)?(?:(kwart|vijf|tien|twintig|\\d{1,2})(?:\\s+minuten)?\\s+(over|na|voor)\\s+)?(half\\s+)?${HOUR}(?:\\s+uur)?${END}`, 'iu'),
  extract(context, match) {
    const [, offsetWord, direction, half, hourToken] = match;
    if (!offsetWord && !half) return null; // a bare number is not ours
    const hour = hourOf(hourToken ?? '');
    if (hour === undefined || hour > 12 || hour === 0) return null;
    let minutes = half ? (hour - 1) * 60 + 30 : hour * 60;
    if (offsetWord) {
      const offset = MINUTE_WORDS[offsetWord.toLowerCase()] ?? Number(offsetWord);
      if (!(offset > 0 && offset < 30)) return null;
      minutes += direction?.toLowerCase() === 'voor' ? -offset : offset;
    }
    return timeComponents(context, minutes, false);
  },
};

const WEEKDAYS: Record<string, number> = { zondag: 0, maandag: 1, dinsdag: 2, woensdag: 3, donderdag: 4, vrijdag: 5, zaterdag: 6 };
const PARTS: Record<string, { hour: number; meridiem: Meridiem }> = {
  ochtend: { hour: 9, meridiem: Meridiem.AM },
  morgen: { hour: 9, meridiem: Meridiem.AM },
  middag: { hour: 14, meridiem: Meridiem.PM },
  namiddag: { hour: 15, meridiem: Meridiem.PM },
  avond: { hour: 20, meridiem: Meridiem.PM },
};

/** `zaterdagavond`, `zondagmiddag`, `maandagochtend`, `vrijdagmorgen` (Friday morning, not "tomorrow"). */
export const weekdayPartParser: Parser = {
  pattern: () => new RegExp(`${START}(${Object.keys(WEEKDAYS).join('|')})\\s?(${Object.keys(PARTS).join('|')})${END}`, 'iu'),
  extract(context, match) {
    const weekday = WEEKDAYS[(match[1] ?? '').toLowerCase()];
    const part = PARTS[(match[2] ?? '').toLowerCase()];
    if (weekday === undefined || !part) return null;
    const ref = context.refDate; // chrono's reference, already shifted to the zone's wall clock
    const ahead = (weekday - ref.getDay() + 7) % 7;
    const date = new Date(ref.getFullYear(), ref.getMonth(), ref.getDate() + ahead);
    const components = context.createParsingComponents();
    components.assign('weekday', weekday);
    components.imply('day', date.getDate());
    components.imply('month', date.getMonth() + 1);
    components.imply('year', date.getFullYear());
    components.imply('hour', part.hour);
    components.imply('minute', 0);
    components.imply('meridiem', part.meridiem);
    components.addTag('welkom/weekdayPart');
    return components;
  },
};

/** Dutch parsers welkom adds to `chrono.nl.casual`. */
export const dutchParsers: Parser[] = [uurParser, halfKwartParser, weekdayPartParser];
