// Turns what someone typed or pressed into a valid answer for a question, or says what hint to give.
import { isoDate, localDate, parseDay, parseWhen, wallClockInstant, zoneOffset } from '../core/when/index.js';
import { normalizeWord, stripControls, type Translator } from '../i18n/i18n.js';
import type { Choice } from '../core/types.js';
import type { AskStep } from './schema.js';

export type AnswerKind = 'text' | 'number' | 'date' | 'yesno' | 'choice';

export type Parsed =
  | { ok: true; value: string | number | string[]; choiceId?: string }
  | { ok: false; hint: string; vars?: Record<string, string | number> };

/** The kind of answer a question expects. */
export function answerKind(step: AskStep): AnswerKind {
  if (typeof step.expect === 'string') return step.expect;
  if (step.expect) return Object.keys(step.expect)[0] as AnswerKind;
  return step.choices ? 'choice' : 'text';
}

const DIGITS: Record<string, string> = {};
'٠١٢٣٤٥٦٧٨٩'.split('').forEach((d, i) => (DIGITS[d] = String(i)));
'۰۱۲۳۴۵۶۷۸۹'.split('').forEach((d, i) => (DIGITS[d] = String(i)));

/** Arabic-Indic and Persian digits to ASCII digits. */
export function asciiDigits(text: string): string {
  return text.replace(/[٠-٩۰-۹]/g, (d) => DIGITS[d] ?? d);
}

/** Finds the choice someone typed: its number, its label or its id, in any case. */
export function matchChoice(text: string, choices: Choice[]): Choice | undefined {
  const typed = normalizeWord(asciiDigits(text)).replace(/^(\d+)[.)]$/, '$1');
  if (/^\d+$/.test(typed)) return choices[Number(typed) - 1];
  return choices.find((choice) => normalizeWord(choice.label) === typed || normalizeWord(choice.id) === typed);
}

export interface ParseContext {
  translator: Translator;
  now: number;
  timeZone: string;
}

/** Checks a typed answer (not a button press) against the question. */
export function parseTyped(step: AskStep, choices: Choice[] | undefined, raw: string, context: ParseContext): Parsed {
  const text = stripControls(raw).trim();
  const kind = answerKind(step);
  if (kind === 'choice' || kind === 'yesno') {
    const list = choices ?? [];
    if (step.multiple) {
      // The whole text may be one label ("Taal oefenen") or "Done"; otherwise a list such as "1, 3" or "1 3".
      const whole = matchChoice(text, list);
      if (whole) return { ok: true, value: [whole.id] };
      const parts = text.split(/[,;،\s]+/u).filter(Boolean);
      const picked: string[] = [];
      for (const part of parts) {
        const match = matchChoice(part, list);
        if (!match) return { ok: false, hint: 'common.hint.multiple', vars: { done: list.find((c) => c.id === '_done')?.label ?? '' } };
        if (!picked.includes(match.id)) picked.push(match.id);
      }
      return { ok: true, value: picked };
    }
    const match = matchChoice(text, list) ?? (kind === 'yesno' ? matchYesNo(text, context.translator) : undefined);
    if (!match) return { ok: false, hint: kind === 'yesno' ? 'common.hint.yesno' : 'common.hint.choice' };
    return { ok: true, value: match.id, choiceId: match.id };
  }
  if (kind === 'number') {
    const rule = typeof step.expect === 'object' && 'number' in step.expect ? step.expect.number : { integer: true, min: undefined, max: undefined };
    const cleaned = asciiDigits(text).replace(',', '.');
    const value = Number(cleaned);
    if (cleaned === '' || !Number.isFinite(value) || (rule.integer && !Number.isInteger(value))) return { ok: false, hint: 'common.hint.number' };
    if ((rule.min !== undefined && value < rule.min) || (rule.max !== undefined && value > rule.max))
      return { ok: false, hint: 'common.hint.number_range', vars: { min: rule.min ?? 0, max: rule.max ?? 0 } };
    return { ok: true, value };
  }
  if (kind === 'date') {
    // core/when: Dutch and English, the zone's own offset on that date (DST); a day without a time means 12:00 there.
    const future = typeof step.expect === 'object' && 'date' in step.expect ? step.expect.date.future : false;
    const options = { now: context.now, timeZone: context.timeZone, allowPast: true };
    const timed = parseWhen(text, options);
    const day = !timed.ok && timed.problem === 'no_time' ? parseDay(text, options) : undefined;
    const at = timed.ok ? timed.at : day?.ok ? wallClockInstant(day.date, 12, 0, context.timeZone) : undefined;
    if (at === undefined) return { ok: false, hint: 'common.hint.date' };
    const past = timed.ok ? at < context.now : day?.ok === true && day.iso < isoDate(localDate(context.now, context.timeZone));
    if (future && past) return { ok: false, hint: 'common.hint.date_future' };
    return { ok: true, value: new Date(at).toISOString() };
  }
  // text
  const rule = typeof step.expect === 'object' && 'text' in step.expect ? step.expect.text : { min: 1, max: 500, name: false };
  const length = [...text].length;
  if (length === 0) return { ok: false, hint: 'common.hint.text_empty' };
  if (length < rule.min) return { ok: false, hint: 'common.hint.text_too_short', vars: { min: rule.min } };
  if (length > rule.max) return { ok: false, hint: 'common.hint.text_too_long', vars: { max: rule.max } };
  if (rule.name && !/[\p{L}\p{N}]/u.test(text)) return { ok: false, hint: 'common.hint.text_name' };
  return { ok: true, value: rule.name ? text.replace(/\s+/g, ' ') : text };
}

function matchYesNo(text: string, translator: Translator): Choice | undefined {
  const word = normalizeWord(text);
  if (translator.wordsInAllLocales('common.answers.yes_words').has(word)) return { id: 'yes', label: '' };
  if (translator.wordsInAllLocales('common.answers.no_words').has(word)) return { id: 'no', label: '' };
  return undefined;
}

/** Minutes east of UTC for a time zone at an instant (luxon, via core/when). */
export function zoneOffsetMinutes(timeZone: string, at: number): number {
  return zoneOffset(at, timeZone);
}
