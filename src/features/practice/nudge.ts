// The daily nudge at each learner's own time and the kind weekly note, planned in one in-memory agenda.
//
// The agenda holds, per learner, the next nudge and the next weekly note (a min-heap by time). One scheduler job
// (`practice.nudges@<time>`) is always planned at the earliest entry; when it runs it pops only what is due, sends
// through the outbox (idempotency key per learner and occurrence) and plans the next run. So a day's nudges cost
// O(learners whose time it is), and the scheduler holds one practice job, not one per learner. The agenda is rebuilt
// from the learners' settings at start-up (catching up a nudge missed in the last hours: the key prevents doubles).
import { isOptedOut } from '../../core/opt-out.js';
import { memberAddress, type Services } from '../../core/services.js';
import type { JobHandler } from '../../scheduler/scheduler.js';
import type { Member, PracticeLearner } from '../../store/schema.js';
import { contextOf, type PracticeContext } from './context.js';
import { currentStreak, newLeftToday, practisedToday } from './learners.js';
import { nextAt } from './times.js';

/** Sunday, late morning: the weekly note. */
export const WEEKLY = { weekday: 0, time: '11:00' } as const;
/** A nudge more than this late (e.g. the server was down) is skipped rather than sent at an odd hour. */
const GRACE_MS = 3 * 3_600_000;
export const RUN_JOB = 'practice.nudges';

type Kind = 'nudge' | 'weekly';
interface Entry {
  at: number;
  memberId: string;
  kind: Kind;
}

/** A min-heap of (time, learner, kind) with lazy removal: a re-planned entry leaves its old copy, skipped when popped. */
export class Agenda {
  private readonly heap: Entry[] = [];
  private readonly current = new Map<string, number>();
  /** Time of the run job last planned (in this process). */
  plannedAt?: number;
  /** When each learner was last nudged (in this process): any reply soon after starts a round. */
  readonly nudged = new Map<string, number>();

  static build(services: Services, now: number): Agenda {
    const agenda = new Agenda();
    for (const learner of services.store.values('practiceLearners')) {
      const member = services.store.get('members', learner.id);
      if (member) agenda.plan(member, learner, now - GRACE_MS);
    }
    return agenda;
  }

  /** Plans a learner's next nudge and weekly note after `after` (settings changed, first round, start-up). */
  plan(member: Member, learner: PracticeLearner, after: number): void {
    this.set({ kind: 'nudge', memberId: member.id, at: nextAt(after, learner.settings.time, member.timeZone) });
    this.set({ kind: 'weekly', memberId: member.id, at: nextAt(after, WEEKLY.time, member.timeZone, WEEKLY.weekday) });
  }

  /** The next planned time of a learner's nudge or weekly note. */
  at(memberId: string, kind: Kind = 'nudge'): number | undefined {
    return this.current.get(`${kind}:${memberId}`);
  }

  first(): number | undefined {
    this.dropStale();
    return this.heap[0]?.at;
  }

  /** Removes and returns the entries due at `now`, earliest first. */
  takeDue(now: number): Entry[] {
    const due: Entry[] = [];
    for (;;) {
      this.dropStale();
      const top = this.heap[0];
      if (!top || top.at > now) return due;
      this.pop();
      this.current.delete(`${top.kind}:${top.memberId}`);
      due.push(top);
    }
  }

  set(entry: Entry): void {
    this.current.set(`${entry.kind}:${entry.memberId}`, entry.at);
    this.heap.push(entry);
    let i = this.heap.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (this.heap[parent]!.at <= this.heap[i]!.at) break;
      [this.heap[parent], this.heap[i]] = [this.heap[i]!, this.heap[parent]!];
      i = parent;
    }
  }

  private dropStale(): void {
    while (this.heap.length > 0) {
      const top = this.heap[0]!;
      if (this.current.get(`${top.kind}:${top.memberId}`) === top.at) return;
      this.pop();
    }
  }

  private pop(): void {
    const last = this.heap.pop()!;
    if (this.heap.length === 0) return;
    this.heap[0] = last;
    let i = 0;
    for (;;) {
      const left = 2 * i + 1;
      const right = left + 1;
      let smallest = i;
      if (left < this.heap.length && this.heap[left]!.at < this.heap[smallest]!.at) smallest = left;
      if (right < this.heap.length && this.heap[right]!.at < this.heap[smallest]!.at) smallest = right;
      if (smallest === i) return;
      [this.heap[smallest], this.heap[i]] = [this.heap[i]!, this.heap[smallest]!];
      i = smallest;
    }
  }
}

/** Makes sure the run job is planned at the agenda's earliest time. */
export function planRun(context: PracticeContext): void {
  const { agenda } = context;
  const first = agenda.first();
  if (first === undefined || first === agenda.plannedAt) return;
  if (agenda.plannedAt !== undefined && agenda.plannedAt < first && agenda.plannedAt > context.services.clock.now()) return;
  context.services.jobs.at(`${RUN_JOB}@${first}`, RUN_JOB, first);
  agenda.plannedAt = first;
}

/** (Re)plans a learner's nudge and weekly note, e.g. after the first round or a new time. */
export function planLearner(context: PracticeContext, member: Member, learner: PracticeLearner): void {
  context.agenda.plan(member, learner, context.services.clock.now());
  planRun(context);
}

/** Texts of one run, by language, key and count: thousands of nudges share a handful of texts. */
type Texts = (locale: string, key: string, vars?: { count?: number }) => string;
function textCache(services: Services): Texts {
  const cache = new Map<string, string>();
  return (locale, key, vars = {}) => {
    const id = `${locale}|${key}|${vars.count ?? ''}`;
    let text = cache.get(id);
    if (text === undefined) cache.set(id, (text = services.translator.t(locale, `practice.${key}`, vars)));
    return text;
  };
}

/** The run job: sends what is due (nudges, weekly notes), plans each learner's next one and the next run. */
export const runJob: JobHandler = (_job, { services, now }) => {
  const context = contextOf(services);
  const t = textCache(services);
  // Learners due together mostly share time and zone: their next time is computed once.
  const nextTimes = new Map<string, number>();
  const next = (after: number, hhmm: string, timeZone: string, weekday?: number) => {
    const key = `${after}|${hhmm}|${timeZone}|${weekday ?? ''}`;
    let at = nextTimes.get(key);
    if (at === undefined) nextTimes.set(key, (at = nextAt(after, hhmm, timeZone, weekday)));
    return at;
  };
  for (const entry of context.agenda.takeDue(now)) {
    const member = services.store.get('members', entry.memberId);
    const learner = services.store.get('practiceLearners', entry.memberId);
    if (!member || !learner) continue; // left the programme: no new entry
    if (now - entry.at <= GRACE_MS && !learner.settings.paused && !isOptedOut(member)) {
      if (entry.kind === 'nudge') nudge(context, t, member, learner, entry.at, now);
      else weekly(context, t, member, learner, entry.at, now);
    }
    const after = Math.max(now, entry.at);
    context.agenda.set({ kind: entry.kind, memberId: member.id, at: entry.kind === 'nudge' ? next(after, learner.settings.time, member.timeZone) : next(after, WEEKLY.time, member.timeZone, WEEKLY.weekday) });
  }
  context.agenda.plannedAt = undefined;
  planRun(context);
};

/**
 * The daily nudge: only when words wait and the learner has not practised today. It reads only the learner's record:
 * `nextDueAt` says whether a card is due (the text says words wait, without counting them, so no card is read) and
 * `cards` whether deck words are still new to her.
 */
function nudge(context: PracticeContext, texts: Texts, member: Member, learner: PracticeLearner, at: number, now: number): void {
  if (practisedToday(learner, now, member.timeZone)) return;
  const due = learner.nextDueAt !== undefined && learner.nextDueAt <= now;
  const fresh = due ? 0 : newWordsLeftToday(context, member, learner, now);
  if (!due && fresh === 0) return;
  const to = memberAddress(member);
  if (!to) return;
  context.services.outbox.enqueue({
    to,
    memberId: member.id,
    message: { text: due ? texts(member.locale, 'nudge.waiting') : texts(member.locale, 'nudge.new', { count: fresh }), kind: 'practice_nudge', choices: [{ id: 'pr:start', label: texts(member.locale, 'buttons.start') }] },
    priority: 'bulk',
    key: `practice.nudge:${member.id}@${at}`,
  });
  context.agenda.nudged.set(member.id, now);
}

/** New words the learner may still start today; none once she has seen the whole deck (a record from before `cards` builds her index once). */
function newWordsLeftToday(context: PracticeContext, member: Member, learner: PracticeLearner, now: number): number {
  const left = newLeftToday(learner, now, member.timeZone);
  if (left === 0) return 0;
  const seen = learner.cards ?? context.index.learner(member.id).size;
  return seen < context.list.words.size ? left : 0;
}

/** A reply within this time after a nudge (e.g. to the WhatsApp template, "reply to start") starts a round. */
export const NUDGE_REPLY_MS = 12 * 3_600_000;

/** The weekly note: what went well this week, or a warm "whenever you like", never a reproach. */
function weekly(context: PracticeContext, texts: Texts, member: Member, learner: PracticeLearner, at: number, now: number): void {
  const { services } = context;
  const to = memberAddress(member);
  if (!to) return;
  const t = (key: string, vars: { count?: number } = {}) => texts(member.locale, key, vars);
  const { answers, learned } = learner.week;
  const streak = currentStreak(learner, now, member.timeZone);
  const lines = answers > 0 ? [t('weekly.title'), t('weekly.learned', { count: learned }), t('weekly.answers', { count: answers })] : [t('weekly.quiet')];
  if (answers > 0 && streak >= 2) lines.push(t('streak', { count: streak }));
  if (answers > 0) lines.push(t('weekly.thanks'));
  services.outbox.enqueue({
    to,
    memberId: member.id,
    message: { text: lines.join('\n'), kind: 'practice_nudge', choices: [{ id: 'pr:start', label: t('buttons.start') }] },
    priority: 'bulk',
    key: `practice.weekly:${member.id}@${at}`,
  });
  services.store.put('practiceLearners', learner.id, { ...learner, week: { since: now, answers: 0, learned: 0 } });
}
