// The example times every locale shows in its hints are times the parser reads (a hint must never teach something that fails).
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../../src/app.js';
import { parseWhen } from '../../../src/core/when/index.js';
import { createTranslator, LOCALES } from '../../../src/i18n/i18n.js';

const translator = createTranslator(path.join(PROJECT_ROOT, 'locales'));
const now = Date.parse('2026-11-30T10:00:00Z');

describe.each(LOCALES.map((locale) => [locale]))('meetup examples in %s', (locale) => {
  it.each(['one', 'two'])('example %s is read as a future time', (which) => {
    const example = translator.t(locale, `meetups.examples.${which}`);
    const result = parseWhen(example, { now, timeZone: 'Europe/Amsterdam', locale });
    expect(result.ok, `${locale}: "${example}"`).toBe(true);
  });
});
