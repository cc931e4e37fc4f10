// Natural-language dates/times (Dutch and English) read in the group's zone across DST, and written back per language.
import fc from 'fast-check';
import { DateTime } from 'luxon';
import { afterEach, describe, expect, it } from 'vitest';
import { formatDay, formatWhen, parseDay, parseWhen, wallClockInstant, type WhenProblem } from '../../src/core/when/index.js';

const TZ = 'Europe/Amsterdam';
/** Tuesday 1 December 2026, 11:00 in Amsterdam. */
const NOW = Date.parse('2026-12-01T10:00:00Z');
/** Local wall clock in Amsterdam of a parse result, "2026-12-05 15:00 Sat". */
const local = (at: number) => DateTime.fromMillis(at, { zone: TZ }).toFormat('yyyy-MM-dd HH:mm ccc', { locale: 'en' });

describe('parseWhen reads meeting times (now: Tue 1 Dec 2026 11:00, Amsterdam)', () => {
  const valid: Array<[string, string]> = [
    // evening and afternoon words make the hour pm
    ['vanavond om 8 uur', '2026-12-01 20:00 Tue'],
    ['vanavond 8 uur', '2026-12-01 20:00 Tue'],
    ['om 8 uur vanavond', '2026-12-01 20:00 Tue'],
    ["'s avonds om 8 uur", '2026-12-01 20:00 Tue'],
    ['’s avonds om 8 uur', '2026-12-01 20:00 Tue'],
    ["zaterdag 's avonds om 7", '2026-12-05 19:00 Sat'],
    ['morgenavond om 7', '2026-12-02 19:00 Wed'],
    ["'s middags om 3 uur", '2026-12-01 15:00 Tue'],
    ["om 3 uur 's middags", '2026-12-01 15:00 Tue'],
    ['morgenmiddag 3 uur', '2026-12-02 15:00 Wed'],
    ['zaterdagavond 8 uur', '2026-12-05 20:00 Sat'],
    ['zondagmiddag om 2 uur', '2026-12-06 14:00 Sun'],
    // u / uur suffix
    ['za 15u', '2026-12-05 15:00 Sat'],
    ['za 15 uur', '2026-12-05 15:00 Sat'],
    ['zaterdag 15u', '2026-12-05 15:00 Sat'],
    ['ma 9u30', '2026-12-07 09:30 Mon'],
    ['zaterdag om acht uur', '2026-12-05 08:00 Sat'],
    // half / kwart, daytime reading
    ['half drie', '2026-12-01 14:30 Tue'],
    ['zaterdag half drie', '2026-12-05 14:30 Sat'],
    ['5 december om half 3', '2026-12-05 14:30 Sat'],
    ['morgen om half 8', '2026-12-02 19:30 Wed'],
    ['kwart over zeven', '2026-12-01 19:15 Tue'],
    ['morgen kwart over zeven', '2026-12-02 19:15 Wed'],
    ['kwart voor acht', '2026-12-01 19:45 Tue'],
    ['zaterdag kwart voor tien', '2026-12-05 09:45 Sat'],
    ['tien voor half acht', '2026-12-01 19:20 Tue'],
    ['woensdag om 7 uur', '2026-12-02 19:00 Wed'],
    // morning, night and 24-hour notations are kept
    ['zaterdagochtend 10 uur', '2026-12-05 10:00 Sat'],
    ['morgenochtend om 7 uur', '2026-12-02 07:00 Wed'],
    ['zaterdag 07:00', '2026-12-05 07:00 Sat'],
    ["zaterdag om 3 uur 's nachts", '2026-12-05 03:00 Sat'],
    // everyday ones
    ['zaterdag om 14:00', '2026-12-05 14:00 Sat'],
    ['morgen 10 uur', '2026-12-02 10:00 Wed'],
    ['volgende week dinsdag 19.30', '2026-12-08 19:30 Tue'],
    ['dinsdag 19.30', '2026-12-01 19:30 Tue'],
    ['dinsdag 9 uur', '2026-12-08 09:00 Tue'],
    ['zo 10:00', '2026-12-06 10:00 Sun'],
    ['do 20:00', '2026-12-03 20:00 Thu'],
    ['15 januari 14:00', '2027-01-15 14:00 Fri'],
    ['1 april om 10 uur', '2027-04-01 10:00 Thu'],
    ['zaterdag 15:00 🎉', '2026-12-05 15:00 Sat'],
    ['over 2 uur', '2026-12-01 13:00 Tue'],
    // English
    ['tomorrow 3pm', '2026-12-02 15:00 Wed'],
    ['Sat 2pm', '2026-12-05 14:00 Sat'],
    ['Saturday at 3', '2026-12-05 15:00 Sat'],
    ['Friday 7.30pm', '2026-12-04 19:30 Fri'],
    ['next week Tuesday 7pm', '2026-12-08 19:00 Tue'],
    ['tonight at 8', '2026-12-01 20:00 Tue'],
    ['Sunday 10am', '2026-12-06 10:00 Sun'],
  ];
  it.each(valid)('%s → %s', (text, expected) => {
    const result = parseWhen(text, { now: NOW, timeZone: TZ });
    expect(result.ok ? local(result.at) : result.problem).toBe(expected);
  });

  const invalid: Array<[string, WhenProblem]> = [
    ['32 februari', 'unparseable'],
    ['29 februari 14:00', 'unparseable'],
    ['31 april 10:00', 'unparseable'],
    ['gisteren', 'past'],
    ['gisteren om 3 uur', 'past'],
    ['vandaag 9 uur', 'past'],
    ['1 december 2025 14:00', 'past'],
    ['vrijdag', 'no_time'],
    ['next Friday', 'no_time'],
    ['banaan', 'unparseable'],
    ['zaterdag of zondag 15:00', 'unparseable'],
    ['🎉🙂👍', 'empty'],
    ['', 'empty'],
    ['   ', 'empty'],
    ['a'.repeat(5000), 'too_long'],
    ['zaterdag 15:00 '.repeat(400), 'too_long'],
    ['25:00', 'unparseable'],
  ];
  it.each(invalid)('%s → %s', (text, problem) => {
    const result = parseWhen(text, { now: NOW, timeZone: TZ });
    expect(result.ok ? local(result.at) : result.problem).toBe(problem);
  });
});

describe('the wall-clock time is placed in the group zone with the offset of that date (DST)', () => {
  const cases: Array<[string, number, string, string]> = [
    // [label, now, text, expected UTC]
    ['spring: Thu before the change, Sunday is summer time', Date.parse('2027-03-25T10:00:00Z'), 'zondag 14:00', '2027-03-28T12:00:00.000Z'],
    ['spring: Saturday before the change is still winter time', Date.parse('2027-03-25T10:00:00Z'), 'zaterdag 14:00', '2027-03-27T13:00:00.000Z'],
    ['spring: a skipped time becomes the first minute after the gap', Date.parse('2027-03-25T10:00:00Z'), "zondag 2:30 's nachts", '2027-03-28T01:00:00.000Z'],
    ['autumn: Thu before the change, Sunday is winter time', Date.parse('2026-10-22T10:00:00Z'), 'zondag 14:00', '2026-10-25T13:00:00.000Z'],
    ['autumn: "morgen" across the change', Date.parse('2026-10-24T10:00:00Z'), 'morgen half drie', '2026-10-25T13:30:00.000Z'],
    ['autumn: relative hours across the change are real hours', Date.parse('2026-10-24T23:30:00Z'), 'over 3 uur', '2026-10-25T02:30:00.000Z'],
    ['another zone (Kyiv)', Date.parse('2026-12-01T10:00:00Z'), 'zaterdag 14:00', '2026-12-05T12:00:00.000Z'],
  ];
  const originalTz = process.env.TZ;
  afterEach(() => {
    if (originalTz === undefined) delete process.env.TZ;
    else process.env.TZ = originalTz;
  });
  it.each(cases)('%s', (label, now, text, expected) => {
    const zone = label.includes('Kyiv') ? 'Europe/Kyiv' : TZ;
    const result = parseWhen(text, { now, timeZone: zone });
    expect(result.ok && new Date(result.at).toISOString()).toBe(expected);
  });
  it.each(['America/Los_Angeles', 'Asia/Tokyo', 'UTC'])('gives the same answers whatever the machine zone is (%s)', (machine) => {
    process.env.TZ = machine;
    expect(new Date(Date.UTC(2026, 0, 1)).getHours()).not.toBeNaN();
    for (const [, now, text, expected] of cases.filter(([label]) => !label.includes('Kyiv'))) {
      const result = parseWhen(text, { now, timeZone: TZ });
      expect(result.ok && new Date(result.at).toISOString()).toBe(expected);
    }
  });

  it('round-trips: any future wall-clock minute written as "d maand yyyy HH:MM" parses back to itself', () => {
    const months = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 900 }), fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }), (days, hour, minute) => {
        const day = DateTime.fromMillis(NOW, { zone: TZ }).plus({ days });
        const at = wallClockInstant({ year: day.year, month: day.month, day: day.day }, hour, minute, TZ)!;
        const text = `${day.day} ${months[day.month - 1]} ${day.year} ${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
        const result = parseWhen(text, { now: NOW, timeZone: TZ });
        expect(result.ok && result.at).toBe(at);
      }),
      { numRuns: 150 },
    );
  });
});

describe('parseDay reads due dates', () => {
  const cases: Array<[string, string]> = [
    ['vrijdag', '2026-12-04'],
    ['5 december', '2026-12-05'],
    ['over twee weken', '2026-12-15'],
    ['next Friday', '2026-12-11'],
    ['vandaag', '2026-12-01'],
    ['morgen', '2026-12-02'],
    ['15 januari', '2027-01-15'],
    ['29 februari 2028', '2028-02-29'],
    ['gisteren', 'past'],
    ['1 november 2026', 'past'],
    ['32 februari', 'unparseable'],
    ['nooit', 'unparseable'],
    ['🙂', 'empty'],
    ['x'.repeat(5000), 'too_long'],
  ];
  it.each(cases)('%s → %s', (text, expected) => {
    const result = parseDay(text, { now: NOW, timeZone: TZ });
    expect(result.ok ? result.iso : result.problem).toBe(expected);
  });
  it('uses the date in the zone, not UTC: just after midnight in Amsterdam is already the next day', () => {
    const result = parseDay('vandaag', { now: Date.parse('2026-12-01T23:30:00Z'), timeZone: TZ });
    expect(result.ok && result.iso).toBe('2026-12-02');
  });
});

describe('formatWhen writes a time in the reader\'s language (Gregorian calendar, 24-hour clock, the group zone)', () => {
  const at = Date.parse('2026-12-05T14:00:00Z'); // Saturday 15:00 in Amsterdam
  it.each([
    ['nl', 'zaterdag 5 december om 15:00'],
    ['en', 'Saturday 5 December at 15:00'],
    ['uk', 'субота, 5 грудня о 15:00'],
  ])('%s: %s', (locale, expected) => {
    expect(formatWhen(at, { locale, timeZone: TZ })).toBe(expected);
  });
  it.each(['ar', 'fa', 'ti', 'tr', 'so'])('%s: names the month in its own script and shows 15:00', (locale) => {
    const text = formatWhen(at, { locale, timeZone: TZ });
    expect(text).not.toMatch(/December/);
    expect(text.replace(/[\u0660-\u0669]/gu, (d) => String(d.charCodeAt(0) - 0x660)).replace(/[\u06f0-\u06f9]/gu, (d) => String(d.charCodeAt(0) - 0x6f0))).toMatch(/15:00/);
  });
  it('shows summer time after the spring change', () => {
    expect(formatWhen(Date.parse('2027-03-28T12:00:00Z'), { locale: 'nl', timeZone: TZ })).toBe('zondag 28 maart om 14:00');
  });
  it('writes a calendar day', () => {
    expect(formatDay('2026-12-04', { locale: 'nl' })).toBe('vrijdag 4 december');
    expect(formatDay({ year: 2026, month: 12, day: 4 }, { locale: 'en' })).toBe('Friday 4 December');
  });
});
