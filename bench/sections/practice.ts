// Benchmark (issue #11): Dutch practice at scale, 10,000 learners × 400 card states (4 million) in the store: the daily
// nudge run, the practice feature's start-up, "what is due" for one learner (first use and later) and one answer's bytes.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createApp, PROJECT_ROOT, type App } from '../../src/app.js';
import { createConfig } from '../../src/config.js';
import { ManualClock } from '../../src/core/clock.js';
import { cardId } from '../../src/features/practice/cards.js';
import { contextOf, createContext } from '../../src/features/practice/context.js';
import { pack, Rating, review, storedDue } from '../../src/features/practice/fsrs.js';
import { loadWords } from '../../src/features/practice/source.js';
import type { Member, PracticeLearner } from '../../src/store/schema.js';
import { median, spread } from '../stats.js';
import type { Goal, SectionResult } from '../run.js';
import { sinkChannel } from './sink-channel.js';

const LEARNERS = Number(process.env.BENCH_PRACTICE_LEARNERS ?? 10_000);
const CARDS = 400;
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** Monday 30 November 2026, 17:00 in Amsterdam: every learner's nudge is due at 18:00. */
const START = Date.UTC(2026, 10, 30, 16, 0, 0);
const LOCALES = ['ar', 'ti', 'fa', 'so', 'uk', 'tr', 'en', 'nl'];

interface Seeded {
  app: App;
  clock: ManualClock;
  dataDir: string;
  seedSeconds: number;
  memberIds: string[];
}

/** A store with LEARNERS newcomers, each with CARDS card states (about 8 % due now, the rest spread over two months). */
export async function seed(): Promise<Seeded> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'welkom-bench-practice-'));
  let now = START;
  const clock = new ManualClock({ now: () => now });
  const config = createConfig({ DATA_DIR: dataDir, PORT: '0', LOG_LEVEL: 'silent', SNAPSHOT_EVERY: '1000000000', PLAYGROUND: '0' });
  const app = await createApp({ config, clock, channels: [() => sinkChannel('whatsapp', 'keyword')] });
  const { store } = app.services;
  const words = [...loadWords(PROJECT_ROOT).words.keys()].slice(0, CARDS);
  const started = performance.now();
  const memberIds: string[] = [];
  const yesterday = '2026-11-29';
  // A few real FSRS states to copy (running FSRS 4 million times would only measure the seeding).
  const templates = ([Rating.Again, Rating.Hard, Rating.Good, Rating.Easy] as const).flatMap((grade) => [1, 5, 20, 60].map((days) => review('x', 'x', review('x', 'x', undefined, Rating.Good, START - 2 * days * DAY), grade, START - days * DAY)));
  for (let i = 0; i < LEARNERS; i += 1) {
    const id = `m_l${String(i).padStart(6, '0')}`;
    const identity = `whatsapp:316${String(i).padStart(8, '0')}`;
    const member: Member = { id, name: `Learner ${i}`, role: 'newcomer', locale: LOCALES[i % LOCALES.length]!, identities: [identity], groupIds: [], profile: {}, timeZone: 'Europe/Amsterdam', createdAt: START - 90 * DAY };
    store.put('members', id, member);
    store.put('identities', identity, { key: identity, memberId: id });
    const learner: PracticeLearner = { id, settings: { newPerDay: 5, sessionLength: 10, time: '18:00', paused: false }, newToday: { day: yesterday, count: 5 }, streak: { days: 3, lastDay: yesterday }, week: { since: START - 2 * DAY, answers: 30, learned: 4 }, createdAt: START - 90 * DAY };
    let nextDueAt = Infinity;
    for (let w = 0; w < words.length; w += 1) {
      const mix = (i * 7_919 + w * 104_729) % 1000;
      const card = { ...templates[mix % templates.length]!, memberId: id, entryId: words[w]! };
      // About 8 % due now; the others due over the next two months.
      card.due = mix < 80 ? START - (mix % 48) * HOUR : START + (1 + (mix % 60)) * DAY;
      nextDueAt = Math.min(nextDueAt, card.due);
      store.put('practiceCards', cardId(id, words[w]!), pack(card));
    }
    learner.nextDueAt = nextDueAt;
    learner.cards = words.length;
    store.put('practiceLearners', id, learner);
    memberIds.push(id);
    if (i % 100 === 99) await store.committed();
  }
  await store.committed();
  now = START; // the clock object reads `now`
  return { app, clock, dataDir, seedSeconds: (performance.now() - started) / 1000, memberIds };
}

/** The former start-up index, for comparison: one pass over every stored card, grouped by learner. */
function passOverAllCards(app: App): number {
  const dues = new Map<string, number[]>();
  for (const card of app.services.store.values('practiceCards')) {
    let list = dues.get(card.memberId);
    if (!list) dues.set(card.memberId, (list = []));
    list.push(storedDue(card));
  }
  for (const list of dues.values()) list.sort((a, b) => a - b);
  return dues.size;
}

export async function practiceScale(runs: number): Promise<SectionResult> {
  const { app, clock, dataDir, seedSeconds, memberIds } = await seed();
  try {
    const { store } = app.services;
    const cards = store.count('practiceCards');
    const words = loadWords(PROJECT_ROOT);

    // Start-up of the practice feature on this store (its setup again, as at a restart): no card is read.
    const setupStarted = performance.now();
    const context = createContext(app.services, words);
    const setupMs = performance.now() - setupStarted;
    // The nudge agenda: one pass over the learners' records (10,000), not their cards.
    const agendaStarted = performance.now();
    void context.agenda;
    const agendaMs = performance.now() - agendaStarted;
    if (contextOf(app.services) !== context) throw new Error('the practice context was not replaced');
    app.delivery.start(); // as in production: each nudge goes to its lane (quiet hours, rate limits) when queued
    app.scheduler.tick(); // 17:00: the start-up job plans the first nudge run (18:00)

    // The daily nudge run at 18:00, on `runs` consecutive days: every learner's job is due at once.
    const nudgeMs: number[] = [];
    const enqueueMs: number[] = [];
    let queued = 0;
    for (let run = 0; run < runs; run += 1) {
      clock.advance(HOUR + run * DAY - (clock.now() - START));
      const before = store.count('outbox');
      const started = performance.now();
      app.scheduler.tick();
      nudgeMs.push(performance.now() - started);
      queued = store.count('outbox') - before;
      await store.committed();
      await app.delivery.idle();
      // Baseline in the same run: the outbox alone, the same number of bulk messages to the same learners.
      const text = app.services.translator.t('en', 'practice.nudge.waiting');
      const baselineStarted = performance.now();
      for (let i = 0; i < queued; i += 1) {
        const member = store.get('members', memberIds[i % memberIds.length]!)!;
        app.services.outbox.enqueue({ to: { channel: 'whatsapp', chatId: member.identities[0]!.split(':')[1]! }, memberId: member.id, message: { text, kind: 'practice_nudge' }, priority: 'bulk', key: `bench.baseline:${member.id}@${run}` });
      }
      enqueueMs.push(performance.now() - baselineStarted);
      await store.committed();
      await app.delivery.idle();
    }
    const indexesBuiltByRuns = memberIds.filter((id) => context.index.isLoaded(id)).length;

    // "What is due" for one learner: first use builds her index from her own cards (one lookup per deck word).
    const firstUseIds = memberIds.filter((_, i) => i % 3 === 0).slice(0, 1_000);
    const firstStarted = performance.now();
    let firstFound = 0;
    for (const id of firstUseIds) firstFound += context.index.learner(id).due(START, 10).length;
    const firstUseMicros = ((performance.now() - firstStarted) * 1000) / firstUseIds.length;
    // Later: a prefix of her sorted list.
    const dueStarted = performance.now();
    let dueFound = 0;
    for (let i = 0; i < 10_000; i += 1) dueFound += context.index.learner(firstUseIds[i % firstUseIds.length]!).due(START, 10).length;
    const dueMicros = ((performance.now() - dueStarted) * 1000) / 10_000;

    // One practice answer through the router: the bytes its commit appends, for a learner with 400 cards (sending
    // paused, so the journal holds only the answer's own commit).
    await app.delivery.stop();
    const learnerId = memberIds[1]!;
    const userId = store.get('members', learnerId)!.identities[0]!.split(':')[1]!;
    const inbound = { channel: 'whatsapp' as const, chatId: userId, userId, chatType: 'private' as const };
    await app.handle({ ...inbound, text: 'oefenen', dedupKey: 'bench:start' });
    const question = store.get('practiceLearners', learnerId)!.session!.question!;
    const bytesBefore = store.getStats().journalBytes;
    await app.handle({ ...inbound, choice: { id: `pr:a:${question.token}:${question.correct ?? 'x'}` }, dedupKey: 'bench:answer' });
    const answerBytes = store.getStats().journalBytes - bytesBefore;
    const cardBytes = JSON.stringify(store.get('practiceCards', cardId(learnerId, question.entryId))).length;

    // For comparison, the start-up cost this replaced: one pass over all the cards (the former eager due index).
    const passStarted = performance.now();
    passOverAllCards(app);
    const passSeconds = (performance.now() - passStarted) / 1000;

    const learners = LEARNERS.toLocaleString('en');
    const nudgeSeconds = median(nudgeMs) / 1000;
    const goals: Goal[] = [
      { measure: `#11 daily nudge run, ${learners} learners due at 18:00`, figure: `${nudgeSeconds.toFixed(3)} s`, goal: '< 1 s', met: nudgeSeconds < 1 },
      { measure: `#11 practice start-up at ${cards.toLocaleString('en')} cards (due index)`, figure: `${setupMs.toFixed(1)} ms`, goal: 'no pass over the cards (< 100 ms)', met: setupMs < 100 },
      { measure: '#11 "what is due" for one learner, first use (her index built)', figure: `${firstUseMicros.toFixed(0)} µs`, goal: 'O(her cards): a lookup per deck word, < 5 ms', met: firstUseMicros < 5_000 },
      { measure: '#11 "what is due" for one learner, later', figure: `${dueMicros.toFixed(1)} µs`, goal: 'O(due cards), < 100 µs', met: dueMicros < 100 },
      { measure: '#11 one practice answer: bytes committed', figure: `${answerBytes.toLocaleString('en')} B`, goal: '< 4 KB', met: answerBytes < 4_096 },
    ];
    const rows = [
      { measure: 'card states in the store', figure: cards.toLocaleString('en'), goal: '4,000,000 (10,000 learners × 400)' },
      { measure: 'seeding them (4 million puts, journal)', figure: `${seedSeconds.toFixed(1)} s`, goal: '—' },
      { measure: 'practice start-up: setup with the due index (reads no card)', figure: `${setupMs.toFixed(1)} ms`, goal: 'no pass over the cards (< 100 ms)' },
      { measure: 'baseline: one pass over every card (the former start-up index)', figure: `${passSeconds.toFixed(2)} s`, goal: 'not done any more' },
      { measure: `nudge agenda at start-up (one pass over ${learners} learner records)`, figure: `${(agendaMs / 1000).toFixed(2)} s`, goal: 'once per start' },
      { measure: `daily nudge run, ${learners} learners due at 18:00`, figure: spread(nudgeMs.map((ms) => ms / 1000), 3, ' s'), goal: '< 1 s' },
      { measure: `baseline: ${queued.toLocaleString('en')} outbox enqueues alone (same run)`, figure: spread(enqueueMs.map((ms) => ms / 1000), 3, ' s'), goal: 'the floor of the nudge run' },
      { measure: 'nudges queued per run', figure: queued.toLocaleString('en'), goal: 'one per learner with words waiting' },
      { measure: 'learners whose due index the nudge runs built', figure: indexesBuiltByRuns.toLocaleString('en'), goal: '0: the nudge reads no card' },
      { measure: '"what is due" for one learner, first use (builds her index)', figure: `${firstUseMicros.toFixed(0)} µs (${(firstFound / firstUseIds.length).toFixed(1)} due on average)`, goal: 'O(her cards): a lookup per deck word, < 5 ms' },
      { measure: '"what is due" for one learner, later', figure: `${dueMicros.toFixed(1)} µs (${(dueFound / 10_000).toFixed(1)} due on average)`, goal: 'O(due cards), < 100 µs' },
      { measure: 'one practice answer: bytes committed', figure: `${answerBytes.toLocaleString('en')} B (card record ${cardBytes} B)`, goal: '< 4 KB, independent of deck size' },
    ];
    return {
      name: `Practice at scale: ${learners} learners × ${CARDS} cards`,
      goals,
      rows,
      ratio: { 'nudge run / 1 s goal': Number(nudgeSeconds.toFixed(3)), 'nudge run / outbox enqueues alone': Number((median(nudgeMs) / median(enqueueMs)).toFixed(2)) },
      note: 'Start-up reads no card: a learner’s due index is built on her first use from her own cards (one lookup per deck word and group word). One scheduler job runs the nudges that are due (an in-memory agenda by time); each reads only the learner’s record (`nextDueAt`: is anything due; `cards`: are deck words left) and queues one message through the running outbox, so a run builds no index. An answer writes one card record, the learner’s small record (round state), the reply and the dedup key.',
      raw: { seedSeconds, setupMs, passSeconds, agendaMs, nudgeMs, enqueueMs, indexesBuiltByRuns, firstUseMicros, dueMicros, answerBytes, cardBytes, queued, cards },
    };
  } finally {
    await app.stop().catch(() => undefined);
    rmSync(dataDir, { recursive: true, force: true });
  }
}
