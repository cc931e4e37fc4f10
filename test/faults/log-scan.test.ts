// Logs carry no personal data: a whole day across both channels at debug level — a coordinator creates a group on
// Telegram, a volunteer joins on Telegram and a newcomer on WhatsApp with invite codes, names, phone numbers and typed
// texts — and then the complete log output goes through a scanner for phone numbers, names, invite codes and message texts.
import { afterAll, describe, expect, it } from 'vitest';
import { startBothApp, until, type BothApp } from './both-channels.js';

const COORD = { id: 7_100_001, first_name: 'Carlijn', last_name: 'Verhoeven', language_code: 'nl' };
const VOLUNTEER = { id: 7_100_002, first_name: 'Annelies', last_name: 'Brouwersma', language_code: 'nl' };
const NEWCOMER_PHONE = '31687654321';
const NAMES = ['Carlijn', 'Verhoeven', 'Annelies', 'Brouwersma', 'Samira Haddouchi', 'Haddouchi', 'Zonnebloemgroep'];
const TEXTS = ['Zonnebloemgroep', 'Arabisch, Engels, Tigrinya', 'mijn adres is Kerkstraat 12', 'Nederlands, Engels'];

let bot: BothApp;
afterAll(async () => {
  await bot?.close();
});

/** Every phone-number-like run of digits (9+ digits, optionally with + and spaces), minus known non-personal numbers. */
function phoneLike(logs: string, allowed: string[]): string[] {
  return [...logs.matchAll(/\+?\d[\d ]{8,}\d/g)].map((m) => m[0].replaceAll(' ', '')).filter((digits) => !allowed.some((ok) => digits.includes(ok) || ok.includes(digits)));
}

describe('log scanner', () => {
  it('an onboarding day across both channels leaves no phone numbers, names, invite codes or message texts in the logs', async () => {
    bot = await startBothApp({ env: { COORDINATOR_TELEGRAM_IDS: String(COORD.id), LOG_LEVEL: 'debug' } });
    const tg = bot.telegram;
    const sayTg = async (from: typeof COORD, text: string) => {
      const before = tg.sent(from.id).length;
      tg.userMessage({ chatId: from.id, from, text });
      await until(() => tg.sent(from.id).length > before, `an answer to "${text}"`);
      await bot.app.delivery.idle();
      return tg.sent(from.id).slice(before).map((m) => m.plain).join('\n');
    };
    await sayTg(COORD, '/newgroup');
    await sayTg(COORD, 'Zonnebloemgroep');
    await sayTg(COORD, 'Utrecht');
    const created = await sayTg(COORD, '1');
    const codes = [...created.matchAll(/[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}/g)].map((m) => m[0]);
    expect(codes.length, created).toBeGreaterThanOrEqual(2);
    const [volunteerCode, newcomerCode] = codes as [string, string];

    for (const text of [`/start ${volunteerCode}`, 'Nederlands', 'ja', 'Annelies Brouwersma', '1', 'Nederlands, Engels', '2, 3']) await sayTg(VOLUNTEER, text);

    const sayWa = async (text: string) => {
      const before = bot.whatsapp.sent(NEWCOMER_PHONE).length;
      expect((await bot.driver.post(bot.driver.text(NEWCOMER_PHONE, text, { name: 'Samira Haddouchi' }))).status).toBe(200);
      await until(() => bot.whatsapp.sent(NEWCOMER_PHONE).length > before, `a WhatsApp answer to "${text}"`);
      await bot.app.delivery.idle();
    };
    for (const text of [`JOIN ${newcomerCode}`, 'Nederlands', 'ja', 'Samira Haddouchi', 'Arabisch, Engels, Tigrinya', '1', '1', 'mijn adres is Kerkstraat 12']) await sayWa(text);

    // The day really happened: both joined.
    const members = bot.app.services.store.values('members');
    expect(members.some((m) => m.role === 'volunteer' && m.identities.includes(`telegram:${VOLUNTEER.id}`))).toBe(true);
    expect(members.some((m) => m.role === 'newcomer' && m.identities.includes(`whatsapp:${NEWCOMER_PHONE}`))).toBe(true);

    const logs = bot.logs();
    expect(logs.length).toBeGreaterThan(1_000); // debug logging was on
    for (const name of NAMES) expect(logs, `name "${name}" in the logs`).not.toContain(name);
    for (const text of TEXTS) expect(logs, `text "${text}" in the logs`).not.toContain(text);
    for (const code of codes) {
      expect(logs, 'an invite code in the logs').not.toContain(code);
      expect(logs, 'an invite code in the logs').not.toContain(code.replaceAll('-', ''));
    }
    expect(logs).not.toContain(NEWCOMER_PHONE);
    // Numbers that are not personal: the fake Graph API's phone number id, ports, timestamps and platform ids are allowed.
    const allowed = [bot.whatsapp.phoneNumberId, ...[...logs.matchAll(/"(?:time|seq|ms|port|updateId|durableSeq|at|dueAt)":(\d+)/g)].map((m) => m[1]!)];
    expect(phoneLike(logs, allowed).filter((d) => d.replace('+', '').startsWith('316'))).toEqual([]);
  }, 60_000);
});
