// Benchmark 4: a broadcast to 1,000 Telegram groups and 1,000 WhatsApp numbers through the outbox, against fakes enforcing the platforms' limits.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createApp } from '../../src/app.js';
import { channelFactories } from '../../src/channels/index.js';
import { startFakeTelegram } from '../../test/fakes/telegram-api.js';
import { startFakeWhatsApp } from '../../test/fakes/whatsapp-api.js';
import { telegramConfig, whatsappConfig } from './platform-config.js';
import { median, repeat, spread } from '../stats.js';

const RECIPIENTS = 1_000;

async function waitSent(app: Awaited<ReturnType<typeof createApp>>, ids: string[], timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const pending = ids.filter((id) => !['sent', 'failed'].includes(app.services.store.get('outbox', id)?.state ?? ''));
    if (pending.length === 0) return;
    if (Date.now() > deadline) throw new Error(`${pending.length} broadcast messages not sent in time`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function telegramRun(): Promise<{ seconds: number; lost: number; rateLimited: number }> {
  const fake = await startFakeTelegram(); // Telegram's limits: 30/s overall, 1/s per chat (burst 3), 20/min per group
  const dataDir = mkdtempSync(path.join(tmpdir(), 'welkom-bench-bc-'));
  try {
    const config = telegramConfig(fake, dataDir);
    const app = await createApp({ config, channels: channelFactories(config) });
    await app.start();
    const started = performance.now();
    const ids: string[] = [];
    for (let i = 0; i < RECIPIENTS; i += 1) {
      const item = app.services.outbox.enqueue({ to: { channel: 'telegram', chatId: String(-1_001_000_000_000 - i) }, message: { text: `Nieuws voor groep ${i}: de bijeenkomst is zaterdag om 14:00.`, kind: 'broadcast' }, priority: 'bulk', urgent: true, key: `bench:bc:${i}` });
      ids.push(item!.id);
    }
    await app.services.store.committed();
    await waitSent(app, ids, 180_000);
    const seconds = (performance.now() - started) / 1000;
    const delivered = new Set(fake.sent().filter((s) => String(s.chat_id).startsWith('-1001')).map((s) => String(s.chat_id)));
    await app.stop();
    return { seconds, lost: RECIPIENTS - delivered.size, rateLimited: fake.count429() };
  } finally {
    await fake.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function whatsappRun(): Promise<{ seconds: number; lost: number; rateLimited: number }> {
  const fake = await startFakeWhatsApp({ limits: { perSecond: 80 } }); // Cloud API: ≈ 80 messages/s per number
  const dataDir = mkdtempSync(path.join(tmpdir(), 'welkom-bench-bcwa-'));
  try {
    const config = whatsappConfig(fake, dataDir);
    const app = await createApp({ config, channels: channelFactories(config) });
    await app.start();
    const numbers = Array.from({ length: RECIPIENTS }, (_, i) => `3162${String(i).padStart(7, '0')}`);
    // Everyone wrote within the last day, so the 24-hour window is open on both sides.
    const wroteAt = Date.now() - 3_600_000;
    for (const number of numbers) {
      fake.userWrote(number, wroteAt);
      app.services.store.put('contacts', `whatsapp:${number}`, { key: `whatsapp:${number}`, lastInboundAt: wroteAt });
    }
    await app.services.store.committed();
    const started = performance.now();
    const ids = numbers.map(
      (number, i) =>
        app.services.outbox.enqueue({ to: { channel: 'whatsapp', chatId: number }, message: { text: `Nieuws voor jou (${i}): de bijeenkomst is zaterdag om 14:00.`, kind: 'broadcast' }, priority: 'bulk', urgent: true, key: `bench:bcwa:${i}` })!.id,
    );
    await app.services.store.committed();
    await waitSent(app, ids, 180_000);
    const seconds = (performance.now() - started) / 1000;
    const delivered = new Set(fake.sent().map((s) => s.to));
    await app.stop();
    return { seconds, lost: RECIPIENTS - numbers.filter((n) => delivered.has(n)).length, rateLimited: fake.count(130429) };
  } finally {
    await fake.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

export async function broadcast(runs: number) {
  const telegram = await repeat(runs, telegramRun);
  const whatsapp = await repeat(runs, whatsappRun);
  const minimum = RECIPIENTS / 30;
  const seconds = telegram.map((r) => r.seconds);
  const waMinimum = RECIPIENTS / 80;
  const waSeconds = whatsapp.map((r) => r.seconds);
  return {
    name: `Broadcast: ${RECIPIENTS.toLocaleString('en')} recipients per platform through the outbox, fakes enforcing the limits`,
    rows: [
      {
        platform: 'Telegram groups',
        'total s': spread(seconds, 1),
        'theoretical minimum s': minimum.toFixed(1),
        'time : minimum': (median(seconds) / minimum).toFixed(2),
        lost: Math.max(...telegram.map((r) => r.lost)),
        '429s received': Math.max(...telegram.map((r) => r.rateLimited)),
      },
      {
        platform: 'WhatsApp numbers',
        'total s': spread(waSeconds, 1),
        'theoretical minimum s': waMinimum.toFixed(1),
        'time : minimum': (median(waSeconds) / waMinimum).toFixed(2),
        lost: Math.max(...whatsapp.map((r) => r.lost)),
        '429s received': Math.max(...whatsapp.map((r) => r.rateLimited)),
      },
    ],
    ratio: { 'Telegram time : N/30 s': Number((median(seconds) / minimum).toFixed(2)), 'WhatsApp time : N/80 s': Number((median(waSeconds) / waMinimum).toFixed(2)) },
    note: 'A ratio just under 1 means the fake’s token buckets start full (a burst of one second’s worth), as Telegram’s and Meta’s do. “429s received” counts Telegram 429 and WhatsApp 130429 answers; each made only that chat wait, and nothing was lost.',
    raw: { telegram, whatsapp },
  };
}
