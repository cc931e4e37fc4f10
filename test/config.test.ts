// Tests for src/config.ts: defaults, local vs live mode, and error messages that name the variable.
import { describe, expect, it } from 'vitest';
import { ConfigError, createConfig } from '../src/config.js';

function problems(env: Record<string, string>): string[] {
  try {
    createConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('createConfig', () => {
  it('runs in local mode with the contract defaults when nothing is set', () => {
    const config = createConfig({});
    expect(config).toMatchObject({ mode: 'local', port: 3000, host: '127.0.0.1', dataDir: './data', timeZone: 'Europe/Amsterdam', logLevel: 'info' });
    expect(config.playground.enabled).toBe(true);
    expect(config.telegram?.apiRoot).toBeUndefined();
  });

  it('treats empty strings as unset', () => {
    expect(createConfig({ PORT: '', TELEGRAM_BOT_TOKEN: '' }).mode).toBe('local');
  });

  it('enables Telegram with a token, polling by default, and the API root', () => {
    const config = createConfig({ TELEGRAM_BOT_TOKEN: '123:abc', TELEGRAM_API_ROOT: 'http://127.0.0.1:9000' });
    expect(config.mode).toBe('live');
    expect(config.host).toBe('0.0.0.0');
    expect(config.playground.enabled).toBe(false);
    expect(config.telegram).toEqual({ token: '123:abc', apiRoot: 'http://127.0.0.1:9000', mode: 'polling', webhookSecret: undefined });
  });

  it('names each bad variable and what it expects', () => {
    const found = problems({ PORT: 'eighty', TZ_DEFAULT: 'Mars/Olympus', LOG_LEVEL: 'loud', TELEGRAM_API_ROOT: 'https://api.telegram.org/' });
    expect(found.join('\n')).toMatch(/PORT must be a whole number/);
    expect(found.join('\n')).toMatch(/TZ_DEFAULT must be an IANA time zone/);
    expect(found.join('\n')).toMatch(/LOG_LEVEL must be one of/);
    expect(found.join('\n')).toMatch(/TELEGRAM_API_ROOT must not end with a slash/);
  });

  it('rejects a malformed Telegram token', () => {
    expect(problems({ TELEGRAM_BOT_TOKEN: 'not a token' })).toEqual([expect.stringMatching(/^TELEGRAM_BOT_TOKEN must look like/)]);
  });

  it('requires a webhook secret in webhook mode', () => {
    expect(problems({ TELEGRAM_BOT_TOKEN: '1:a', TELEGRAM_MODE: 'webhook' })).toEqual([expect.stringMatching(/TELEGRAM_WEBHOOK_SECRET is required/)]);
  });

  it('requires all four WhatsApp variables together', () => {
    expect(problems({ WHATSAPP_ACCESS_TOKEN: 'x', WHATSAPP_APP_SECRET: 'y' }).join()).toMatch(/WHATSAPP_PHONE_NUMBER_ID, WHATSAPP_VERIFY_TOKEN must be set too/);
    const config = createConfig({ WHATSAPP_ACCESS_TOKEN: 'x', WHATSAPP_APP_SECRET: 'y', WHATSAPP_PHONE_NUMBER_ID: '123', WHATSAPP_VERIFY_TOKEN: 'v' });
    expect(config.whatsapp).toMatchObject({ apiBaseUrl: 'https://graph.facebook.com', phoneNumberId: '123' });
  });

  it('parses coordinator ids', () => {
    expect(createConfig({ COORDINATOR_TELEGRAM_IDS: '12, 34,56' }).coordinatorTelegramIds).toEqual(['12', '34', '56']);
    expect(problems({ COORDINATOR_TELEGRAM_IDS: '12,abc' }).join()).toMatch(/COORDINATOR_TELEGRAM_IDS must be comma-separated/);
  });

  it('keeps the playground safe next to real channels', () => {
    expect(problems({ TELEGRAM_BOT_TOKEN: '1:a', PLAYGROUND: '1' }).join()).toMatch(/PLAYGROUND_TOKEN is required/);
    expect(problems({ TELEGRAM_BOT_TOKEN: '1:a', PLAYGROUND: '1', HOST: '127.0.0.1' }).join()).toMatch(/PLAYGROUND_TOKEN is required/);
    expect(createConfig({ TELEGRAM_BOT_TOKEN: '1:a', PLAYGROUND: '1', PLAYGROUND_TOKEN: 's3cret' }).playground.enabled).toBe(true);
  });

  it('says where to look in its message', () => {
    expect(() => createConfig({ PORT: '-1' })).toThrow(/See \.env\.example/);
  });
});
