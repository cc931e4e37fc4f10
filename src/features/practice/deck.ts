// Reads deck/*.yaml (the Dutch practice words per theme), validates every entry and returns the typed deck.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { parseYamlStrict, YamlSyntaxError } from '../../core/yaml.js';
import { LOCALES, type Locale } from '../../i18n/i18n.js';

/** The languages an entry is translated into: every locale except Dutch itself. */
export const MEANING_LOCALES = LOCALES.filter((locale): locale is Exclude<Locale, 'nl'> => locale !== 'nl');
export type MeaningLocale = (typeof MEANING_LOCALES)[number];

/** The order in which themes are offered to a newcomer (daily life and the settlement plan first); other themes follow alphabetically. */
export const THEME_ORDER = [
  'greetings',
  'numbers-time',
  'municipality',
  'housing',
  'health',
  'money-letters',
  'shopping-food',
  'transport',
  'school-children',
  'work',
  'family-feelings',
] as const;

export const LEVELS = ['A0', 'A1', 'A2'] as const;
export type Level = (typeof LEVELS)[number];

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const text = z.string().trim().min(1, 'is empty');

const titleSchema = z.object(Object.fromEntries(LOCALES.map((locale) => [locale, text])) as Record<Locale, typeof text>).strict();

const entrySchema = z
  .object({
    id: z.string().regex(ID, 'must be lowercase a-z, 0-9 and single hyphens'),
    nl: text,
    article: z.enum(['de', 'het'], { error: 'must be "de" or "het" (leave it out for verbs, adjectives and phrases)' }).optional(),
    example: text,
    level: z.enum(LEVELS, { error: `must be one of ${LEVELS.join(', ')}` }),
    ...(Object.fromEntries(MEANING_LOCALES.map((locale) => [locale, text])) as Record<MeaningLocale, typeof text>),
  })
  .strict();

/** The shape of one `deck/<theme>.yaml` file. */
export const themeFileSchema = z
  .object({
    theme: z.string().regex(ID, 'must be lowercase a-z, 0-9 and single hyphens'),
    title: titleSchema,
    entries: z.array(entrySchema).min(1, 'a theme needs at least one entry'),
  })
  .strict();

type RawEntry = z.infer<typeof entrySchema>;

/** One word or phrase to practise, with its meaning in every locale (`entry.en`, `entry.ar`, …). */
export type Entry = RawEntry & {
  /** The id of the theme it belongs to. */
  theme: string;
};

export interface Theme {
  id: string;
  title: Record<Locale, string>;
  /** Where it came from, e.g. `deck/health.yaml` (for messages). */
  file: string;
  entries: Entry[];
}

export interface Deck {
  /** Themes in THEME_ORDER (unknown themes after, alphabetically). */
  themes: Theme[];
  /** Every entry by its id (ids are unique across the deck). */
  entries: Map<string, Entry>;
  /** Entries per theme id, in file order. */
  byTheme: Map<string, Entry[]>;
}

/** One or more invalid deck files: every problem on its own line, `deck/<file>:<entry>: what is wrong`. */
export class DeckError extends Error {
  override name = 'DeckError';
  constructor(readonly problems: string[]) {
    super(`The practice deck is invalid:\n${problems.map((problem) => `  ${problem}`).join('\n')}`);
  }
}

/** The Dutch with its article, as a learner should learn it: "de huisarts", "bellen". */
export function dutchWithArticle(entry: Pick<Entry, 'nl' | 'article'>): string {
  return entry.article ? `${entry.article} ${entry.nl}` : entry.nl;
}

/** The entry's text in a locale: the Dutch itself for `nl`, otherwise its meaning. */
export function meaningOf(entry: Entry, locale: Locale): string {
  return locale === 'nl' ? entry.nl : entry[locale];
}

/** Raise this whenever the checks below or the shape of a Deck change: decks cached by an older version are checked again. */
export const DECK_RULES_VERSION = 1;

/** The theme files of a deck folder, sorted. */
export function deckFiles(dir: string): string[] {
  return readdirSync(dir).filter((name) => /\.ya?ml$/.test(name)).sort();
}

/**
 * Loads and checks every `*.yaml` in `dir` (synchronous and pure: no side effects besides reading), or the given texts of
 * those files. Throws DeckError listing every problem.
 */
export function loadDeck(dir: string, texts?: Array<{ name: string; text: string }>): Deck {
  const files = texts?.map((file) => file.name) ?? deckFiles(dir);
  const problems: string[] = [];
  const themes: Theme[] = [];
  const entries = new Map<string, Entry>();
  const idFile = new Map<string, string>();
  for (const name of files) {
    const file = `deck/${name}`;
    const theme = parseTheme(file, texts?.find((text) => text.name === name)?.text ?? readFileSync(path.join(dir, name), 'utf8'), problems);
    if (!theme) continue;
    const expected = name.replace(/\.ya?ml$/, '');
    if (theme.id !== expected) problems.push(`${file}: theme "${theme.id}" must have the same name as its file ("${expected}")`);
    if (themes.some((other) => other.id === theme.id)) problems.push(`${file}: theme "${theme.id}" is also defined in another file`);
    for (const entry of theme.entries) {
      const other = idFile.get(entry.id);
      if (other) problems.push(`${file}:${entry.id}: id is already used in ${other}`);
      else {
        idFile.set(entry.id, file);
        entries.set(entry.id, entry);
      }
    }
    themes.push(theme);
  }
  if (problems.length > 0) throw new DeckError(problems);
  const rank = (id: string) => {
    const index = (THEME_ORDER as readonly string[]).indexOf(id);
    return index === -1 ? THEME_ORDER.length : index;
  };
  themes.sort((a, b) => rank(a.id) - rank(b.id) || a.id.localeCompare(b.id));
  return { themes, entries, byTheme: new Map(themes.map((theme) => [theme.id, theme.entries])) };
}

/** Parses one theme file's text; adds its problems to `problems` and returns undefined when it is invalid. */
export function parseTheme(file: string, source: string, problems: string[]): Theme | undefined {
  let raw: unknown;
  try {
    // Core schema: plain maps, lists and strings only; duplicate keys are errors.
    raw = parseYamlStrict(source);
  } catch (error) {
    if (!(error instanceof YamlSyntaxError)) throw error;
    const where = error.line ? ` at line ${error.line}` : '';
    problems.push(`${file}: not valid YAML${where}: ${(error as Error).message.split('\n')[0]}`);
    return undefined;
  }
  const parsed = themeFileSchema.safeParse(raw);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) problems.push(describeIssue(file, raw, issue));
    return undefined;
  }
  const before = problems.length;
  const seen = new Map<string, string>();
  const entries: Entry[] = parsed.data.entries.map((rawEntry) => {
    const where = `${file}:${rawEntry.id}`;
    const key = normalizeDutch(rawEntry.nl);
    const twin = seen.get(key);
    if (twin) problems.push(`${where}: the Dutch "${rawEntry.nl}" is already entry "${twin}" in this theme`);
    else seen.set(key, rawEntry.id);
    if (/^(de|het|een)\s/i.test(rawEntry.nl)) problems.push(`${where}: write the Dutch without its article ("${rawEntry.nl}"); put the article in "article"`);
    const missing = missingFromExample(rawEntry.nl, rawEntry.example);
    if (missing) problems.push(`${where}: the example does not contain "${missing}" (or a form of it): "${rawEntry.example}"`);
    return { ...rawEntry, theme: parsed.data.theme };
  });
  if (problems.length > before) return undefined;
  return { id: parsed.data.theme, title: parsed.data.title, file, entries };
}

/** Lower-cases and folds accents and typographic apostrophes, for comparing Dutch words. */
export function normalizeDutch(value: string): string {
  return value.normalize('NFKD').replace(/\p{M}/gu, '').replace(/[’‘]/g, "'").toLowerCase().replace(/\s+/g, ' ').trim();
}

/** The words of a Dutch text: letters and digits, keeping inner apostrophes and hyphens ("zo'n", "OV-chipkaart"). */
export function dutchWords(value: string): string[] {
  return value.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? [];
}

/**
 * The first word of `nl` that the example does not use, or undefined when every word is there.
 * Tolerant of inflection: a word counts when an example word contains it or its stem
 * (werken → werk, bellen → bel, maken → maak, geven → geef, brief → brie·ven, huis → hui·zen, ziek → zieke),
 * and of split separable verbs (invullen → "vul … in", "in te vullen").
 */
export function missingFromExample(nl: string, example: string): string | undefined {
  const tokens = dutchWords(normalizeDutch(example));
  for (const word of dutchWords(normalizeDutch(nl))) {
    if (!usesWord(tokens, word)) {
      // A separable verb may be split: "invullen" in "Vul hier uw naam in." or "in te vullen".
      const particle = PARTICLES.find((p) => word.startsWith(p) && word.length - p.length >= 4);
      if (!particle || !tokens.includes(particle) || !usesWord(tokens, word.slice(particle.length))) return word;
    }
  }
  return undefined;
}

/** Particles of Dutch separable verbs (opbellen, invullen, afspreken, …). */
const PARTICLES = ['aan', 'af', 'bij', 'door', 'in', 'langs', 'mee', 'na', 'om', 'onder', 'op', 'over', 'terug', 'toe', 'uit', 'voor', 'weg', 'samen'];

function usesWord(tokens: string[], word: string): boolean {
  // Very short words must stand on their own ("ja" is not in "Jan"); longer ones and stems may sit inside a word (gewerkt, afvalbak).
  if (word.length <= 2) return tokens.includes(word);
  const forms = wordForms(word);
  return tokens.some((token) => forms.some((form) => (form.length <= 3 ? token.startsWith(form) : token.includes(form))));
}

const VOWELS = 'aeiou';

/** The word and its likely stems, none shorter than three letters (short words must appear as they are). */
function wordForms(word: string): string[] {
  const forms = new Set<string>([word]);
  const stems = new Set<string>();
  let stem = word;
  if (word.endsWith('en') && word.length > 4) stem = word.slice(0, -2);
  else if (word.endsWith('e') && word.length > 3) stem = word.slice(0, -1);
  else if (word.endsWith('n') && word.length > 3) stem = word.slice(0, -1); // gaan → gaa(t), doen → doe(t)
  stems.add(stem);
  // bellen → bell → bel
  if (stem.length > 2 && stem.at(-1) === stem.at(-2) && !VOWELS.includes(stem.at(-1)!)) stems.add(stem.slice(0, -1));
  // maken → mak → maak; wonen → won → woon
  const [c1, v, c2] = [stem.at(-3), stem.at(-2), stem.at(-1)];
  if (c1 && v && c2 && !VOWELS.includes(c1) && 'aeou'.includes(v) && !VOWELS.includes(c2) && word !== stem) stems.add(stem.slice(0, -1) + v + c2);
  // geven → geev → geef, reizen → reiz → reis; brief → brie(ven), huis → hui(zen)
  for (const s of [...stems]) {
    if (s.endsWith('v')) stems.add(s.slice(0, -1) + 'f');
    if (s.endsWith('z')) stems.add(s.slice(0, -1) + 's');
    if ((s.endsWith('f') || s.endsWith('s')) && s === word) stems.add(s.slice(0, -1));
  }
  for (const s of stems) if (s.length >= 3) forms.add(s);
  return [...forms];
}

function describeIssue(file: string, raw: unknown, issue: z.core.$ZodIssue): string {
  const [first, index, ...rest] = issue.path;
  let where = file;
  let field = issue.path.join('.');
  if (first === 'entries' && typeof index === 'number') {
    const rawEntry = (raw as { entries?: Array<{ id?: unknown }> }).entries?.[index];
    where = `${file}:${typeof rawEntry?.id === 'string' && rawEntry.id ? rawEntry.id : `entry ${index + 1}`}`;
    field = rest.join('.');
  }
  if (issue.code === 'unrecognized_keys') return `${where}: unknown field ${issue.keys.map((key) => `"${key}"`).join(', ')}`;
  if (issue.code === 'invalid_type' && issue.input === undefined) return `${where}: ${field} is missing`;
  return field ? `${where}: ${field} ${issue.message}` : `${where}: ${issue.message}`;
}
