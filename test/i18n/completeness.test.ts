// Every text exists in every locale with the same variables and the plural forms each language needs; keywords never clash.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/app.js';
import { createTranslator, flatten, FSI, LOCALES, normalizeWord, PDI, readLocaleFiles, SOURCE_LOCALE } from '../../src/i18n/i18n.js';

const resources = readLocaleFiles(path.join(PROJECT_ROOT, 'locales'));
const PLURAL = /_(zero|one|two|few|many|other)$/;
const source = flatten(resources[SOURCE_LOCALE]!);
const baseKeys = [...new Set(Object.keys(source).map((key) => key.replace(PLURAL, '')))];
const pluralBases = new Set(Object.keys(source).filter((key) => PLURAL.test(key)).map((key) => key.replace(PLURAL, '')));
const variables = (text: unknown) => [...String(text).matchAll(/{{\s*([\w.]+)\s*(?:,[^}]*)?}}/g)].map((m) => m[1]).sort();

describe.each(LOCALES.map((locale) => [locale]))('locale %s', (locale) => {
  const texts = flatten(resources[locale]!);
  const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;

  it('has every key of the source locale, with the same variables', () => {
    const missing: string[] = [];
    const wrongVariables: string[] = [];
    for (const key of baseKeys) {
      if (pluralBases.has(key)) continue;
      if (!(key in texts)) missing.push(key);
      else if (variables(texts[key]).join() !== variables(source[key]).join()) wrongVariables.push(`${key}: ${variables(texts[key]).join()} ≠ ${variables(source[key]).join()}`);
    }
    expect(missing, `missing in locales/${locale}`).toEqual([]);
    expect(wrongVariables, `variables differ in locales/${locale}`).toEqual([]);
  });

  it(`has every plural form of ${locale} (${categories.join(', ')}) for each plural text`, () => {
    const missing: string[] = [];
    for (const base of pluralBases) {
      const sourceVariables = variables(source[`${base}_other`]).join();
      for (const category of categories) {
        const key = `${base}_${category}`;
        if (!(key in texts)) missing.push(key);
        else if (!variables(texts[key]).every((v) => sourceVariables.split(',').includes(v!))) missing.push(`${key} (unknown variable)`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('has no keys the source does not have, and no empty texts', () => {
    const extra = Object.keys(texts).filter((key) => !(key in source) && !pluralBases.has(key.replace(PLURAL, '')));
    expect(extra).toEqual([]);
    expect(Object.entries(texts).filter(([, value]) => typeof value !== 'string' || value.trim() === '').map(([key]) => key)).toEqual([]);
  });

  it('keeps button labels within WhatsApp’s 20 characters', () => {
    const long = Object.entries(texts)
      .filter(([key]) => /\.choices\.|^common\.answers\.(yes|no|done)$/.test(key))
      .filter(([, value]) => [...String(value)].length > 20)
      .map(([key, value]) => `${key}: ${value}`);
    expect(long).toEqual([]);
  });
});

describe('keywords', () => {
  it('never mean two different commands, or both yes and no, across all locales', () => {
    const owners = new Map<string, Set<string>>();
    for (const locale of LOCALES) {
      const texts = flatten(resources[locale]!);
      for (const [key, value] of Object.entries(texts)) {
        if (!/^commands\.\w+\.keywords$|^common\.answers\.(yes|no)_words$/.test(key)) continue;
        for (const word of String(value).split(',')) {
          const normal = normalizeWord(word);
          if (!normal) continue;
          if (!owners.has(normal)) owners.set(normal, new Set());
          owners.get(normal)!.add(key);
        }
      }
    }
    const clashes = [...owners.entries()].filter(([, keys]) => keys.size > 1).map(([word, keys]) => `${word}: ${[...keys].join(' + ')}`);
    expect(clashes).toEqual([]);
  });
});

describe('translator', () => {
  const translator = createTranslator(path.join(PROJECT_ROOT, 'locales'));

  it('offers each language in its own name', () => {
    const names = Object.fromEntries(translator.locales().map((l) => [l.code, l.name]));
    expect(names).toMatchObject({ nl: 'Nederlands', en: 'English', ar: 'العربية', uk: 'Українська', tr: 'Türkçe' });
    expect(translator.locales().find((l) => l.code === 'ar')?.dir).toBe('rtl');
    expect(translator.locales().find((l) => l.code === 'fa')?.dir).toBe('rtl');
  });

  it('wraps interpolated names in bidi isolates, so a Dutch name sits right in an Arabic sentence', () => {
    const text = translator.t('ar', 'onboarding.welcome', { group: 'Utrecht Oost', name: 'Anna', help: '/help' });
    expect(text).toContain(`${FSI}Utrecht Oost${PDI}`);
    expect(text).toContain(`${FSI}Anna${PDI}`);
  });

  it('uses all six Arabic plural forms', () => {
    const forms = [0, 1, 2, 3, 11, 100].map((count) => translator.t('ar', 'groups.mygroup.members_count', { count }));
    expect(new Set(forms).size).toBe(6);
  });

  it('picks a supported locale from platform hints', () => {
    expect(translator.pick('uk-UA')).toBe('uk');
    expect(translator.pick('de')).toBe('nl');
    expect(translator.pick(undefined, 'en')).toBe('en');
  });
});
