// /progress: per theme how many words are learned, being learned and due now, as a compact text bar chart.
import type { Turn } from '../../core/turn.js';
import type { Member } from '../../store/schema.js';
import { getCard } from './cards.js';
import type { PracticeContext } from './context.js';
import { isLearned } from './fsrs.js';
import { currentStreak } from './learners.js';
import { GROUP_THEME, groupWords, meaningLocale, type Word } from './words.js';

const WIDTH = 10;

/** A bar of WIDTH cells: learned █, learning ▒, not yet ░. */
export function bar(learned: number, learning: number, total: number): string {
  if (total <= 0) return '░'.repeat(WIDTH);
  const full = Math.round((learned / total) * WIDTH);
  const half = Math.min(WIDTH - full, Math.round(((learned + learning) / total) * WIDTH) - full);
  return '█'.repeat(full) + '▒'.repeat(Math.max(0, half)) + '░'.repeat(Math.max(0, WIDTH - full - Math.max(0, half)));
}

export interface ThemeProgress {
  theme: string;
  title: string;
  total: number;
  learned: number;
  learning: number;
  due: number;
}

/** Counts per theme for one learner: reads only the learner's own cards (through the due index). */
export function progressOf(context: PracticeContext, member: Member, locale: string, now: number): ThemeProgress[] {
  const { store } = context.services;
  const rows: ThemeProgress[] = [];
  const count = (theme: string, title: string, words: readonly Word[]) => {
    const row: ThemeProgress = { theme, title, total: words.length, learned: 0, learning: 0, due: 0 };
    for (const word of words) {
      const card = context.index.has(member.id, word.id) ? getCard(store, member.id, word.id) : undefined;
      if (!card) continue;
      if (isLearned(card)) row.learned += 1;
      else row.learning += 1;
      if (card.due <= now) row.due += 1;
    }
    rows.push(row);
  };
  const own = groupWords(store, member.groupIds);
  if (own.length > 0) count(GROUP_THEME, '', own);
  for (const theme of context.list.themes) {
    count(theme.id, theme.title[locale] ?? theme.title[meaningLocale(locale)] ?? theme.title.nl ?? theme.id, context.list.byTheme.get(theme.id) ?? []);
  }
  return rows;
}

export function showProgress(context: PracticeContext, turn: Turn, member: Member): void {
  const t = (key: string, vars = {}) => context.services.translator.t(turn.locale, `practice.${key}`, vars);
  const rows = progressOf(context, member, turn.locale, turn.now);
  const lines = [t('progress.title'), t('progress.legend')];
  for (const row of rows) {
    const title = row.theme === GROUP_THEME ? t('progress.group_theme') : row.title;
    lines.push(`${bar(row.learned, row.learning, row.total)} ${title}: ${t('progress.row', { learned: row.learned, total: row.total, learning: row.learning, due: row.due })}`);
  }
  const learner = context.services.store.get('practiceLearners', member.id);
  const streak = learner ? currentStreak(learner, turn.now, member.timeZone) : 0;
  if (streak >= 2) lines.push(t('streak', { count: streak }));
  const due = context.index.learner(member.id).countDue(turn.now);
  turn.send({ text: lines.join('\n'), kind: 'reply', choices: [{ id: 'pr:start', label: due > 0 ? t('buttons.review', { n: due }) : t('buttons.start') }] });
}
