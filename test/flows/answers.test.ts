// Tests for src/flows/answers.ts: typed answers of every kind, including other scripts' digits and sloppy labels.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/app.js';
import { asciiDigits, matchChoice, parseTyped, zoneOffsetMinutes } from '../../src/flows/answers.js';
import type { AskStep } from '../../src/flows/schema.js';
import { createTranslator } from '../../src/i18n/i18n.js';

const translator = createTranslator(path.join(PROJECT_ROOT, 'locales'));
const now = Date.UTC(2026, 10, 30, 10, 0);
const context = { translator, now, timeZone: 'Europe/Amsterdam' };
const ask = (step: Partial<AskStep>): AskStep => ({ ask: 'q', ...step }) as AskStep;
const choices = [
  { id: 'housing', label: 'Wonen' },
  { id: 'school', label: 'School' },
  { id: 'work', label: 'Werk en studie' },
];

describe('answers', () => {
  it('matches choices by number, label (any case, accents, trailing dot) or id', () => {
    expect(matchChoice('2', choices)?.id).toBe('school');
    expect(matchChoice('٣', choices)?.id).toBe('work');
    expect(matchChoice('3.', choices)?.id).toBe('work');
    expect(matchChoice('  WERK EN STUDIE ', choices)?.id).toBe('work');
    expect(matchChoice('housing', choices)?.id).toBe('housing');
    expect(matchChoice('4', choices)).toBeUndefined();
    expect(matchChoice('banaan', choices)).toBeUndefined();
  });

  it('reads several picks for multiple-answer questions', () => {
    const step = ask({ choices: ['housing', 'school', 'work'], multiple: true });
    expect(parseTyped(step, choices, '1, 3', context)).toEqual({ ok: true, value: ['housing', 'work'] });
    expect(parseTyped(step, choices, '۱ ۲', context)).toEqual({ ok: true, value: ['housing', 'school'] });
    expect(parseTyped(step, choices, '1, 9', context)).toMatchObject({ ok: false, hint: 'common.hint.multiple' });
  });

  it('understands yes and no words of every language', () => {
    const step = ask({ expect: 'yesno' });
    const yesNo = [
      { id: 'yes', label: 'Ja' },
      { id: 'no', label: 'Nee' },
    ];
    for (const word of ['ja', 'Yes', 'نعم', 'evet']) expect(parseTyped(step, yesNo, word, context), word).toMatchObject({ ok: true, value: 'yes' });
    for (const word of ['nee', 'no', 'لا', 'hayır']) expect(parseTyped(step, yesNo, word, context), word).toMatchObject({ ok: true, value: 'no' });
    expect(parseTyped(step, yesNo, 'misschien', context)).toMatchObject({ ok: false, hint: 'common.hint.yesno' });
  });

  it('checks numbers, with Arabic-Indic digits and ranges', () => {
    const step = ask({ expect: { number: { min: 1, max: 10, integer: true } } });
    expect(parseTyped(step, undefined, '٧', context)).toEqual({ ok: true, value: 7 });
    expect(parseTyped(step, undefined, '11', context)).toMatchObject({ ok: false, hint: 'common.hint.number_range', vars: { min: 1, max: 10 } });
    expect(parseTyped(step, undefined, 'seven', context)).toMatchObject({ ok: false, hint: 'common.hint.number' });
    expect(asciiDigits('۲۰۲۶')).toBe('2026');
  });

  it('reads dates in Dutch and English, relative to the clock and time zone', () => {
    const step = ask({ expect: { date: { future: true } } });
    const tomorrow = parseTyped(step, undefined, 'morgen', context);
    expect(tomorrow.ok && new Date(tomorrow.value as string).getUTCDate()).toBe(1);
    const march = parseTyped(step, undefined, '12 maart', context);
    expect(march.ok && (march.value as string).startsWith('2027-03-12')).toBe(true);
    expect(parseTyped(step, undefined, 'on 3 January', context)).toMatchObject({ ok: true });
    expect(parseTyped(step, undefined, 'yesterday', context)).toMatchObject({ ok: false, hint: 'common.hint.date_future' });
    expect(parseTyped(step, undefined, 'banana', context)).toMatchObject({ ok: false, hint: 'common.hint.date' });
    expect(zoneOffsetMinutes('Europe/Amsterdam', now)).toBe(60);
    expect(zoneOffsetMinutes('Europe/Amsterdam', Date.UTC(2026, 6, 1))).toBe(120);
  });

  it('checks text length in characters, not bytes, and requires letters for names', () => {
    const name = ask({ expect: { text: { min: 1, max: 5, name: true } } });
    expect(parseTyped(name, undefined, 'مريم', context)).toEqual({ ok: true, value: 'مريم' });
    expect(parseTyped(name, undefined, '👩‍👩‍👧', context)).toMatchObject({ ok: false });
    expect(parseTyped(name, undefined, 'Anna Maria', context)).toMatchObject({ ok: false, hint: 'common.hint.text_too_long' });
    expect(parseTyped(name, undefined, '\u200F', context)).toMatchObject({ ok: false, hint: 'common.hint.text_empty' });
  });
});
