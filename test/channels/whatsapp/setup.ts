// Test setup: a real welkom app in-process with the WhatsApp channel, a manual clock, the fake Graph API and the signing webhook driver.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { createApp, type App } from '../../../src/app.js';
import { createWhatsAppChannel } from '../../../src/channels/whatsapp/index.js';
import { createConfig } from '../../../src/config.js';
import { ManualClock } from '../../../src/core/clock.js';
import { createLogger } from '../../../src/core/logger.js';
import type { Feature } from '../../../src/core/feature.js';
import type { Services } from '../../../src/core/services.js';
import type { Member } from '../../../src/store/schema.js';
import { startFakeWhatsApp, type ApprovedTemplate, type FakeWhatsApp } from '../../fakes/whatsapp-api.js';
import { createWebhookDriver, type WebhookDriver } from '../../fakes/whatsapp-webhook.js';

export const APP_SECRET = 'test-app-secret-ٱختبار';
export const VERIFY_TOKEN = 'verify-me-please';
export const BOT_NUMBER = '31850001234';
export const START = Date.UTC(2026, 10, 30, 10, 0, 0);
export const HOUR = 3_600_000;

/** Templates approved in the fake: every kind in the shipped file, in the languages it maps to. */
export function approvedTemplates(): ApprovedTemplate[] {
  const names = ['welkom_reminder', 'welkom_meetup_poll', 'welkom_meetup_reminder', 'welkom_practice_nudge', 'welkom_broadcast'];
  return names.flatMap((name) => ['nl', 'en', 'ar', 'tr', 'fa', 'uk'].map((language) => ({ name, language, bodyParams: 1 })));
}

export interface WhatsAppTestApp {
  app: App;
  services: Services;
  clock: ManualClock;
  fake: FakeWhatsApp;
  driver: WebhookDriver;
  url: string;
  logs(): string;
  close(): Promise<void>;
}

/** Builds and starts the app; `seed` runs on the store before start (like data already on disk). */
export async function startWhatsAppApp(
  options: { seed?: (services: Services, clock: ManualClock) => void; env?: Record<string, string>; templates?: ApprovedTemplate[]; features?: Feature[] } = {},
): Promise<WhatsAppTestApp> {
  const clock = new ManualClock(undefined, START);
  const fake = await startFakeWhatsApp({ now: () => clock.now(), templates: options.templates ?? approvedTemplates() });
  const dataDir = mkdtempSync(path.join(tmpdir(), 'welkom-wa-'));
  const config = createConfig({
    DATA_DIR: dataDir,
    PORT: '0',
    HOST: '127.0.0.1',
    WHATSAPP_ACCESS_TOKEN: fake.token,
    WHATSAPP_PHONE_NUMBER_ID: fake.phoneNumberId,
    WHATSAPP_APP_SECRET: APP_SECRET,
    WHATSAPP_VERIFY_TOKEN: VERIFY_TOKEN,
    WHATSAPP_API_BASE_URL: fake.baseUrl,
    WHATSAPP_PHONE_NUMBER: BOT_NUMBER,
    PUBLIC_URL: 'https://welkom.example.org',
    ...options.env,
  });
  let output = '';
  const stream = new PassThrough();
  stream.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const app = await createApp({ config, clock, logger: createLogger('debug', stream), channels: [createWhatsAppChannel(config.whatsapp!, { timeoutMs: 2_000 })], ...(options.features ? { features: options.features } : {}) });
  options.seed?.(app.services, clock);
  await app.services.store.committed();
  const port = await app.start();
  const url = `http://127.0.0.1:${port}`;
  const driver = createWebhookDriver({ url: `${url}/webhooks/whatsapp`, appSecret: APP_SECRET, phoneNumberId: fake.phoneNumberId, api: fake, now: () => clock.now() });
  return {
    app,
    services: app.services,
    clock,
    fake,
    driver,
    url,
    logs: () => output,
    async close() {
      await app.stop();
      await fake.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Puts a member (with a WhatsApp or local identity) into the store. */
export function seedMember(services: Services, member: Partial<Member> & { id: string; identity: string }, at = START): Member {
  const { identity, ...rest } = member;
  const full: Member = { name: 'Test', role: 'newcomer', locale: 'nl', identities: [identity], groupIds: [], profile: {}, timeZone: 'Europe/Amsterdam', createdAt: at, ...rest };
  services.store.put('members', full.id, full);
  services.store.put('identities', identity, { key: identity, memberId: full.id });
  for (const groupId of full.groupIds) {
    const group = services.store.get('groups', groupId);
    if (group && !group.memberIds.includes(full.id)) {
      group.memberIds.push(full.id);
      services.store.put('groups', group.id, group);
    }
  }
  return full;
}

export function seedGroup(services: Services, id: string, createdBy: string, name = 'Utrecht Oost'): void {
  services.store.put('groups', id, { id, name, municipality: 'Utrecht', kind: 'welkomgroep', memberIds: [], chatKeys: [], createdBy, startsAt: START, endsAt: START + 365 * 24 * HOUR });
}
