// Benchmark: Dutch practice at scale: 10,000 learners × 400 card states (4 million) in the store; the daily nudge run,
// "what is due" for one learner, building the due index at start-up, and the bytes one practice answer commits.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createApp, PROJECT_ROOT, type App } from '../../src/app.js';
import { createConfig } from '../../src/config.js';
import { ManualClock } from '../../src/core/clock.js';
import { cardId, CardIndex } from '../../src/features/practice/cards.js';
import { contextOf } from '../../src/features/practice/context.js';
import { pack, Rating, review } from '../../src/features/practice/fsrs.js';
import { loadWords } from '../../src/features/practice/source.js';
import type { Member, PracticeLearner } from '../../src/store/schema.js';
import { median, spread } from '../stats.js';
import type { SectionResult } from '../run.js';
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
    store.put('practiceLearners', id, learner);
    memberIds.push(id);
    if (i % 100 === 99) await store.committed();
  }
  await store.committed();
  now = START; // the clock object reads `now`
  return { app, clock, dataDir, seedSeconds: (performance.now() - started) / 1000, memberIds };
}

export async function practiceScale(runs: number): Promise<SectionResult> {
  const { app, clock, dataDir, seedSeconds, memberIds } = await seed();
  try {
    const { store } = app.services;
    const cards = store.count('practiceCards');
    // Start-up: the due index is one pass over the stored cards.
    const indexStarted = performance.now();
    const index = CardIndex.build(store);
    const indexSeconds = (performance.now() - indexStarted) / 1000;
    const context = contextOf(app.services);
    void context.index; // the app's own index (built once, on first use)
    // Start-up: the nudge agenda is one pass over the learners' settings.
    const agendaStarted = performance.now();
    void context.agenda;
    const agendaSeconds = (performance.now() - agendaStarted) / 1000;
    app.scheduler.tick(); // 17:00: the start-up job plans the first nudge run (18:00)

    // "What is due" for one learner: a prefix of her sorted list.
    const dueStarted = performance.now();
    let dueFound = 0;
    for (let i = 0; i < 10_000; i += 1) dueFound += index.learner(memberIds[(i * 31) % memberIds.length]!).due(START, 10).length;
    const dueMicros = ((performance.now() - dueStarted) * 1000) / 10_000;

    // The daily nudge run at 18:00, on `runs` consecutive days: every learner's job is due at once.
    const nudgeMs: number[] = [];
    let queued = 0;
    for (let run = 0; run < runs; run += 1) {
      clock.advance(HOUR + run * DAY - (clock.now() - START));
      const before = store.count('outbox');
      const started = performance.now();
      app.scheduler.tick();
      nudgeMs.push(performance.now() - started);
      queued = store.count('outbox') - before;
      await store.committed();
    }

    // One practice answer through the router: the bytes its commit appends, for a learner with 400 cards.
    const learnerId = memberIds[1]!;
    const userId = store.get('members', learnerId)!.identities[0]!.split(':')[1]!;
    const inbound = { channel: 'whatsapp' as const, chatId: userId, userId, chatType: 'private' as const };
    await app.handle({ ...inbound, text: 'oefenen', dedupKey: 'bench:start' });
    const question = store.get('practiceLearners', learnerId)!.session!.question!;
    const bytesBefore = store.getStats().journalBytes;
    await app.handle({ ...inbound, choice: { id: `pr:a:${question.token}:${question.correct ?? 'x'}` }, dedupKey: 'bench:answer' });
    const answerBytes = store.getStats().journalBytes - bytesBefore;
    const cardBytes = JSON.stringify(store.get('practiceCards', cardId(learnerId, question.entryId))).length;

    const rows = [
      { measure: 'card states in the store', figure: cards.toLocaleString('en'), goal: '4,000,000 (10,000 learners × 400)' },
      { measure: 'seeding them (4 million puts, journal)', figure: `${seedSeconds.toFixed(1)} s`, goal: '—' },
      { measure: 'due index at start-up (one pass)', figure: `${indexSeconds.toFixed(2)} s`, goal: 'once per start' },
      { measure: 'nudge agenda at start-up (one pass over learners)', figure: `${agendaSeconds.toFixed(2)} s`, goal: 'once per start' },
      { measure: `daily nudge run, ${LEARNERS.toLocaleString('en')} learners due at 18:00`, figure: spread(nudgeMs.map((ms) => ms / 1000), 3, ' s'), goal: '< 1 s' },
      { measure: 'nudges queued per run', figure: queued.toLocaleString('en'), goal: 'one per learner with words waiting' },
      { measure: '"what is due" for one learner', figure: `${dueMicros.toFixed(1)} µs (${(dueFound / 10_000).toFixed(1)} due on average)`, goal: 'O(due cards), no scan' },
      { measure: 'one practice answer: bytes committed', figure: `${answerBytes.toLocaleString('en')} B (card record ${cardBytes} B)`, goal: '< 4 KB, independent of deck size' },
    ];
    return {
      name: `Practice at scale: ${LEARNERS.toLocaleString('en')} learners × ${CARDS} cards`,
      rows,
      ratio: { 'nudge run / 1 s goal': Number((median(nudgeMs) / 1000).toFixed(3)) },
      note: 'One scheduler job runs the nudges that are due (an in-memory agenda by time); each reads only the learner’s record (`nextDueAt`) and the in-memory due index; no card is read. An answer writes one card record, the learner’s small record (round state), the reply and the dedup key.',
      raw: { seedSeconds, indexSeconds, agendaSeconds, nudgeMs, dueMicros, answerBytes, cardBytes, queued, cards },
    };
  } finally {
    await app.stop().catch(() => undefined);
    rmSync(dataDir, { recursive: true, force: true });
  }
}
