// The group side: a word of the day in the group chat (Dutch + the newcomers' languages) and /addword for volunteers.
import { randomBytes } from 'node:crypto';
import type { Command } from '../../core/commands.js';
import { activeGroupChats, type Services } from '../../core/services.js';
import type { Turn } from '../../core/turn.js';
import { chatKey } from '../../core/types.js';
import { SOURCE_LOCALE } from '../../i18n/i18n.js';
import type { JobHandler } from '../../scheduler/scheduler.js';
import type { Group, Member } from '../../store/schema.js';
import { getCard, LEARNING_REPS } from './cards.js';
import { contextOf, type PracticeContext } from './context.js';
import { localDay } from './learners.js';
import { normalize, splitArticle } from './matching.js';
import { hash } from './questions.js';
import { dutch, findWord, meaning, meaningLocale, type Word } from './words.js';

/** At most this many group words per group. */
export const MAX_GROUP_WORDS = 200;
export const WOTD_TIME = '10:00';

function newcomersOf(services: Services, group: Group): Member[] {
  return group.memberIds.map((id) => services.store.get('members', id)).filter((m): m is Member => m?.role === 'newcomer');
}

/**
 * The word of the day for a group: a word its newcomers are learning right now (shown most recently), so the
 * volunteers can use it at the next meetup; without one, a deck word that changes every day.
 */
export function wordOfTheDay(context: PracticeContext, group: Group, day: string): Word | undefined {
  const { store } = context.services;
  let best: { word: Word; at: number } | undefined;
  // Each newcomer's latest word in learning is on her record (cards.ts saveCard): no card of anyone is read here, so the
  // daily run over 10,000 groups costs one record per newcomer. A word learned since (more reviews) is not taken.
  for (const member of newcomersOf(context.services, group)) {
    const learning = store.get('practiceLearners', member.id)?.learning;
    if (!learning) continue;
    const card = getCard(store, member.id, learning.entryId);
    if (!card || card.reps > LEARNING_REPS) continue;
    const word = findWord(context.list, store, learning.entryId);
    if (word && (!best || learning.at > best.at || (learning.at === best.at && word.id < best.word.id))) best = { word, at: learning.at };
  }
  if (best) return best.word;
  const all = context.list.themes.flatMap((theme) => context.list.byTheme.get(theme.id) ?? []);
  return all.length > 0 ? all[hash(`${group.id}:${day}`) % all.length] : undefined;
}

/** Daily job: posts the word of the day into each linked group chat that has newcomers. */
export const wordOfTheDayJob: JobHandler = (_job, { services, occurrence, now }) => {
  const context = contextOf(services);
  const { store, translator } = services;
  for (const group of store.values('groups')) {
    if (group.endsAt < now || group.startsAt > now) continue;
    const newcomers = newcomersOf(services, group);
    if (newcomers.length === 0) continue;
    const day = localDay(now, services.config.timeZone);
    const word = wordOfTheDay(context, group, day);
    if (!word) continue;
    const t = (key: string, vars = {}) => translator.t(SOURCE_LOCALE, `practice.${key}`, vars);
    const lines = [t('wotd.title', { word: dutch(word) })];
    if (word.example) lines.push(t('example', { example: word.example }));
    const locales = [...new Set(newcomers.map((m) => meaningLocale(m.locale)))];
    for (const locale of locales) lines.push(`${translator.t(locale, 'common.language.name')}: ${meaning(word, locale)}`);
    lines.push(t('wotd.tip'));
    for (const chat of activeGroupChats(store, group)) {
      services.outbox.enqueue({ to: chat.address, message: { text: lines.join('\n'), kind: 'notice' }, priority: 'bulk', urgent: true, key: `${occurrence}:${group.id}:${chat.key}` });
    }
  }
};

/** Parses "de huisarts = family doctor". */
export function parseAddWord(args: string): { nl: string; article?: 'de' | 'het'; meaning: string } | undefined {
  const at = args.indexOf('=');
  if (at < 0) return undefined;
  const left = normalize(args.slice(0, at));
  const right = args.slice(at + 1).replace(/\s+/g, ' ').trim();
  if (!left || !right) return undefined;
  const { article, word } = splitArticle(left);
  if (!/^[\p{L}][\p{L}' -]*$/u.test(word) || [...word].length > 40 || [...right].length > 80) return undefined;
  return { nl: word, article, meaning: right };
}

export function addWordCommand(services: Services): Command {
  return {
    name: 'addword',
    roles: ['volunteer', 'coordinator'],
    chats: ['private', 'group'],
    takesArgs: true,
    run(turn: Turn, args: string) {
      const { store } = services;
      const parsed = parseAddWord(args);
      if (!parsed) return turn.reply('practice.addword.usage', { command: turn.command('addword') });
      const linked = turn.inbound.chatType === 'group' ? store.get('chats', chatKey(turn.address))?.groupId : undefined;
      const groupIds = linked ? [linked] : (turn.member?.groupIds ?? []);
      if (groupIds.length !== 1) return turn.reply(groupIds.length === 0 ? 'practice.addword.no_group' : 'practice.addword.which_group');
      const groupId = groupIds[0]!;
      const existing = store.values('practiceWords').filter((w) => w.groupId === groupId);
      const same = existing.find((w) => w.nl === parsed.nl);
      if (!same && existing.length >= MAX_GROUP_WORDS) return turn.reply('practice.addword.full', { n: MAX_GROUP_WORDS });
      const id = same?.id ?? randomBytes(5).toString('base64url');
      store.put('practiceWords', id, { id, groupId, nl: parsed.nl, article: parsed.article, meaning: parsed.meaning, addedBy: turn.member?.id ?? 'unknown', createdAt: same?.createdAt ?? turn.now });
      turn.reply(same ? 'practice.addword.updated' : 'practice.addword.added', { word: dutch(parsed), meaning: parsed.meaning });
    },
  };
}
