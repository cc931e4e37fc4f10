// Tests that the WhatsApp texts exist in all 8 locales with the same keys and variables, and fit WhatsApp's limits.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { flatten, LOCALES } from '../../../src/i18n/i18n.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const load = (locale: string) => flatten(JSON.parse(readFileSync(path.join(ROOT, 'locales', locale, 'whatsapp.json'), 'utf8')) as Record<string, unknown>);
const variables = (text: unknown) => [...String(text).matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

describe('locales/*/whatsapp.json', () => {
  const source = load('nl');
  it.each(LOCALES.map((l) => [l]))('%s has every key and variable of nl, and a list button of at most 20 characters', (locale) => {
    const texts = load(locale);
    expect(Object.keys(texts).sort()).toEqual(Object.keys(source).sort());
    for (const [key, value] of Object.entries(source)) {
      expect(typeof texts[key], key).toBe('string');
      expect((texts[key] as string).trim().length, key).toBeGreaterThan(0);
      expect(variables(texts[key]), key).toEqual(variables(value));
    }
    expect((texts.list_button as string).length).toBeLessThanOrEqual(20);
  });
});
