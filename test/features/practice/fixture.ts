// A tiny test deck (three themes) in the shape the practice engine uses, and a harness with the practice feature on it.
import { FEATURES } from '../../../src/features/index.js';
import { createPracticeFeature } from '../../../src/features/practice/feature.js';
import type { Word, WordList } from '../../../src/features/practice/words.js';
import type { OutboxItem } from '../../../src/store/schema.js';
import type { Store } from '../../../src/store/store.js';
import type { Harness } from '../../helpers/harness.js';
import { outboxHistory } from '../../helpers/outbox-history.js';

type Row = [id: string, nl: string, article: 'de' | 'het' | undefined, en: string, ar: string, example: string];

const THEMES: Array<{ id: string; nl: string; en: string; ar: string; rows: Row[] }> = [
  {
    id: 'health',
    nl: 'Gezondheid',
    en: 'Health',
    ar: 'الصحة',
    rows: [
      ['huisarts', 'huisarts', 'de', 'family doctor', 'طبيب العائلة', 'Ik bel de huisarts.'],
      ['apotheek', 'apotheek', 'de', 'pharmacy', 'صيدلية', 'De apotheek is open.'],
      ['ziekenhuis', 'ziekenhuis', 'het', 'hospital', 'مستشفى', 'Het ziekenhuis is groot.'],
      ['recept', 'recept', 'het', 'prescription', 'وصفة طبية', 'Ik heb een recept.'],
    ],
  },
  {
    id: 'housing',
    nl: 'Wonen',
    en: 'Housing',
    ar: 'السكن',
    rows: [
      ['huis', 'huis', 'het', 'house', 'بيت', 'Het huis is mooi.'],
      ['huur', 'huur', 'de', 'rent', 'إيجار', 'De huur is hoog.'],
      ['sleutel', 'sleutel', 'de', 'key', 'مفتاح', 'Waar is de sleutel?'],
      ['muis', 'muis', 'de', 'mouse', 'فأر', 'Er is een muis.'],
    ],
  },
  {
    id: 'greetings',
    nl: 'Groeten',
    en: 'Greetings',
    ar: 'التحيات',
    rows: [
      ['goedemorgen', 'goedemorgen', undefined, 'good morning', 'صباح الخير', 'Goedemorgen, Anna!'],
      ['dankjewel', 'dank je wel', undefined, 'thank you', 'شكرًا', 'Dank je wel voor je hulp.'],
      ['cafe', 'café', 'het', 'café', 'مقهى', 'We drinken koffie in het café.'],
    ],
  },
];

export function fixtureWords(): WordList {
  const words = new Map<string, Word>();
  const byTheme = new Map<string, Word[]>();
  for (const theme of THEMES) {
    const list: Word[] = [];
    for (const [id, nl, article, en, ar, example] of theme.rows) {
      const meanings = { en, ar, ti: `${en} (ti)`, tr: `${en} (tr)`, fa: `${en} (fa)`, so: `${en} (so)`, uk: `${en} (uk)` };
      const word: Word = { id, theme: theme.id, nl, article, example, level: 'A1', meanings };
      words.set(id, word);
      list.push(word);
    }
    byTheme.set(theme.id, list);
  }
  return { themes: THEMES.map((t) => ({ id: t.id, title: { nl: t.nl, en: t.en, ar: t.ar } })), words, byTheme };
}

/** Every feature of the app, with the practice feature on the fixture deck. */
export function featuresWithFixture() {
  const practice = createPracticeFeature({ load: () => fixtureWords() });
  return [...FEATURES.filter((f) => f.name !== 'practice'), practice];
}

/**
 * Every outbox item whose key starts with `prefix`: those in the live store and those the hourly job moved to the
 * archive (finished a day ago), oldest first. Nudges are counted over days, longer than the live window.
 */
export async function outboxItems(h: Harness, prefix: string): Promise<OutboxItem[]> {
  return (await outboxHistory(h.app.services.store)).filter((item) => item.key.startsWith(prefix));
}

/** The practice tests' group: Utrecht Oost (Samira and Anna) with its linked group chat `local:grp`. */
export function seedPracticeGroup(store: Store, now: number): void {
  const DAY = 86_400_000;
  store.put('groups', 'g1', { id: 'g1', name: 'Utrecht Oost', municipality: 'Utrecht', kind: 'welkomgroep', memberIds: ['m_samira', 'm_anna'], chatKeys: ['local:grp'], createdBy: 'm_anna', startsAt: now - DAY, endsAt: now + 365 * DAY });
  store.put('chats', 'local:grp', { key: 'local:grp', address: { channel: 'local', chatId: 'grp' }, kind: 'group', title: 'Groep', groupId: 'g1', status: 'active', updatedAt: now });
}
