// Tests for the WhatsApp channel in-process (manual clock, fake Graph API): window and templates, holds, errors, statuses, read receipts, invites.
import { afterEach, describe, expect, it } from 'vitest';
import type { Outbound } from '../../../src/core/types.js';
import { APP_SECRET, BOT_NUMBER, HOUR, seedGroup, seedMember, startWhatsAppApp, type WhatsAppTestApp } from './setup.js';

const AMAL = '31611110001';
const BASHIR = '31611110002';
let t: WhatsAppTestApp | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

/** Queues a message to a WhatsApp user the way a feature would (outside a turn), commits, and waits for delivery. */
async function enqueue(app: WhatsAppTestApp, userId: string, message: Outbound, memberId?: string) {
  const item = app.services.outbox.enqueue({ to: { channel: 'whatsapp', chatId: userId }, message, memberId, priority: 'bulk', urgent: true });
  await app.services.store.committed();
  await app.app.delivery.idle();
  return app.services.store.get('outbox', item!.id)!;
}

describe('inbound messages', () => {
  it('answers a guest, opens the window, marks the message read', async () => {
    t = await startWhatsAppApp();
    const payload = t.driver.text(AMAL, 'hallo', { name: 'Amal' });
    const message = payload.entry[0]!.changes[0]!.value.messages![0]!;
    expect((await t.driver.post(payload)).status).toBe(200);
    await t.app.delivery.idle();
    const [reply] = t.fake.sent(AMAL);
    expect(reply?.type).toBe('text');
    expect(reply?.text).toBe(t.services.translator.t('nl', 'common.unknown_guest', { join: 'START' }));
    expect(t.services.store.get('contacts', `whatsapp:${AMAL}`)?.lastInboundAt).toBe(Number(message.timestamp) * 1000);
    await t.fake.waitFor(() => t!.fake.reads().some((r) => r.messageId === message.id), 5_000);
  });

  it('a voice note gets the localized "type or use the buttons" answer', async () => {
    t = await startWhatsAppApp({ seed: (s) => seedMember(s, { id: 'm_amal', identity: `whatsapp:${AMAL}`, locale: 'ar' }) });
    await t.driver.post(t.driver.media(AMAL, 'voice'));
    await t.app.delivery.idle();
    expect(t.fake.sent(AMAL)[0]?.text).toBe(t.services.translator.t('ar', 'common.unsupported.voice'));
  });

  it('ignores messages to another phone number of the same business account', async () => {
    t = await startWhatsAppApp();
    const payload = t.driver.text(AMAL, 'hallo');
    payload.entry[0]!.changes[0]!.value.metadata.phone_number_id = '999999999';
    expect((await t.driver.post(payload)).status).toBe(200);
    await t.app.delivery.idle();
    expect(t.fake.sent(AMAL)).toHaveLength(0);
  });

  it('refuses bodies over 1 MB with 413', async () => {
    t = await startWhatsAppApp();
    const big = Buffer.alloc(1024 * 1024 + 10, 0x20);
    expect((await t.driver.post({}, { rawBody: big })).status).toBe(413);
  });

  it('handles one person’s messages in order, even across concurrent deliveries', async () => {
    t = await startWhatsAppApp();
    const first = t.driver.text(AMAL, 'JOIN', { timestamp: t.clock.now() - 2000 });
    const second = t.driver.text(AMAL, 'help', { timestamp: t.clock.now() - 1000 });
    const results = await Promise.all([t.driver.post(t.driver.batch([second, first])), t.driver.post(t.driver.text(BASHIR, 'hoi'))]);
    expect(results.map((r) => r.status)).toEqual([200, 200]);
    await t.app.delivery.idle();
    const texts = t.fake.sent(AMAL).map((m) => m.text ?? '');
    expect(texts).toHaveLength(2);
    expect(texts[0]).toBe(t.services.translator.t('nl', 'onboarding.no_code'));
  });
});

describe('the 24-hour window', () => {
  const seedAmal = (lastInboundAt: number) => (s: WhatsAppTestApp['services']) => {
    seedMember(s, { id: 'm_amal', identity: `whatsapp:${AMAL}`, locale: 'ar' });
    s.store.put('contacts', `whatsapp:${AMAL}`, { key: `whatsapp:${AMAL}`, lastInboundAt });
  };

  it('inside the window: free-form; after 24 hours: the template for the kind, in the member’s language', async () => {
    t = await startWhatsAppApp();
    await t.driver.post(t.driver.text(AMAL, 'hoi'));
    await t.app.delivery.idle();
    seedMember(t.services, { id: 'm_amal', identity: `whatsapp:${AMAL}`, locale: 'ar' });
    const inside = await enqueue(t, AMAL, { text: 'تذكير: غدًا الساعة 10', kind: 'reminder' }, 'm_amal');
    expect(inside.state).toBe('sent');
    expect(t.fake.sent(AMAL).at(-1)?.type).toBe('text');

    t.clock.advance(25 * HOUR);
    const outside = await enqueue(t, AMAL, { text: 'تذكير:\nغدًا الساعة 10', choices: [{ id: 'yes', label: 'نعم' }], kind: 'reminder' }, 'm_amal');
    expect(outside.state).toBe('sent');
    const template = t.fake.sent(AMAL).at(-1)!;
    expect(template.type).toBe('template');
    expect(template.body.template).toMatchObject({ name: 'welkom_reminder', language: { code: 'ar' }, components: [{ type: 'body', parameters: [{ type: 'text', text: 'تذكير: · غدًا الساعة 10 — 1. نعم' }] }] });
    expect(outside.platformId).toBe(template.id);
  });

  it('no template for the kind ⇒ held, then delivered when the person writes', async () => {
    t = await startWhatsAppApp({ seed: seedAmal(Date.UTC(2026, 10, 29, 8)) });
    const item = await enqueue(t, AMAL, { text: 'Sara is lid geworden van je groep.', kind: 'notice' }, 'm_amal');
    expect(item.state).toBe('held');
    expect(t.fake.sent(AMAL)).toHaveLength(0);
    expect(t.fake.calls).toHaveLength(0);

    await t.driver.post(t.driver.text(AMAL, 'help'));
    await t.app.delivery.idle();
    expect(t.services.store.get('outbox', item.id)?.state).toBe('sent');
    expect(t.fake.sent(AMAL).map((m) => m.text)).toContain('Sara is lid geworden van je groep.');
  });

  it('the API says 131047 although we thought the window open ⇒ the template path (reminder) or a hold (reply)', async () => {
    // We believe she wrote an hour ago, but the fake never saw it: its window is closed.
    t = await startWhatsAppApp({ seed: seedAmal(Date.UTC(2026, 10, 30, 9)) });
    const reminder = await enqueue(t, AMAL, { text: 'Morgen taalcafé', kind: 'reminder' }, 'm_amal');
    expect(reminder.state).toBe('sent');
    expect(t.fake.count(131047)).toBe(1);
    expect(t.fake.sent(AMAL).at(-1)?.type).toBe('template');
    const reply = await enqueue(t, AMAL, { text: 'Oké', kind: 'reply' }, 'm_amal');
    expect(reply.state).toBe('held');
    expect(t.fake.count(131047)).toBe(1); // the second message did not even try: Meta told us the window is closed
  });

  it('a template Meta does not know (132001) ⇒ held, with one clear warning', async () => {
    t = await startWhatsAppApp({ seed: seedAmal(Date.UTC(2026, 10, 1)), templates: [] });
    const one = await enqueue(t, AMAL, { text: 'a', kind: 'broadcast' }, 'm_amal');
    const two = await enqueue(t, AMAL, { text: 'b', kind: 'broadcast' }, 'm_amal');
    expect([one.state, two.state]).toEqual(['held', 'held']);
    expect(t.fake.count(132001)).toBe(2);
    expect(t.logs().match(/refused a message template/g)).toHaveLength(1);
    expect(t.logs()).toContain('welkom_broadcast');
  });
});

describe('errors', () => {
  it('131026 ⇒ failed for good, number marked, the group’s coordinator told; cleared when the person writes', async () => {
    t = await startWhatsAppApp({
      seed: (s) => {
        seedMember(s, { id: 'm_coord', identity: 'local:coord', role: 'coordinator', name: 'Carla' });
        seedGroup(s, 'g1', 'm_coord');
        seedMember(s, { id: 'm_amal', identity: `whatsapp:${AMAL}`, name: 'Amal', groupIds: ['g1'] });
      },
    });
    await t.driver.post(t.driver.text(AMAL, 'hoi'));
    await t.app.delivery.idle();
    t.fake.undeliverable(AMAL);
    const item = await enqueue(t, AMAL, { text: 'Tot morgen!', kind: 'reminder' }, 'm_amal');
    expect(item.state).toBe('failed');
    expect(t.services.store.get('contacts', `whatsapp:${AMAL}`)?.unreachable?.reason).toContain('131026');
    const notices = t.app.local.transcript('coord').map((m) => m.text);
    expect(notices).toHaveLength(1);
    expect(notices[0]).toContain('Amal');
    expect(notices[0]).toContain('Utrecht Oost');

    const calls = t.fake.calls.length;
    expect((await enqueue(t, AMAL, { text: 'Nog een', kind: 'reminder' }, 'm_amal')).state).toBe('failed');
    expect(t.fake.calls.length).toBe(calls); // no new attempt while marked
    expect(t.app.local.transcript('coord')).toHaveLength(1); // told once

    t.fake.undeliverable(AMAL, false);
    await t.driver.post(t.driver.text(AMAL, 'ik ben er weer'));
    await t.app.delivery.idle();
    expect(t.services.store.get('contacts', `whatsapp:${AMAL}`)?.unreachable).toBeUndefined();
  });

  it('190 ⇒ messages wait, "access token expired" logged once', async () => {
    t = await startWhatsAppApp();
    t.fake.failNext({ code: 190, times: 10 });
    await t.driver.post(t.driver.batch([t.driver.text(AMAL, 'a'), t.driver.text(BASHIR, 'b')]));
    await t.fake.waitFor(() => t!.fake.count(190) >= 2);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const items = t.services.store.values('outbox');
    expect(items).toHaveLength(2);
    for (const item of items) expect(item.state).toBe('queued');
    expect(t.logs().match(/access token expired/g)).toHaveLength(1);
  });

  it('130429 ⇒ the chat pauses and the message goes out afterwards', async () => {
    t = await startWhatsAppApp();
    t.fake.failNext({ code: 130429 });
    await t.driver.post(t.driver.text(AMAL, 'hoi'));
    await t.fake.waitFor(() => t!.fake.sent(AMAL).length === 1, 5_000);
    expect(t.fake.count(130429)).toBe(1);
  });
});

describe('statuses', () => {
  it('update the delivery state (never backwards), ignore duplicates, and 131026 marks the number', async () => {
    t = await startWhatsAppApp({
      seed: (s) => {
        seedMember(s, { id: 'm_coord', identity: 'local:coord', role: 'coordinator' });
        seedGroup(s, 'g1', 'm_coord');
        seedMember(s, { id: 'm_amal', identity: `whatsapp:${AMAL}`, name: 'Amal', groupIds: ['g1'] });
      },
    });
    await t.driver.post(t.driver.text(AMAL, 'help'));
    await t.app.delivery.idle();
    const item = t.services.store.values('outbox')[0]!;
    const wamid = item.platformId!;
    expect(wamid).toBe(t.fake.sent(AMAL)[0]?.id);

    const status = (s: 'sent' | 'delivered' | 'read' | 'failed', errorCode?: number) => t!.driver.status(wamid, AMAL, s, errorCode ? { errorCode } : {});
    await t.driver.post(t.driver.batch([status('sent'), status('delivered')]));
    expect(t.services.store.get('outbox', item.id)?.delivery).toBe('delivered');
    await t.driver.post(status('read'));
    await t.driver.post(status('delivered'));
    expect(t.services.store.get('outbox', item.id)?.delivery).toBe('read');
    expect(t.services.store.get('dedup', `whatsapp:status:${wamid}:read`)).toBeDefined();

    await t.driver.post(t.driver.text(AMAL, 'nog iets'));
    await t.app.delivery.idle();
    const second = t.services.store.values('outbox').find((i) => i.id !== item.id)!;
    await t.driver.post(t.driver.status(second.platformId!, AMAL, 'failed', { errorCode: 131026 }));
    expect(t.services.store.get('outbox', second.id)?.delivery).toBe('failed');
    expect(t.services.store.get('contacts', `whatsapp:${AMAL}`)?.unreachable).toBeDefined();
    await t.app.delivery.idle();
    expect(t.app.local.transcript('coord')).toHaveLength(1);
  });

  it('rebuilds the platform id index when the channel starts again', async () => {
    t = await startWhatsAppApp();
    await t.driver.post(t.driver.text(AMAL, 'help'));
    await t.app.delivery.idle();
    const item = t.services.store.values('outbox')[0]!;
    const channel = t.app.delivery.channels().find((c) => c.name === 'whatsapp')!;
    await channel.start(); // rebuilds the index from the store
    await t.driver.post(t.driver.status(item.platformId!, AMAL, 'read'));
    expect(t.services.store.get('outbox', item.id)?.delivery).toBe('read');
  });
});

describe('invites', () => {
  it('wa.me link with JOIN <code>, and a QR PNG for valid codes only', async () => {
    t = await startWhatsAppApp({
      seed: (s, clock) => {
        seedGroup(s, 'g1', 'm_coord');
        s.store.put('invites', 'K7M2QX9PABCD1234', { code: 'K7M2QX9PABCD1234', groupId: 'g1', role: 'newcomer', createdBy: 'm_coord', createdAt: clock.now(), expiresAt: clock.now() + 24 * HOUR, usesLeft: 6 });
        s.store.put('invites', 'OLDOLDOLDOLD0000', { code: 'OLDOLDOLDOLD0000', groupId: 'g1', role: 'newcomer', createdBy: 'm_coord', createdAt: clock.now() - 48 * HOUR, expiresAt: clock.now() - HOUR, usesLeft: 6 });
      },
    });
    const [link] = t.services.links.all('K7M2QX9PABCD1234');
    expect(link).toEqual({
      channel: 'whatsapp',
      url: `https://wa.me/${BOT_NUMBER}?text=JOIN%20K7M2-QX9P-ABCD-1234 — QR: https://welkom.example.org/invites/K7M2QX9PABCD1234/whatsapp-qr.png`,
    });
    const png = await fetch(`${t.url}/invites/K7M2QX9PABCD1234/whatsapp-qr.png`);
    expect(png.status).toBe(200);
    expect(png.headers.get('content-type')).toBe('image/png');
    const bytes = Buffer.from(await png.arrayBuffer());
    expect(bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBe(true);
    expect((await fetch(`${t.url}/invites/k7m2-qx9p-abcd-1234/whatsapp-qr.png`)).status).toBe(200);
    expect((await fetch(`${t.url}/invites/OLDOLDOLDOLD0000/whatsapp-qr.png`)).status).toBe(404);
    expect((await fetch(`${t.url}/invites/NOPENOPENOPENOPE/whatsapp-qr.png`)).status).toBe(404);
    expect((await fetch(`${t.url}/invites/K7M2QX9PABCD1234/other.png`)).status).toBe(404);
  });

  it('no WHATSAPP_PHONE_NUMBER ⇒ no WhatsApp link', async () => {
    t = await startWhatsAppApp({ env: { WHATSAPP_PHONE_NUMBER: '' } });
    expect(t.services.links.all('K7M2QX9PABCD1234')).toEqual([]);
  });
});

describe('logging', () => {
  it('never logs phone numbers, names or message texts', async () => {
    t = await startWhatsAppApp();
    await t.driver.post(t.driver.text(AMAL, 'geheime tekst', { name: 'Amal Haddad' }));
    t.fake.undeliverable(BASHIR);
    await t.driver.post(t.driver.text(BASHIR, 'nog een geheim'));
    await t.driver.post('{not json', {});
    await t.driver.post(t.driver.text(AMAL, 'x'), { signature: 'sha256=00' });
    await t.app.delivery.idle();
    const logs = t.logs();
    expect(logs.length).toBeGreaterThan(0);
    for (const secret of [AMAL, BASHIR, 'geheime tekst', 'nog een geheim', 'Amal Haddad', APP_SECRET]) expect(logs).not.toContain(secret);
  });
});
