// Shared date/time handling: natural-language parsing (Dutch/English), zone arithmetic (DST-safe) and localized formatting.
export { MAX_WHEN_LENGTH, parseDay, parseWhen } from './parse.js';
export type { DayResult, WhenOptions, WhenProblem, WhenResult } from './parse.js';
export { formatDay, formatShortWhen, formatTime, formatWhen, intlLocale } from './format.js';
export { addDays, inZone, isoDate, localDate, localTime, localWeekday, wallClockInstant, zonedInstant, zoneOffset } from './zone.js';
export type { CalendarDate } from './zone.js';
