// Regression tests from the channel review: late failure statuses, sends racing a new message, retried multi-part messages, typed formatting in templates.
import { afterEach, describe, expect, it } from 'vitest';
import { render } from '../../../src/channels/whatsapp/render.js';
import { templateParameter } from '../../../src/channels/whatsapp/window.js';
import { seedMember, START, startWhatsAppApp, type WhatsAppTestApp } from './setup.js';

const AMAL = '31611110001';
let t: WhatsAppTestApp | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

describe('WhatsApp channel regressions', () => {
  it('a late 131047 for an older message does not hold the reply to what the person just wrote', async () => {
    t = await startWhatsAppApp({ seed: (s) => seedMember(s, { id: 'm_amal', identity: `whatsapp:${AMAL}`, locale: 'nl' }) });
    await t.driver.post(t.driver.text(AMAL, 'hoi'));
    await t.app.delivery.idle();
    const item = t.services.outbox.enqueue({ to: { channel: 'whatsapp', chatId: AMAL }, message: { text: 'Iets', kind: 'notice' }, memberId: 'm_amal', priority: 'bulk', urgent: true })!;
    await t.services.store.committed();
    await t.app.delivery.idle();
    const wamid = t.services.store.get('outbox', item.id)!.platformId!;
    t.clock.advance(10 * 60_000);
    const before = t.fake.sent(AMAL).length;
    const response = await t.driver.post(t.driver.batch([t.driver.text(AMAL, 'help'), t.driver.status(wamid, AMAL, 'failed', { errorCode: 131047 })]));
    expect(response.status).toBe(200);
    await t.app.delivery.idle();
    expect(t.services.store.values('outbox').filter((i) => i.state === 'held')).toEqual([]);
    expect(t.fake.sent(AMAL).length).toBeGreaterThan(before);
    // And a late 131026 for that older message does not mark her unreachable.
    await t.driver.post(t.driver.status(wamid, AMAL, 'failed', { errorCode: 131026 }));
    expect(t.services.store.get('contacts', `whatsapp:${AMAL}`)?.unreachable).toBeUndefined();
  });

  it('a message refused for the window while the person writes is sent, not held', async () => {
    t = await startWhatsAppApp({
      templates: [],
      seed: (s) => {
        seedMember(s, { id: 'm_amal', identity: `whatsapp:${AMAL}`, locale: 'nl' });
        s.store.put('contacts', `whatsapp:${AMAL}`, { key: `whatsapp:${AMAL}`, lastInboundAt: START - 48 * 3_600_000 });
      },
    });
    // The bot sends a template (its config has one); the platform answers slowly and refuses it (not approved there).
    t.fake.delayNext(500);
    const item = t.services.outbox.enqueue({ to: { channel: 'whatsapp', chatId: AMAL }, message: { text: 'Bericht van de coördinator', kind: 'broadcast' }, memberId: 'm_amal', priority: 'bulk', urgent: true })!;
    await t.services.store.committed();
    await new Promise((resolve) => setTimeout(resolve, 100)); // the template request is in flight
    expect(t.services.store.get('outbox', item.id)!.state).toBe('sending');
    await t.driver.post(t.driver.text(AMAL, 'hoi'));
    await new Promise((resolve) => setTimeout(resolve, 700));
    await t.app.delivery.idle();
    expect(t.services.store.get('outbox', item.id)!.state).toBe('sent');
    expect(t.fake.sent(AMAL).some((m) => m.type === 'text' && String(m.text).includes('coördinator'))).toBe(true);
  });

  it('retrying a long message with buttons does not send its first part twice', async () => {
    t = await startWhatsAppApp({ seed: (s) => seedMember(s, { id: 'm_amal', identity: `whatsapp:${AMAL}`, locale: 'nl' }) });
    await t.driver.post(t.driver.text(AMAL, 'hoi'));
    await t.app.delivery.idle();
    const before = t.fake.sent(AMAL).length;
    const text = 'Lange uitleg. '.repeat(100);
    const item = t.services.outbox.enqueue({
      to: { channel: 'whatsapp', chatId: AMAL },
      message: { text, kind: 'reply', choices: [{ id: 'ja', label: 'Ja' }, { id: 'nee', label: 'Nee' }], askToken: 'abc' },
      memberId: 'm_amal',
      priority: 'interactive',
      urgent: true,
    })!;
    const { fake } = t;
    const firstPartOut = fake.waitFor(() => fake.sent(AMAL).length > before, 5_000).then(() => fake.failNext({ status: 503, to: AMAL }));
    t.fake.delayNext(200);
    await t.services.store.committed();
    await firstPartOut;
    await t.app.delivery.idle();
    for (let i = 0; i < 5 && t.services.store.get('outbox', item.id)!.state !== 'sent'; i += 1) {
      t.clock.advance(10_000);
      t.app.delivery.tick();
      await new Promise((resolve) => setTimeout(resolve, 300));
      await t.app.delivery.idle();
    }
    expect(t.services.store.get('outbox', item.id)!.state).toBe('sent');
    expect(t.fake.sent(AMAL).slice(before).map((m) => m.type)).toEqual(['text', 'interactive']);
  });

  it('names typed by people cannot restyle a template either', () => {
    const text = 'Nieuw lid: \u2068*Ali* _de_ ~Groot~\u2069 is erbij.';
    const parameter = templateParameter({ text, kind: 'broadcast' });
    expect(parameter).not.toMatch(/[*_~]/);
    expect(parameter).toContain('Ali');
    // The free-form rendering neutralises the same way.
    expect(JSON.stringify(render({ text, kind: 'notice' }, { listButton: 'Kies', pickOne: '', pickMany: '' })[0])).not.toMatch(/\*Ali\*/);
  });
});
