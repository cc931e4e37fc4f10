// Configurations that point welkom at the local fake platforms, shared by the benchmark sections.
import { createConfig, type Config } from '../../src/config.js';
import type { FakeTelegram } from '../../test/fakes/telegram-api.js';
import type { FakeWhatsApp } from '../../test/fakes/whatsapp-api.js';

export function telegramConfig(fake: Pick<FakeTelegram, 'token' | 'apiRoot'>, dataDir: string): Config {
  return createConfig({ DATA_DIR: dataDir, PORT: '0', LOG_LEVEL: 'silent', TELEGRAM_BOT_TOKEN: fake.token, TELEGRAM_API_ROOT: fake.apiRoot });
}

export function whatsappConfig(fake: Pick<FakeWhatsApp, 'token' | 'phoneNumberId' | 'baseUrl'>, dataDir: string, appSecret = 'bench-app-secret'): Config {
  return createConfig({
    DATA_DIR: dataDir,
    PORT: '0',
    LOG_LEVEL: 'silent',
    WHATSAPP_ACCESS_TOKEN: fake.token,
    WHATSAPP_PHONE_NUMBER_ID: fake.phoneNumberId,
    WHATSAPP_APP_SECRET: appSecret,
    WHATSAPP_VERIFY_TOKEN: 'verify',
    WHATSAPP_API_BASE_URL: fake.baseUrl,
  });
}
