// Scenario: coordinators broadcast through the real flow (local channel): audience, texts per language, preview, send, progress, report, scope, STOP/START, schedule and cancel, audit.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Services } from '../../src/core/services.js';
import type { Group, Member } from '../../src/store/schema.js';
import { createHarness, seedCoordinator, texts as raw, type Harness } from '../helpers/harness.js';

/** The texts without the bidi isolates around names (they are tested in test/i18n). */
const texts = (messages: Parameters<typeof raw>[0]): string => raw(messages).replace(/[\u2068\u2069]/g, '');

let harness: Harness;
beforeEach(async () => {
  harness = await createHarness({ LOG_LEVEL: 'silent' });
});
afterEach(async () => {
  await harness.close();
});

function group(services: Services, id: string, name: string, municipality: string): Group {
  const g: Group = { id, name, municipality, kind: 'welkomgroep', memberIds: [], chatKeys: [], createdBy: 'test', startsAt: 0, endsAt: Date.UTC(2030, 0, 1) };
  services.store.put('groups', id, g);
  return g;
}

function member(services: Services, g: Group, id: string, role: 'newcomer' | 'volunteer', locale: string, extra: Partial<Member> = {}): Member {
  const key = `local:${id}`;
  const m: Member = { id: `m_${id}`, name: id, role, locale, identities: [key], groupIds: [g.id], profile: {}, timeZone: 'Europe/Amsterdam', createdAt: 0, ...extra };
  services.store.put('members', m.id, m);
  services.store.put('identities', key, { key, memberId: m.id });
  g.memberIds.push(m.id);
  services.store.put('groups', g.id, g);
  return m;
}

/** Waits (polling the store, no fixed sleeps) until the broadcast finished and its report was delivered. */
async function finished(h: Harness): Promise<void> {
  for (let i = 0; i < 400; i += 1) {
    const done = h.app.services.store.values('broadcasts').every((b) => b.state === 'done' || b.state === 'cancelled' || b.state === 'scheduled');
    const reports = h.app.services.store.values('outbox').filter((o) => o.key.endsWith(':report'));
    if (done && reports.every((r) => r.state === 'sent') && reports.length > 0) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error('the broadcast did not finish');
}

describe('broadcast', () => {
  it('sends a written message to each member in their own language, Dutch + English for the rest, with progress and a report', async () => {
    const { services } = harness.app;
    const utrecht = group(services, 'g_u', 'Welkomgroep Oost', 'Utrecht');
    const zeist = group(services, 'g_z', 'Welkomgroep Zeist', 'Zeist');
    member(services, utrecht, 'anna', 'volunteer', 'nl');
    member(services, utrecht, 'samira', 'newcomer', 'ar');
    member(services, utrecht, 'olena', 'newcomer', 'uk');
    member(services, zeist, 'yusuf', 'newcomer', 'tr', { optOut: { at: 0, channel: 'local' } });
    member(services, zeist, 'ben', 'volunteer', 'en');
    await services.store.committed();
    const carla = await seedCoordinator(harness);

    expect(texts(await carla.say('/broadcast'))).toContain('Aan wie stuur je het bericht?');
    await carla.press('all');
    await carla.press('both');
    const sizes = texts(await carla.press('all'));
    expect(sizes).toContain('Dit bericht gaat naar 4 mensen in 2 groepen. Overgeslagen omdat ze STOP stuurden: 1.');
    const languages = await carla.press('write');
    expect(languages.at(-1)!.choices!.map((c) => c.id)).toEqual(expect.arrayContaining(['nl', 'ar', 'uk', 'en']));
    await carla.press('nl');
    expect(texts(await carla.say('De informatieavond is verplaatst naar donderdag.'))).toContain('Bewaard: Nederlands.');
    await carla.press('ar');
    await carla.say('تم نقل أمسية المعلومات إلى يوم الخميس.');
    await carla.press('en');
    await carla.say('The information evening has moved to Thursday.');
    const preview = texts(await carla.press('done'));
    expect(preview).toContain('Voorbeeld: zo krijgt iedereen het bericht. Ontvangers: 4. Overgeslagen (STOP): 1.');
    expect(preview).toContain('Geen versie in deze taal: zij krijgen Nederlands en Engels.'); // Ukrainian
    expect(preview).toContain('┃ 📣 Повідомлення від');

    const started = texts(await carla.press('send'));
    expect(started).toContain('Het bericht gaat nu naar 4 mensen');
    await finished(harness);
    const sam = harness.person('samira');
    expect(texts(await sam.inbox())).toContain('تم نقل أمسية المعلومات إلى يوم الخميس.');
    const olena = texts(await harness.person('olena').inbox());
    expect(olena).toContain('De informatieavond is verplaatst naar donderdag.');
    expect(olena).toContain('The information evening has moved to Thursday.');
    expect(texts(await harness.person('yusuf').inbox())).toBe('');
    const report = texts(await carla.inbox());
    // The progress message was edited in place: it now shows the end.
    const progress = harness.app.local.transcript('coord').find((m) => m.direction === 'out' && m.text.includes('📣 Rondzendbericht aan 4 mensen'))!;
    expect(progress.edited).toBe(true);
    expect(progress.text).toContain('📣 Rondzendbericht aan 4 mensen: klaar\n[████████████] 100%');
    expect(report).toContain('✓ Verstuurd: 4');
    expect(report).toContain('🚫 Overgeslagen, want ze stuurden STOP: 1');

    // The audit log names who, what and how many, never the text.
    const entries = services.store.values('audit').filter((a) => a.action === 'broadcast.send');
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ actor: 'm_coord', size: 4, groupIds: ['g_u', 'g_z'] });
    expect(JSON.stringify(entries[0])).not.toContain('donderdag');
    expect(texts(await carla.say('/audit'))).toContain('rondzendbericht verstuurd · ontvangers: 4');
  });

  it('keeps a scoped coordinator to their municipality, and refuses volunteers', async () => {
    const { services } = harness.app;
    const utrecht = group(services, 'g_u', 'Welkomgroep Oost', 'Utrecht');
    const zeist = group(services, 'g_z', 'Welkomgroep Zeist', 'Zeist');
    member(services, utrecht, 'anna', 'volunteer', 'nl');
    member(services, zeist, 'ben', 'volunteer', 'en');
    const carla = await seedCoordinator(harness);
    services.store.update('members', 'm_coord', (m) => (m.scope = { municipalities: ['Utrecht'] }));
    await services.store.committed();

    expect(texts(await carla.say('/broadcast Welkomgroep Zeist'))).toBe('Welkomgroep Zeist hoort niet bij jouw gemeenten (Utrecht). Daar kun je niets mee doen.');
    expect(texts(await carla.say('/broadcast Zeist'))).toBe('Zeist hoort niet bij jouw gemeenten (Utrecht). Daar kun je niets mee doen.');
    expect(texts(await carla.say('/broadcast Atlantis'))).toBe('Ik ken geen groep of gemeente met de naam Atlantis.');
    expect(texts(await carla.say('/mygroup'))).not.toContain('Zeist');
    const groups = await carla.say('/broadcast');
    await carla.press('groups');
    expect(carla.lastQuestion()!.choices!.map((c) => c.id)).toEqual(['g_u', '_done']);
    void groups;
    await carla.say('/cancel');
    // A targeted broadcast skips the audience question.
    expect(texts(await carla.say('/broadcast Utrecht'))).toContain('Voor wie in die groepen?');
    await carla.say('/cancel');
    expect(texts(await carla.say('/coordinators'))).toBe('Dat kan alleen een landelijke coördinator.');

    const anna = harness.person('anna');
    expect(texts(await anna.say('/broadcast'))).toBe('Sorry, dat kan alleen iemand met een andere rol.');
  });

  it('answers an empty audience and a text too long for WhatsApp’s template clearly', async () => {
    const { services } = harness.app;
    const utrecht = group(services, 'g_u', 'Welkomgroep Oost', 'Utrecht');
    member(services, utrecht, 'anna', 'volunteer', 'nl');
    const key = 'whatsapp:31600000001';
    const rima: Member = { id: 'm_rima', name: 'Rima', role: 'newcomer', locale: 'ar', identities: [key], groupIds: ['g_u'], profile: {}, timeZone: 'Europe/Amsterdam', createdAt: 0 };
    services.store.put('members', rima.id, rima);
    utrecht.memberIds.push(rima.id);
    services.store.put('groups', utrecht.id, utrecht);
    const carla = await seedCoordinator(harness);

    await carla.say('/broadcast');
    await carla.press('all');
    await carla.press('newcomers');
    expect(texts(await carla.press('tr'))).toContain('Niemand krijgt dit bericht');

    await carla.say('/broadcast');
    await carla.press('all');
    await carla.press('newcomers');
    await carla.press('all');
    await carla.press('write');
    await carla.press('ar');
    const refused = texts(await carla.say('ب'.repeat(800)));
    expect(refused).toMatch(/Te lang voor WhatsApp\. 1 mensen krijgen dit via WhatsApp, en daar mag een rondzendbericht met de kop erbij hoogstens 700 tekens zijn\. Dit is \d+ tekens\./);
    expect(texts(await carla.say('ب'.repeat(300)))).toContain('Bewaard: العربية.');
  });

  it('plans a broadcast for later; it can be cancelled until it starts, and not after', async () => {
    const { services } = harness.app;
    const utrecht = group(services, 'g_u', 'Welkomgroep Oost', 'Utrecht');
    member(services, utrecht, 'anna', 'volunteer', 'nl');
    const carla = await seedCoordinator(harness);
    await carla.say('/broadcast');
    await carla.press('all');
    await carla.press('both');
    await carla.press('all');
    await carla.press('prepared');
    await carla.press('check_in');
    await carla.press('schedule');
    expect(texts(await carla.say('morgen 10:00'))).toContain('Gepland voor');
    const list = await carla.say('/broadcasts');
    const cancel = list.at(-1)!.choices!.find((c) => c.id.startsWith('bc:x:'))!;
    expect(texts(await carla.press(cancel.id))).toBe('Het geplande bericht is geannuleerd. Niemand heeft het gekregen.');
    expect(services.store.count('jobs')).toBe(services.store.values('jobs').filter((j) => !j.id.startsWith('bc:')).length);
    harness.clock.advance(2 * 86_400_000);
    harness.app.scheduler.tick();
    expect(texts(await harness.person('anna').inbox())).toBe('');

    // A second one starts at its time; cancelling then is refused with a clear answer.
    await carla.say('/broadcast');
    await carla.press('all');
    await carla.press('both');
    await carla.press('all');
    await carla.press('prepared');
    await carla.press('holidays');
    await carla.press('schedule');
    await carla.say('morgen 10:00');
    const second = (await carla.say('/broadcasts')).at(-1)!.choices!.find((c) => c.id.startsWith('bc:x:'))!;
    harness.clock.advance(86_400_000);
    harness.app.scheduler.tick();
    await finished(harness);
    expect(texts(await harness.person('anna').inbox())).toContain('In de feestdagen zijn de coördinatoren minder bereikbaar.');
    expect(texts(await carla.press(second.id))).toContain('Dat kan niet meer: het versturen is al begonnen');
    expect(services.store.values('audit').map((a) => a.action)).toEqual(expect.arrayContaining(['broadcast.schedule', 'broadcast.cancel', 'broadcast.send']));
  });

  it('STOP stops broadcasts (never the group), START turns them back on', async () => {
    const { services } = harness.app;
    const utrecht = group(services, 'g_u', 'Welkomgroep Oost', 'Utrecht');
    member(services, utrecht, 'anna', 'volunteer', 'nl');
    await services.store.committed();
    const anna = harness.person('anna');
    expect(texts(await anna.say('/stop'))).toContain('je krijgt geen rondzendberichten en herinneringen meer');
    expect(anna.member()!.optOut).toBeDefined();
    // A broadcast skips her; a group notice still reaches her.
    const item = services.outbox.enqueue({ to: { channel: 'local', chatId: 'anna' }, memberId: 'm_anna', message: { text: 'x', kind: 'broadcast' }, priority: 'bulk', urgent: true, key: 't1' });
    expect(item).toMatchObject({ state: 'cancelled', reason: 'opted out (STOP)' });
    const notice = services.outbox.enqueue({ to: { channel: 'local', chatId: 'anna' }, memberId: 'm_anna', message: { text: 'group news', kind: 'notice' }, priority: 'bulk', urgent: true, key: 't2' });
    expect(notice!.state).toBe('queued');
    expect(texts(await anna.say('/start'))).toContain('Welkom terug! Je krijgt weer rondzendberichten');
    expect(anna.member()!.optOut).toBeUndefined();
  });
});
