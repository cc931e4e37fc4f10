// Benchmark: relay latency of the group bridge at 20 relays/s through both fakes (limits on), each way, p50/p99.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createApp } from '../../src/app.js';
import { createTelegramChannel } from '../../src/channels/telegram/index.js';
import { createWhatsAppChannel } from '../../src/channels/whatsapp/index.js';
import { createConfig } from '../../src/config.js';
import { PRIVACY_VERSION } from '../../src/core/privacy.js';
import { startFakeTelegram } from '../../test/fakes/telegram-api.js';
import { startFakeWhatsApp } from '../../test/fakes/whatsapp-api.js';
import { createWebhookDriver } from '../../test/fakes/whatsapp-webhook.js';
import type { SectionResult } from '../run.js';
import { percentile, repeat } from '../stats.js';

/** Groups (one newcomer and one volunteer each): relays go to different chats, so no per-chat limit makes them wait. */
const GROUPS = 100;
const PER_SECOND = 20;
const GOAL_MS = 100;

async function once(): Promise<{ toGroup: number[]; toNewcomer: number[] }> {
  const tg = await startFakeTelegram(); // Telegram's limits: 30/s overall, 1/s per chat, 20/min per group
  const wa = await startFakeWhatsApp();
  const dataDir = mkdtempSync(path.join(tmpdir(), 'welkom-bench-bridge-'));
  const secret = 'bench-secret';
  const config = createConfig({
    DATA_DIR: dataDir, PORT: '0', HOST: '127.0.0.1', PLAYGROUND: '0', FLOOD_LIMIT_PER_MINUTE: '0',
    TELEGRAM_BOT_TOKEN: tg.token, TELEGRAM_API_ROOT: tg.apiRoot,
    WHATSAPP_ACCESS_TOKEN: wa.token, WHATSAPP_PHONE_NUMBER_ID: wa.phoneNumberId, WHATSAPP_APP_SECRET: secret, WHATSAPP_VERIFY_TOKEN: 'v', WHATSAPP_API_BASE_URL: wa.baseUrl,
  });
  const app = await createApp({ config, channels: [createTelegramChannel(config.telegram!), createWhatsAppChannel(config.whatsapp!)] });
  const { store } = app.services;
  const now = Date.now();
  for (let g = 0; g < GROUPS; g += 1) {
    const chat = String(-1_002_000_000_000 - g);
    const member = (id: string, role: 'newcomer' | 'volunteer', identity: string) => {
      store.put('members', id, { id, name: `${role} ${g}`, role, locale: 'nl', identities: [identity], groupIds: [`g${g}`], profile: { bridge: 'yes' }, timeZone: 'Europe/Amsterdam', createdAt: now, consent: { at: now, version: PRIVACY_VERSION } });
      store.put('identities', identity, { key: identity, memberId: id });
    };
    member(`n${g}`, 'newcomer', `whatsapp:3161000${String(g).padStart(4, '0')}`);
    member(`v${g}`, 'volunteer', `telegram:${7000 + g}`);
    store.put('groups', `g${g}`, { id: `g${g}`, name: `Groep ${g}`, municipality: 'Utrecht', kind: 'welkomgroep', memberIds: [`n${g}`, `v${g}`], chatKeys: [`telegram:${chat}`], createdBy: 'c', startsAt: now, endsAt: now + 365 * 86_400_000, bridge: true });
    store.put('chats', `telegram:${chat}`, { key: `telegram:${chat}`, address: { channel: 'telegram', chatId: chat }, kind: 'group', groupId: `g${g}`, status: 'active', updatedAt: now });
  }
  await store.committed();
  const port = await app.start();
  const driver = createWebhookDriver({ url: `http://127.0.0.1:${port}/webhooks/whatsapp`, appSecret: secret, phoneNumberId: wa.phoneNumberId, api: wa });
  try {
    // Newcomer → group: a webhook POST at 20/s, until the group chat has the relayed copy.
    const sentAt = new Map<number, number>();
    for (let g = 0; g < GROUPS; g += 1) {
      sentAt.set(g, Date.now());
      void driver.post(driver.text(`3161000${String(g).padStart(4, '0')}`, `relay-${g}-end`, { id: `wamid.bench.${g}` }));
      await new Promise((resolve) => setTimeout(resolve, 1000 / PER_SECOND));
    }
    const copies = new Map<number, number>();
    for (const deadline = Date.now() + 60_000; copies.size < GROUPS && Date.now() < deadline; ) {
      for (const call of tg.calls) {
        const match = call.method === 'sendMessage' && call.ok ? /relay-(\d+)-end/.exec(String(call.params.text ?? '')) : null;
        if (match && !copies.has(Number(match[1]))) copies.set(Number(match[1]), (call.response as { result: { message_id: number } }).result.message_id);
      }
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const toGroup = [...copies.keys()].map((g) => tg.calls.find((c) => c.method === 'sendMessage' && String(c.params.text ?? '').includes(`relay-${g}-end`))!.at - sentAt.get(g)!);
    // Group → newcomer: a reply to each copy at 20/s, until WhatsApp has it.
    const replyAt = new Map<number, number>();
    for (const [g, messageId] of copies) {
      replyAt.set(g, Date.now());
      tg.userMessage({ chatId: -1_002_000_000_000 - g, chatType: 'supergroup', from: { id: 7000 + g, first_name: 'Vrijwilliger' }, text: `answer-${g}-end`, replyTo: messageId });
      await new Promise((resolve) => setTimeout(resolve, 1000 / PER_SECOND));
    }
    const arrived = new Map<number, number>();
    for (const deadline = Date.now() + 60_000; arrived.size < copies.size && Date.now() < deadline; ) {
      for (const sent of wa.sent()) {
        const match = /answer-(\d+)-end/.exec(sent.text ?? '');
        if (match && !arrived.has(Number(match[1]))) arrived.set(Number(match[1]), sent.at);
      }
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const toNewcomer = [...arrived.entries()].map(([g, at]) => at - replyAt.get(g)!);
    return { toGroup, toNewcomer };
  } finally {
    await app.stop();
    await tg.close();
    await wa.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

export async function bridgeLatency(runs: number): Promise<SectionResult> {
  const results = await repeat(Math.max(1, Math.min(runs, 2)), () => once());
  const toGroup = results.flatMap((r) => r.toGroup);
  const toNewcomer = results.flatMap((r) => r.toNewcomer);
  const p = (values: number[], q: number) => (values.length ? Math.round(percentile(values, q)) : NaN);
  const rows = [
    { direction: 'newcomer (WhatsApp) → group (Telegram)', relays: toGroup.length, 'p50 ms': p(toGroup, 50), 'p99 ms': p(toGroup, 99), goal: `p99 ≤ ${GOAL_MS} ms added (no rate-limit wait: one relay per chat)` },
    { direction: 'group (Telegram) → newcomer (WhatsApp)', relays: toNewcomer.length, 'p50 ms': p(toNewcomer, 50), 'p99 ms': p(toNewcomer, 99), goal: `p99 ≤ ${GOAL_MS} ms added` },
  ];
  return {
    name: `Group bridge: relay latency at ${PER_SECOND} relays/s through both fakes (limits on), ${GROUPS} groups`,
    goals: [
      { measure: 'relay p99, WhatsApp → Telegram', figure: `${p(toGroup, 99)} ms`, goal: `≤ ${GOAL_MS} ms`, met: p(toGroup, 99) <= GOAL_MS },
      { measure: 'relay p99, Telegram → WhatsApp', figure: `${p(toNewcomer, 99)} ms`, goal: `≤ ${GOAL_MS} ms`, met: p(toNewcomer, 99) <= GOAL_MS },
    ],
    rows,
    ratio: { p99ToGroupOverGoal: p(toGroup, 99) / GOAL_MS, p99ToNewcomerOverGoal: p(toNewcomer, 99) / GOAL_MS },
    note: 'Each relay goes to a different chat, so the platforms\' per-chat limits add no wait: the figure is what welkom itself adds (webhook → commit → outbox → Bot API, or polling → commit → outbox → Graph API). The Telegram direction includes the long-poll hand-over of the fake.',
    raw: results,
  };
}
