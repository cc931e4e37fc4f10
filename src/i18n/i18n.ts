// Loads every text from locales/<lng>/*.json into i18next and translates with bidi-isolated values.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import i18next, { type i18n as I18nInstance } from 'i18next';
import { fillPlain, isPlainCall, isPlainTemplate } from './interpolate.js';

/** Dutch is the source language; every other locale must have the same keys. */
export const SOURCE_LOCALE = 'nl';
/** The languages welkom speaks, in the order they are offered. */
export const LOCALES = ['nl', 'en', 'ar', 'ti', 'tr', 'fa', 'so', 'uk'] as const;
export type Locale = (typeof LOCALES)[number];
const RTL_LOCALES = new Set<string>(['ar', 'fa']);

/** First Strong Isolate … Pop Directional Isolate: keeps a name's direction from scrambling the sentence around it. */
export const FSI = '\u2068';
export const PDI = '\u2069';

export type TextVars = Record<string, string | number | string[] | undefined>;

/** Translation service used by flows, commands and channels. */
export interface Translator {
  /** Translated text; string values are bidi-isolated, arrays joined with ", ", `count` selects the plural form. */
  t(locale: string, key: string, vars?: TextVars): string;
  /** True when the key exists in the source locale. */
  has(key: string): boolean;
  /** Keys missing in `locale` (for start-up checks). */
  missing(locale: string, keys: string[]): string[];
  /** Supported locales, each with its own name and direction. */
  locales(): Array<{ code: Locale; name: string; dir: 'ltr' | 'rtl' }>;
  /** Picks a supported locale from a platform hint like "en-GB" or "ar"; falls back to `fallback`. */
  pick(hint: string | undefined, fallback?: string): Locale;
  isLocale(code: unknown): code is Locale;
  dir(locale: string): 'ltr' | 'rtl';
  /** All comma-separated words of `key` across every locale, normalised (e.g. command keywords). */
  wordsInAllLocales(key: string): Set<string>;
  /** The raw resources, for the completeness test and the playground. */
  resources(): Record<string, Record<string, unknown>>;
}

/** Reads `localesDir/<lng>/<namespace>.json` into a nested object `{ <namespace>: {...} }` per locale. */
export function readLocaleFiles(localesDir: string): Record<string, Record<string, unknown>> {
  const resources: Record<string, Record<string, unknown>> = {};
  for (const locale of LOCALES) {
    const dir = path.join(localesDir, locale);
    const merged: Record<string, unknown> = {};
    if (existsSync(dir)) {
      for (const file of readdirSync(dir).filter((name) => name.endsWith('.json')).sort()) {
        const text = readFileSync(path.join(dir, file), 'utf8');
        try {
          merged[file.slice(0, -5)] = JSON.parse(text);
        } catch (error) {
          throw new Error(`locales/${locale}/${file}: invalid JSON (${(error as Error).message})`);
        }
      }
    }
    resources[locale] = merged;
  }
  return resources;
}

/** Removes characters that would hide or reorder text: control characters and explicit bidi controls. */
export function stripControls(text: string): string {
  return text.replace(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u200E\u200F\u202A-\u202E\u2066-\u2069]/g, '');
}

/** Printable ASCII, tab and newline only: nothing for Unicode normalisation, accent folding or bidi stripping to do. */
const PLAIN_ASCII = /^[\t\n\x20-\x7e]*$/;
/** Trailing ASCII punctuation and symbols (every printable ASCII character that is not a letter, digit or space is \p{P} or \p{S}). */
const TRAILING_ASCII_MARKS = /[!-/:-@[-`{-~]+$/;

/** Lower-cases, folds width and accents, and trims a word for keyword comparison. */
export function normalizeWord(text: string): string {
  // Most words people type to the bot are plain ASCII: the same result without the Unicode passes (≈ 10× faster).
  if (PLAIN_ASCII.test(text)) return text.toLowerCase().replace(TRAILING_ASCII_MARKS, '').trim();
  return normalizeUnicodeWord(text);
}

/** normalizeWord for any text (exported for the test that holds the ASCII shortcut to it). */
export function normalizeUnicodeWord(text: string): string {
  return stripControls(text)
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLocaleLowerCase('und')
    // Arabic and Persian keyboards type different code points for the same letters.
    .replace(/\u064A/g, '\u06CC')
    .replace(/\u0643/g, '\u06A9')
    .replace(/[\p{P}\p{S}]+$/u, '')
    .trim();
}

/**
 * Builds the translator from the locale folder (synchronously, at start-up). `shortcuts: false` sends every text through
 * i18next (the test that holds the shortcuts to i18next's results compares with it).
 */
export function createTranslator(localesDir: string, options: { shortcuts?: boolean } = {}): Translator {
  const shortcuts = options.shortcuts ?? true;
  const resources = readLocaleFiles(localesDir);
  const instance: I18nInstance = i18next.createInstance();
  void instance.init({
    resources: Object.fromEntries(Object.entries(resources).map(([lng, data]) => [lng, { translation: data }])),
    lng: SOURCE_LOCALE,
    fallbackLng: { default: ['en', SOURCE_LOCALE] },
    supportedLngs: [...LOCALES],
    initAsync: false,
    returnNull: false,
    interpolation: { escapeValue: false },
    showSupportNotice: false,
  } as Parameters<I18nInstance['init']>[0]);

  const flatSource = flatten(resources[SOURCE_LOCALE] ?? {});
  const wordCache = new Map<string, Set<string>>();
  /** Texts without variables, by locale and key: they never change, and i18next takes ≈ 0.1 ms to look one up. */
  const plain = new Map<string, string>();
  /** Each text's template (null: not plain, i18next fills it), by locale and key; see interpolate.ts. */
  const templates = new Map<string, string | null>();
  const templateOf = (locale: string, key: string): string | null => {
    const id = `${locale}\u0000${key}`;
    let template = templates.get(id);
    if (template === undefined) {
      const raw: unknown = instance.t(key, { lng: locale, skipInterpolation: true });
      templates.set(id, (template = typeof raw === 'string' && isPlainTemplate(raw) ? raw : null));
    }
    return template;
  };

  const translator: Translator = {
    t(locale, key, vars) {
      if (vars === undefined && shortcuts) {
        const id = `${locale}\u0000${key}`;
        let text = plain.get(id);
        if (text === undefined) plain.set(id, (text = instance.t(key, { lng: locale }) as string));
        return text;
      }
      const isolated: Record<string, unknown> = {};
      for (const [name, value] of Object.entries(vars ?? {})) {
        if (value === undefined) continue;
        if (typeof value === 'number') isolated[name] = value;
        else if (Array.isArray(value)) isolated[name] = value.map((item) => `${FSI}${item}${PDI}`).join(', ');
        else isolated[name] = `${FSI}${value}${PDI}`;
      }
      if (shortcuts && isPlainCall(isolated)) {
        const template = templateOf(locale, key);
        if (template !== null) return fillPlain(template, isolated);
      }
      return instance.t(key, { ...isolated, lng: locale }) as string;
    },
    has(key) {
      return key in flatSource || Object.keys(flatSource).some((k) => k.startsWith(`${key}_`));
    },
    missing(locale, keys) {
      const flat = flatten(resources[locale] ?? {});
      return keys.filter((key) => !(key in flat) && !Object.keys(flat).some((k) => k.startsWith(`${key}_`)));
    },
    locales() {
      return LOCALES.map((code) => ({ code, name: instance.t('common.language.name', { lng: code }) as string, dir: translator.dir(code) }));
    },
    pick(hint, fallback = SOURCE_LOCALE) {
      const base = (hint ?? '').toLowerCase().split(/[-_]/)[0] ?? '';
      if (translator.isLocale(base)) return base;
      return translator.isLocale(fallback) ? fallback : SOURCE_LOCALE;
    },
    isLocale(code): code is Locale {
      return typeof code === 'string' && (LOCALES as readonly string[]).includes(code);
    },
    dir(locale) {
      return RTL_LOCALES.has(locale) ? 'rtl' : 'ltr';
    },
    wordsInAllLocales(key) {
      const cached = wordCache.get(key);
      if (cached) return cached;
      const words = new Set<string>();
      for (const locale of LOCALES) {
        const value = valueAt(resources[locale] ?? {}, key);
        if (typeof value === 'string') for (const word of value.split(',')) if (normalizeWord(word)) words.add(normalizeWord(word));
      }
      wordCache.set(key, words);
      return words;
    },
    resources() {
      return resources;
    },
  };
  return translator;
}

/** The value at a dotted key (`a.b.c`) of nested texts, without flattening them all. */
function valueAt(object: Record<string, unknown>, key: string): unknown {
  let current: unknown = object;
  for (const part of key.split('.')) {
    if (!current || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[part];
  }
  return current;
}

/** `{a:{b:'x'}}` → `{'a.b':'x'}`. */
export function flatten(object: Record<string, unknown>, prefix = ''): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(object)) {
    const full = prefix ? `${prefix}.${key}` : key;
    if (value && typeof value === 'object' && !Array.isArray(value)) Object.assign(out, flatten(value as Record<string, unknown>, full));
    else out[full] = value;
  }
  return out;
}
