// A message whose handling throws (a "poison" update) never stops polling or holds the offset: logged without its content, answered, skipped.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../../src/app.js';
import { createTelegramChannel } from '../../../src/channels/telegram/index.js';
import { createConfig } from '../../../src/config.js';
import type { Feature } from '../../../src/core/feature.js';
import { createLogger } from '../../../src/core/logger.js';
import { FEATURES } from '../../../src/features/index.js';
import { startFakeTelegram, type FakeTelegram } from '../../fakes/telegram-api.js';

const SECRET_TEXT = 'geheim-7f3a poison';
const poison: Feature = {
  name: 'poison',
  onMessage: (turn) => {
    if (turn.inbound.text?.includes('poison')) throw new Error(`cannot handle "${turn.inbound.text}"`);
    return false;
  },
};

let fake: FakeTelegram | undefined;
let app: App | undefined;
let dataDir = '';
afterEach(async () => {
  await app?.stop();
  await fake?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

async function waitFor(probe: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (!probe()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('poison updates in polling mode', () => {
  it('answers with the error text, confirms the offset, keeps polling, and logs no message text', async () => {
    fake = await startFakeTelegram({ limits: { perChatPerSecond: Infinity, globalPerSecond: Infinity, perGroupPerMinute: Infinity } });
    dataDir = mkdtempSync(path.join(tmpdir(), 'welkom-poison-'));
    const config = createConfig({ DATA_DIR: dataDir, PORT: '0', TELEGRAM_BOT_TOKEN: fake.token, TELEGRAM_API_ROOT: fake.apiRoot, PLAYGROUND: '0' });
    let logs = '';
    const stream = new PassThrough();
    stream.on('data', (chunk: Buffer) => (logs += chunk.toString()));
    app = await createApp({ config, logger: createLogger('debug', stream), features: [...FEATURES, poison], channels: [createTelegramChannel(config.telegram!)] });
    await app.start();
    const from = { id: 4242, first_name: 'Pia', language_code: 'nl' };
    const first = fake.userMessage({ chatId: 4242, from, text: SECRET_TEXT });
    const second = fake.userMessage({ chatId: 4242, from, text: 'hallo' });
    await waitFor(() => fake!.confirmedOffset() > second, 'both updates confirmed');
    await app.delivery.idle();
    const texts = fake.sent(4242).map((m) => m.plain);
    expect(texts[0]).toBe(app.services.translator.t('nl', 'common.error'));
    expect(texts).toHaveLength(2); // the next message is answered as usual
    expect(first).toBeLessThan(second);
    expect(logs).toContain('handling a message failed');
    expect(logs).not.toContain('geheim');
  });
});
