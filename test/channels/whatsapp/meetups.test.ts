// Meetups on WhatsApp outside the 24-hour window: the poll and the reminder go out as templates, a typed number still votes.
import { afterEach, describe, expect, it } from 'vitest';
import { advanceTime } from '../../../src/playground/time.js';
import { HOUR, seedGroup, seedMember, START, startWhatsAppApp, type WhatsAppTestApp } from './setup.js';

const SAMIRA = '31620000088';
let t: WhatsAppTestApp | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

async function advanceTo(at: number): Promise<void> {
  const { app, clock } = t!;
  await advanceTime({ clock, services: app.services, scheduler: app.scheduler, delivery: app.delivery, settle: () => app.delivery.idle() }, at - clock.now());
}

describe('meetups through WhatsApp templates', () => {
  it('poll as welkom_meetup_poll, a typed "2" votes, the reminder as welkom_meetup_reminder in the newcomer’s language', async () => {
    t = await startWhatsAppApp({
      seed: (services) => {
        seedGroup(services, 'g1', 'm_anna');
        seedMember(services, { id: 'm_anna', identity: 'local:anna', name: 'Anna', role: 'volunteer', groupIds: ['g1'] });
        seedMember(services, { id: 'm_samira', identity: `whatsapp:${SAMIRA}`, name: 'Samira', role: 'newcomer', locale: 'ar', groupIds: ['g1'], quietHours: { from: '00:00', to: '00:00' } });
        services.store.put('contacts', `whatsapp:${SAMIRA}`, { key: `whatsapp:${SAMIRA}`, lastInboundAt: START - 30 * HOUR });
      },
    });
    t.fake.userWrote(SAMIRA, START - 30 * HOUR);
    const anna = { chatId: 'anna', userId: 'anna' };
    const { local } = t.app;
    // Anna plans on the local channel (waiting for each answer, as a person would).
    const press = async (choiceId: string) => {
      await local.press(anna, choiceId);
      await t!.app.delivery.idle();
    };
    const say = async (text: string) => {
      await local.say(anna, text);
      await t!.app.delivery.idle();
    };
    await say('/meetup');
    await press('coffee');
    await say('zaterdag om 14:00');
    await press('add');
    await say('zondag om 11:00');
    await press('done');
    await press('place');
    await say('Bibliotheek Oost');
    await press('none');
    await press('once');
    const meetup = t.services.store.values('meetups')[0]!;

    const find = async <T>(probe: () => T | undefined): Promise<T> => {
      await t!.fake.waitFor(() => probe() !== undefined, 5_000);
      return probe()!;
    };
    const poll = await find(() => t!.fake.sent(SAMIRA).find((m) => m.type === 'template'));
    expect(poll.text).toBe('welkom_meetup_poll');
    const template = poll.body.template as { language: { code: string }; components: Array<{ parameters: Array<{ text: string }> }> };
    expect(template.language.code).toBe('ar');
    const parameter = template.components[0]!.parameters[0]!.text;
    expect(parameter).toContain('1.');
    expect(parameter).toContain('2.');
    expect(parameter).toContain('الأحد');

    // Samira answers by typing the number, as the template asks.
    expect((await t.driver.post(t.driver.text(SAMIRA, '2'))).status).toBe(200);
    await t.app.delivery.idle();
    expect(t.services.store.get('meetups', meetup.id)!.votes).toEqual({ m_samira: 1 });
    await t.fake.waitFor(() => t!.fake.sent(SAMIRA).some((m) => m.text?.includes('شكراً')));

    await local.press(anna, `mt:d:${meetup.id}`);
    await t.fake.waitFor(() => t!.fake.sent(SAMIRA).some((m) => m.type === 'document'));
    expect(new Date(t.services.store.get('meetups', meetup.id)!.at!).toISOString()).toBe('2026-12-06T10:00:00.000Z');

    // Her window closes; the day-before reminder (Saturday 11:00) goes out as the meetup_reminder template.
    await advanceTo(Date.parse('2026-12-05T10:00:30Z'));
    const reminder = await find(() => t!.fake.sent(SAMIRA).find((m) => m.type === 'template' && m.text === 'welkom_meetup_reminder'));
    const reminderTemplate = reminder.body.template as { language: { code: string }; components: Array<{ parameters: Array<{ text: string }> }> };
    expect(reminderTemplate.language.code).toBe('ar');
    expect(reminderTemplate.components[0]!.parameters[0]!.text.replace(/[\u2068\u2069]/g, '')).toContain('تذكير: شرب القهوة · الموعد: الأحد، 6 ديسمبر في 11:00');
  });
});
