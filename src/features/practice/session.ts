// A practice round: picks due and new words, asks them one by one, grades answers with FSRS and re-asks missed words once.
import type { Turn } from '../../core/turn.js';
import type { Choice } from '../../core/types.js';
import type { Member, PracticeLearner, PracticeSession } from '../../store/schema.js';
import { getCard, saveCard } from './cards.js';
import type { PracticeContext } from './context.js';
import { isLearned, Rating, review, type Grade } from './fsrs.js';
import { countNewWord, currentStreak, learnerOf, markPractised, newLeftToday, rollWeek } from './learners.js';
import { judge, normalize, type Verdict } from './matching.js';
import { planLearner } from './nudge.js';
import { buildQuestion, questionType, type Question } from './questions.js';
import { dutch, findWord, groupWords, meaning, meaningLocale, type Word } from './words.js';

/** A round ends by itself after this much silence; a later answer gets a friendly "start again?". */
export const SESSION_IDLE_MS = 60 * 60_000;
/** Button ids: `pr:a:<token>:<option>` answers, `pr:a:<token>:x` is "I don't know". */
export const ANSWER = 'a';

type T = (key: string, vars?: Record<string, string | number>) => string;

function texts(context: PracticeContext, turn: Turn): T {
  return (key, vars = {}) => context.services.translator.t(turn.locale, `practice.${key}`, vars);
}

/** The learner's words not seen yet, in teaching order: their group's own words first, then the deck theme by theme. */
function newWords(context: PracticeContext, member: Member, limit: number): string[] {
  const out: string[] = [];
  if (limit <= 0) return out;
  const has = (id: string) => context.index.has(member.id, id);
  for (const word of groupWords(context.services.store, member.groupIds)) {
    if (out.length >= limit) return out;
    if (!has(word.id)) out.push(word.id);
  }
  for (const theme of context.list.themes) {
    for (const word of context.list.byTheme.get(theme.id) ?? []) {
      if (out.length >= limit) return out;
      if (!has(word.id)) out.push(word.id);
    }
  }
  return out;
}

/** Whether a new round would have anything to ask now. */
export function hasWork(context: PracticeContext, member: Member, learner: PracticeLearner, now: number): boolean {
  if (context.index.learner(member.id).countDue(now) > 0) return true;
  return newLeftToday(learner, now, member.timeZone) > 0 && newWords(context, member, 1).length > 0;
}

/** `/practice`: continues the running round, or starts one with due words first and then today's new words. */
export function startRound(context: PracticeContext, turn: Turn, member: Member): void {
  const { store } = context.services;
  const t = texts(context, turn);
  const now = turn.now;
  const learner = learnerOf(store, member, now);
  const isFirst = !store.get('practiceLearners', member.id);
  if (learner.session && learner.session.expiresAt > now && learner.session.question) {
    const word = findWord(context.list, store, learner.session.question.entryId);
    if (word) {
      turn.send(questionMessage(context, turn, learner.session, learner.session.question, word, t('continue')));
      return;
    }
  }
  rollWeek(learner, now);
  const length = learner.settings.sessionLength;
  const due = context.index.learner(member.id).due(now, length);
  const fresh = newWords(context, member, Math.min(length - due.length, newLeftToday(learner, now, member.timeZone)));
  const queue = [...due, ...fresh];
  if (isFirst) planLearner(context, member, learner);
  if (queue.length === 0) {
    learner.session = undefined;
    store.put('practiceLearners', learner.id, learner);
    turn.send({ text: t('nothing_due'), kind: 'reply', choices: [{ id: 'pr:s', label: t('buttons.settings') }] });
    return;
  }
  learner.session = { queue, again: [], fresh: [], asked: 0, correct: 0, startedAt: now, expiresAt: now + SESSION_IDLE_MS };
  const intro = isFirst ? t('intro', { n: learner.settings.newPerDay, stop: stopWord(turn, context) }) : t('start', { count: queue.length });
  askNext(context, turn, member, learner, intro);
}

/** Sends the next question (or the end of the round) with `lead` (feedback on the previous answer) on top; stores the learner. */
function askNext(context: PracticeContext, turn: Turn, member: Member, learner: PracticeLearner, lead: string): void {
  const { store } = context.services;
  const session = learner.session!;
  const parts = lead ? [lead] : [];
  for (;;) {
    const entryId = session.queue.shift();
    if (entryId === undefined) return finishRound(context, turn, member, learner, parts.join('\n\n'));
    const word = findWord(context.list, store, entryId);
    if (!word) continue; // removed from the deck since
    const card = getCard(store, member.id, entryId);
    const fresh = session.fresh ?? (session.fresh = []);
    if (!card && !fresh.includes(entryId)) {
      // A new word is shown first (meaning and example); it is asked a little later in the round.
      fresh.push(entryId);
      session.queue.splice(Math.min(2, session.queue.length), 0, entryId);
      countNewWord(learner, turn.now, member.timeZone);
      parts.push(introText(context, turn, word));
      continue;
    }
    const type = questionType(word, card);
    const { question } = buildQuestion(type, word, context.list, groupWords(store, member.groupIds), meaningLocale(turn.locale), !card);
    session.question = question;
    session.expiresAt = turn.now + SESSION_IDLE_MS;
    store.put('practiceLearners', learner.id, learner);
    turn.send(questionMessage(context, turn, session, question, word, parts.join('\n\n')));
    return;
  }
}

function introText(context: PracticeContext, turn: Turn, word: Word): string {
  const t = texts(context, turn);
  const lines = [t(word.groupMade ? 'new_group_word' : 'new_word', { word: dutch(word), meaning: meaning(word, meaningLocale(turn.locale)) })];
  if (word.example) lines.push(t('example', { example: word.example }));
  return lines.join('\n');
}

/** The question as a message: its text (with `lead` above), and buttons whose ids carry the question's token. */
export function questionMessage(context: PracticeContext, turn: Turn, session: PracticeSession, question: Question, word: Word, lead = '') {
  const t = texts(context, turn);
  const locale = meaningLocale(turn.locale);
  const number = session.asked + 1;
  const total = session.asked + session.queue.length + 1;
  let body: string;
  let labels: string[] = [];
  if (question.type === 'recognise') {
    body = t('ask.recognise', { word: dutch(word) });
    if (word.example) body += `\n${t('example', { example: word.example })}`;
    labels = (question.options ?? []).map((id) => optionWord(context, turn, id, (w) => meaning(w, locale)));
  } else if (question.type === 'recall') {
    body = t('ask.recall', { meaning: meaning(word, locale) });
    labels = (question.options ?? []).map((id) => optionWord(context, turn, id, dutch));
  } else if (question.type === 'article') {
    body = t('ask.article', { word: word.nl });
    labels = ['de', 'het'];
  } else {
    body = t('ask.type', { meaning: meaning(word, locale) });
  }
  const choices: Choice[] = labels.map((label, index) => ({ id: `pr:${ANSWER}:${question.token}:${index}`, label }));
  if (question.type === 'type') choices.push({ id: `pr:${ANSWER}:${question.token}:x`, label: t('buttons.dont_know') });
  const head = t('counter', { number, total });
  const text = [lead, `${head}\n${body}`].filter(Boolean).join('\n\n');
  return { text, kind: 'reply' as const, choices };
}

function optionWord(context: PracticeContext, turn: Turn, id: string, show: (w: Word) => string): string {
  const word = findWord(context.list, context.services.store, id);
  return word ? show(word) : '?';
}

/** The running round of this member, if it has not expired. */
export function activeSession(context: PracticeContext, memberId: string, now: number): PracticeSession | undefined {
  const session = context.services.store.get('practiceLearners', memberId)?.session;
  return session && session.expiresAt > now && session.question ? session : undefined;
}

/** Grades the answer to the current question (a pressed option, "don't know", or typed text) and moves on. */
export function answer(context: PracticeContext, turn: Turn, member: Member, given: { option: number | 'x' } | { text: string }): void {
  const { store } = context.services;
  const t = texts(context, turn);
  const learner = learnerOf(store, member, turn.now);
  const session = learner.session!;
  const question = session.question!;
  const word = findWord(context.list, store, question.entryId);
  if (!word) {
    session.question = undefined;
    return askNext(context, turn, member, learner, '');
  }
  let verdict: Verdict;
  if ('option' in given) {
    verdict = given.option !== 'x' && given.option === question.correct ? { verdict: 'correct' } : { verdict: 'wrong', reason: given.option === 'x' ? 'empty' : 'wrong' };
  } else if (question.type === 'type') {
    const others = new Set(context.deckWords);
    for (const w of groupWords(store, member.groupIds)) others.add(normalize(w.nl));
    others.delete(normalize(word.nl));
    verdict = judge(given.text, word, others);
  } else {
    // A typed reply to a button question: its number ("2") or the option's text.
    const option = typedOption(context, turn, question, given.text);
    if (option === undefined) {
      turn.send(questionMessage(context, turn, session, question, word, t('press_a_button')));
      return;
    }
    verdict = option === question.correct ? { verdict: 'correct' } : { verdict: 'wrong', reason: 'wrong' };
  }

  const grade: Grade = verdict.verdict === 'correct' ? Rating.Good : verdict.verdict === 'almost' ? Rating.Hard : Rating.Again;
  const before = getCard(store, member.id, word.id);
  const after = review(member.id, word.id, before, grade, turn.now);
  saveCard(store, context.index, after, learner);
  rollWeek(learner, turn.now);
  session.asked += 1;
  learner.week.answers += 1;
  if (verdict.verdict !== 'wrong') session.correct += 1;
  if (isLearned(after) && !(before && isLearned(before))) learner.week.learned += 1;
  markPractised(learner, turn.now, member.timeZone);
  session.fresh = (session.fresh ?? []).filter((id) => id !== word.id);
  if (verdict.verdict === 'wrong' && !session.again.includes(word.id)) {
    // Missed: it comes back at the end of this round (FSRS keeps it due in a minute), and again tomorrow.
    session.again.push(word.id);
    session.queue.push(word.id);
  }
  session.question = undefined;
  askNext(context, turn, member, learner, feedback(t, verdict, word, question, meaningLocale(turn.locale)));
}

function feedback(t: T, verdict: Verdict, word: Word, question: Question, locale: string): string {
  const full = dutch(word);
  if (verdict.verdict === 'correct') return question.type === 'article' ? t('feedback.correct_article', { word: full }) : t('feedback.correct', { word: full });
  if (verdict.verdict === 'almost') return t(`feedback.almost_${verdict.reason}`, { word: full });
  if (verdict.reason === 'other_word') return t('feedback.other_word', { word: full, meaning: meaning(word, locale) });
  return t('feedback.wrong', { word: full, meaning: meaning(word, locale) });
}

/** Maps "2", "de", or an option's text to its index; undefined when the text is none of them. */
function typedOption(context: PracticeContext, turn: Turn, question: Question, text: string): number | undefined {
  const typed = normalize(text);
  const count = question.type === 'article' ? 2 : (question.options?.length ?? 0);
  if (/^\d+$/.test(typed) && Number(typed) >= 1 && Number(typed) <= count) return Number(typed) - 1;
  const message = questionMessage(context, turn, { queue: [], again: [], asked: 0, correct: 0, startedAt: 0, expiresAt: 0 }, question, findWord(context.list, context.services.store, question.entryId)!);
  const index = (message.choices ?? []).findIndex((choice) => !choice.id.endsWith(':x') && normalize(choice.label) === typed);
  return index >= 0 ? index : undefined;
}

/** Ends the round with a kind summary (and what comes next); the learner record keeps no round. */
function finishRound(context: PracticeContext, turn: Turn, member: Member, learner: PracticeLearner, lead: string): void {
  const { store } = context.services;
  const t = texts(context, turn);
  const session = learner.session;
  learner.session = undefined;
  store.put('practiceLearners', learner.id, learner);
  const lines = lead ? [lead] : [];
  if (session && session.asked > 0) {
    lines.push(t('done', { count: session.asked, correct: session.correct }));
    const streak = currentStreak(learner, turn.now, member.timeZone);
    if (streak >= 2) lines.push(t('streak', { count: streak }));
  }
  const more = hasWork(context, member, learner, turn.now);
  lines.push(more ? t('more_available') : t('see_you', { time: learner.settings.time }));
  const choices: Choice[] = [];
  if (more) choices.push({ id: 'pr:start', label: t('buttons.again') });
  choices.push({ id: 'pr:s', label: t('buttons.settings') });
  turn.send({ text: lines.join('\n\n'), kind: 'reply', choices });
}

/** "stop": ends the round now with the summary; false when no round runs. */
export function stopRound(context: PracticeContext, turn: Turn, member: Member): boolean {
  const learner = context.services.store.get('practiceLearners', member.id);
  if (!learner?.session) return false;
  learner.session.queue = [];
  finishRound(context, turn, member, learner, texts(context, turn)('stopped'));
  return true;
}

/** The first keyword of "cancel" in the learner's language, for "type stop to end". */
function stopWord(turn: Turn, context: PracticeContext): string {
  return (context.services.translator.t(turn.locale, 'commands.cancel.keywords').split(',')[0] ?? 'stop').trim();
}
