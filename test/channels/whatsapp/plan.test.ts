// The plan on WhatsApp: the newcomer's reminder as the `reminder` template outside the window, then she marks her item done by keyword and button.
import { afterEach, describe, expect, it } from 'vitest';
import { advanceTime } from '../../../src/playground/time.js';
import { HOUR, seedGroup, seedMember, START, startWhatsAppApp, type WhatsAppTestApp } from './setup.js';

const SAMIRA = '31620000077';
let t: WhatsAppTestApp | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

const plain = (text: string | undefined) => (text ?? '').replace(/[\u2068\u2069]/g, '');

describe('plan through WhatsApp', () => {
  it('reminder as welkom_reminder in Arabic; a typed "٢" asks help; "أنجزت" lists her items, a tap closes it and the group is told', async () => {
    t = await startWhatsAppApp({
      seed: (services) => {
        seedGroup(services, 'g1', 'm_anna');
        seedMember(services, { id: 'm_anna', identity: 'local:anna', name: 'Anna', role: 'volunteer', groupIds: ['g1'] });
        seedMember(services, { id: 'm_samira', identity: `whatsapp:${SAMIRA}`, name: 'Samira', role: 'newcomer', locale: 'ar', groupIds: ['g1'] });
        services.store.put('contacts', `whatsapp:${SAMIRA}`, { key: `whatsapp:${SAMIRA}`, lastInboundAt: START - 30 * HOUR });
      },
    });
    t.fake.userWrote(SAMIRA, START - 30 * HOUR);
    const { local } = t.app;
    const anna = { chatId: 'anna', userId: 'anna' };
    const step = async (action: () => Promise<void>) => {
      await action();
      await t!.app.delivery.idle();
    };
    // Anna commits on the local channel: GP registration, for Samira, due Thursday 3 December.
    await step(() => local.say(anna, '/commit'));
    await step(() => local.press(anna, 'health'));
    const items = local.transcript('anna').filter((m) => m.choices).at(-1)!;
    const gp = items.choices!.find((c) => c.label.startsWith('Inschrijven bij de huisarts'))!;
    await step(() => local.press(anna, gp.id));
    await step(() => local.press(anna, 'm_samira'));
    await step(() => local.press(anna, '_done'));
    await step(() => local.say(anna, 'donderdag'));
    await step(() => local.press(anna, 'skip'));
    expect(t.services.store.get('commitments', gp.id)).toMatchObject({ ownerIds: ['m_samira'], dueDate: '2026-12-03' });

    // Tuesday 1 December 09:00 in Amsterdam: two days before. Her window is closed: the reminder template, in Arabic.
    await advanceTime({ clock: t.clock, services: t.app.services, scheduler: t.app.scheduler, delivery: t.app.delivery, settle: () => t!.app.delivery.idle() }, Date.parse('2026-12-01T08:00:30Z') - t.clock.now());
    await t.fake.waitFor(() => t!.fake.sent(SAMIRA).some((m) => m.type === 'template' && m.text === 'welkom_reminder'), 5_000);
    const reminder = t.fake.sent(SAMIRA).find((m) => m.text === 'welkom_reminder')!;
    const template = reminder.body.template as { language: { code: string }; components: Array<{ parameters: Array<{ text: string }> }> };
    expect(template.language.code).toBe('ar');
    expect(plain(template.components[0]!.parameters[0]!.text)).toContain('تذكير: يجب إنجاز التسجيل عند طبيب العائلة خلال 2 أيام');

    // The template lists the buttons as numbers: she types "٢" (2, Arabic digit): help needed, and Anna hears it.
    expect(plain(template.components[0]!.parameters[0]!.text)).toContain('1. تم الإنجاز · 2. أحتاج مساعدة');
    expect((await t.driver.post(t.driver.text(SAMIRA, '٢'))).status).toBe(200);
    await t.fake.waitFor(() => t!.fake.sent(SAMIRA).some((m) => plain(m.text).includes('المجموعة تعرف أنك تحتاج مساعدة')), 5_000);
    await t.app.delivery.idle();
    expect(local.transcript('anna').map((m) => plain(m.text))).toContain('Samira vraagt hulp bij: Inschrijven bij de huisarts. Wie kan helpen?');

    // Later she writes the Arabic "done" keyword: her own item comes back as a button, and a tap closes it.
    expect((await t.driver.post(t.driver.text(SAMIRA, 'أنجزت'))).status).toBe(200);
    await t.fake.waitFor(() => t!.fake.sent(SAMIRA).some((m) => m.type === 'interactive' && plain(m.text).includes('أي بند تم إنجازه؟')), 5_000);
    const question = t.fake.sent(SAMIRA).find((m) => m.type === 'interactive' && plain(m.text).includes('أي بند تم إنجازه؟'))!;
    const button = (question.body.interactive as { action: { buttons: Array<{ reply: { id: string; title: string } }> } }).action.buttons[0]!.reply;
    expect(button.id.endsWith(`cm:d:${gp.id}`)).toBe(true);
    expect((await t.driver.post(t.driver.buttonReply(SAMIRA, button.id, button.title))).status).toBe(200);
    await t.fake.waitFor(() => t!.fake.sent(SAMIRA).some((m) => plain(m.text).includes('أحسنت')), 5_000);
    expect(t.services.store.get('commitments', gp.id)).toMatchObject({ state: 'done', doneBy: 'm_samira' });
    // The group has no linked chat: its volunteers hear it 1:1.
    await t.app.delivery.idle();
    expect(local.transcript('anna').map((m) => plain(m.text))).toContain('✓ Samira heeft Inschrijven bij de huisarts afgerond.');
  });
});
