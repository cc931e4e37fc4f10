// A broadcast to 300 people in 5 languages across Telegram and WhatsApp, started with the real /broadcast command on
// Telegram, against the fakes enforcing the platforms' limits: languages, templates outside the 24-hour window,
// opt-outs, the progress message edited within Telegram's limits, delivery statuses in the report, nothing lost or doubled.
import { afterEach, describe, expect, it } from 'vitest';
import { TEMPLATE_PARAM_MAX } from '../../../src/channels/whatsapp/window.js';
import { CARLA, startBroadcastRig, tgUser, waNumber, type Rig } from '../../helpers/broadcast-rig.js';

let rig: Rig | undefined;
afterEach(async () => {
  await rig?.close();
  rig = undefined;
});

const TEXTS: Record<string, string> = {
  nl: 'De informatieavond van de gemeente is verplaatst naar donderdag 19:30.',
  en: 'The municipality’s information evening has moved to Thursday 19:30.',
  ar: 'تم نقل أمسية المعلومات الخاصة بالبلدية إلى يوم الخميس الساعة 19:30.',
  tr: 'Belediyenin bilgilendirme akşamı perşembe 19:30’a taşındı.',
};

describe('broadcast across Telegram and WhatsApp', () => {
  it('reaches 300 people in their own language, templates outside the window, skips opt-outs, shows progress and a report', async () => {
    const r = (rig = await startBroadcastRig({ recipients: 300, locales: ['nl', 'en', 'ar', 'tr', 'uk'], optOutEvery: 30, outsideWindowEvery: 4 }));
    const optedOut = r.members.filter((m) => m.optOut).length;
    const reached = r.members.filter((m) => !m.optOut);
    expect(optedOut).toBe(10);

    await r.say('/broadcast', 'Aan wie stuur je het bericht?');
    await r.press('Al mijn groepen', 'Voor wie in die groepen?');
    await r.press('Iedereen', 'Voor alle talen');
    await r.press('Alle talen', `Dit bericht gaat naar ${reached.length} mensen in 6 groepen. Overgeslagen omdat ze STOP stuurden: ${optedOut}.`);
    await r.press('Zelf schrijven', 'In welke taal schrijf je nu?');
    for (const [locale, name] of [['nl', 'Nederlands'], ['en', 'English'], ['ar', 'العربية'], ['tr', 'Türkçe']] as const) {
      await r.press(name, 'Typ het bericht in deze taal.');
      await r.say(TEXTS[locale]!, 'In welke taal schrijf je nu?');
      expect(r.toCarla().some((m) => m.plain.replace(/[\u2068\u2069]/g, '') === `Bewaard: ${name}.`)).toBe(true);
    }
    const preview = await r.press('Klaar: voorbeeld', 'Voorbeeld: zo krijgt iedereen het bericht.');
    expect(preview.plain).toContain(`Ontvangers: ${reached.length}. Overgeslagen (STOP): ${optedOut}.`);
    const plain = (text: string) => text.replace(/[\u2068\u2069]/g, '');
    await r.until(() => r.toCarla().some((m) => plain(m.plain).includes('Українська:')), 5_000, 'the Ukrainian preview');
    const ukPreview = plain(r.toCarla().find((m) => plain(m.plain).includes('Українська:'))!.plain);
    expect(ukPreview).toContain('Geen versie in deze taal: zij krijgen Nederlands en Engels.');
    expect(ukPreview).toMatch(/Van hen schreven \d+ al meer dan 24 uur niets op WhatsApp/);

    const started = Date.now();
    await r.press('Nu versturen', `Het bericht gaat nu naar ${reached.length} mensen.`);
    await r.until(() => r.app.services.store.values('broadcasts')[0]?.state === 'done', 60_000, 'the broadcast to finish');
    await r.until(() => r.toCarla().some((m) => m.plain.includes('Verslag van je rondzendbericht')), 10_000, 'the report');
    const seconds = (Date.now() - started) / 1000;

    // Every person exactly once, in their language; opted-out people nothing.
    for (const [index, member] of r.members.entries()) {
      const n = Math.floor(index / 2);
      const got = member.identities[0]!.startsWith('whatsapp:') ? r.wa.sent(waNumber(n)) : r.tg.sent(tgUser(n));
      if (member.optOut) {
        expect(got, `${member.id} opted out`).toHaveLength(0);
        continue;
      }
      expect(got, `${member.id} gets one message`).toHaveLength(1);
      const first = got[0]!;
      const body = 'body' in first ? JSON.stringify(first.body) : first.plain;
      if (member.locale === 'uk') {
        expect(body).toContain(TEXTS.nl);
        expect(body).toContain(TEXTS.en);
      } else expect(body).toContain(TEXTS[member.locale]!);
    }
    // Outside the window: the approved `broadcast` template with the text as its parameter (within its limit).
    const templates = r.wa.sent().filter((s) => s.type === 'template');
    expect(templates.length).toBeGreaterThan(0);
    for (const t of templates) expect(t.text).toBe('welkom_broadcast');
    expect(r.wa.sent().filter((s) => s.type === 'text').length + templates.length).toBe(reached.filter((m) => m.identities[0]!.startsWith('whatsapp:')).length);
    for (const t of templates) expect(JSON.stringify(t.body).length).toBeLessThan(TEMPLATE_PARAM_MAX + 600);

    // The progress message was edited in place, never faster than Telegram allows (no 429 anywhere).
    const edits = r.tg.calls.filter((c) => c.method.toLowerCase() === 'editmessagetext' && String((c.params as Record<string, unknown>).chat_id) === String(CARLA.id));
    expect(edits.length).toBeGreaterThanOrEqual(1);
    expect(edits.length).toBeLessThanOrEqual(Math.ceil(seconds / 3) + 2);
    const limitedEdits = r.tg.calls.filter((c) => c.method.toLowerCase() === 'editmessagetext' && (c.response as { error_code?: number }).error_code === 429);
    expect(limitedEdits).toEqual([]);
    const editTimes = edits.filter((c) => c.ok).map((c) => c.at);
    for (let i = 1; i < editTimes.length; i += 1) expect(editTimes[i]! - editTimes[i - 1]!).toBeGreaterThanOrEqual(1_000);
    const progress = r.toCarla().find((m) => m.plain.includes('📣 Rondzendbericht aan'))!;
    expect(r.tg.sent(CARLA.id).filter((m) => m.message_id === progress.message_id).at(-1)!.plain).toContain(`📣 Rondzendbericht aan ${reached.length} mensen: klaar`);
    const report = r.toCarla().find((m) => m.plain.includes('Verslag van je rondzendbericht'))!.plain;
    expect(report).toContain(`✓ Verstuurd: ${reached.length}`);
    expect(report).toContain(`🚫 Overgeslagen, want ze stuurden STOP: ${optedOut}`);

    // WhatsApp statuses come in later: /broadcasts shows delivered and read.
    const waSent = r.wa.sent();
    const statuses = [
      ...waSent.slice(0, 40).map((s) => r.driver.status(s.id, s.waId, 'delivered')),
      ...waSent.slice(0, 15).map((s) => r.driver.status(s.id, s.waId, 'read')),
      r.driver.status(waSent[50]!.id, waSent[50]!.waId, 'failed', { errorCode: 131026 }),
    ];
    expect((await r.driver.post(r.driver.batch(statuses))).status).toBe(200);
    const list = await r.say('/broadcasts', 'Je rondzendberichten');
    expect(list.plain).toContain(`${reached.length} mensen`);
    const after = await r.press('Verslag 1', 'Verslag van je rondzendbericht');
    expect(after.plain).toContain('✓ Afgeleverd: 40, gelezen: 15');
    expect(after.plain).toContain('✗ Mislukt: 1');
    expect(after.plain).toContain('nummer niet bereikbaar op WhatsApp: 1');

    // The audit log: who, when, how many; no message text.
    const entry = r.app.services.store.values('audit').find((a) => a.action === 'broadcast.send')!;
    expect(entry).toMatchObject({ actor: `m_telegram_${CARLA.id}`, size: reached.length });
    expect(JSON.stringify(r.app.services.store.values('audit'))).not.toContain('informatieavond');

    // STOP on WhatsApp: the person is answered in their language and skipped from now on; START undoes it.
    const newcomer = reached.find((m) => m.identities[0]!.startsWith('whatsapp:'))!;
    const number = newcomer.identities[0]!.slice('whatsapp:'.length);
    const before = r.wa.sent(number).length;
    expect((await r.driver.post(r.driver.text(number, 'STOP'))).status).toBe(200);
    await r.until(() => r.wa.sent(number).length > before, 10_000, 'the answer to STOP');
    expect(r.app.services.store.get('members', newcomer.id)!.optOut).toMatchObject({ channel: 'whatsapp' });
    expect(JSON.stringify(r.wa.sent(number).at(-1)!.body)).toContain(r.app.services.translator.t(newcomer.locale, 'broadcast.optout.stopped', { start: 'START' }).split('.')[0]!);
    expect((await r.driver.post(r.driver.text(number, 'START'))).status).toBe(200);
    await r.until(() => r.app.services.store.get('members', newcomer.id)!.optOut === undefined, 10_000, 'START');
  }, 120_000);
});
