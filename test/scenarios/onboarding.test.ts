// Whole conversations through the local channel: a coordinator creates a group, people join in their languages, and everything that can go wrong on the way.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FSI, LOCALES, PDI } from '../../src/i18n/i18n.js';
import { createHarness, seedCoordinator, texts, type Harness, type Person } from '../helpers/harness.js';

let harness: Harness;
beforeEach(async () => {
  harness = await createHarness();
});
afterEach(async () => {
  await harness.close();
});

const t = (locale: string, key: string, vars: Record<string, string | number> = {}) => harness.app.services.translator.t(locale, key, vars);
const stripIsolates = (text: string) => text.replaceAll(FSI, '').replaceAll(PDI, '');

/** The coordinator makes a group through /newgroup and gets the two codes. */
async function createGroup(coordinator: Person, name = 'Utrecht Oost'): Promise<{ volunteer: string; newcomer: string }> {
  await coordinator.say('/newgroup');
  await coordinator.say(name);
  await coordinator.say('Utrecht');
  const created = texts(await coordinator.press('welkomgroep'));
  const volunteer = /vrijwilligers: \u2068([A-Z0-9-]+)\u2069/.exec(created)?.[1];
  const newcomer = /nieuwkomers: \u2068([A-Z0-9-]+)\u2069/.exec(created)?.[1];
  if (!volunteer || !newcomer) throw new Error(`no codes in: ${created}`);
  return { volunteer, newcomer };
}

/** A newcomer joins with buttons in the given language. */
async function joinAsNewcomer(person: Person, code: string, locale: string, name: string): Promise<string> {
  await person.say(`/start ${code}`);
  await person.press(locale);
  await person.press('yes');
  await person.say(name);
  await person.say('Arabic, English');
  await person.press('cooking');
  await person.press('_done');
  return texts(await person.press('housing'));
}

describe('onboarding', () => {
  it('a coordinator creates a group; a volunteer (Dutch) and a newcomer (Arabic) join, and each is told in their own language', async () => {
    const coordinator = await seedCoordinator(harness);
    const codes = await createGroup(coordinator);
    expect(codes.volunteer).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$/);

    const anna = harness.person('anna', { languageCode: 'nl' });
    const first = await anna.say(`/start ${codes.volunteer}`);
    expect(first[0]!.choices!.map((c) => c.id)).toEqual([...LOCALES]);
    expect(first[0]!.choices!.find((c) => c.id === 'ar')!.label).toBe('العربية');
    expect(texts(await anna.press('nl'))).toContain('Ga je hiermee akkoord?');
    expect(texts(await anna.press('yes'))).toContain('Hoe mogen we je noemen?');
    const skills = await anna.say('Anna');
    expect(skills[0]!.multiple).toBe(true);
    expect(skills[0]!.choices!.at(-1)).toEqual({ id: '_done', label: 'Klaar' });
    expect(texts(await anna.press('paperwork'))).toContain('Papieren en post');
    await anna.press('transport');
    expect(texts(await anna.press('_done'))).toContain('Welke talen spreek je?');
    await anna.say('Nederlands, Engels');
    const welcome = texts(await anna.say('2, 3'));
    expect(stripIsolates(welcome)).toContain('Welkom in Utrecht Oost, Anna!');
    expect(anna.member()).toMatchObject({ role: 'volunteer', locale: 'nl', profile: { skills: ['paperwork', 'transport'], availability: ['evenings', 'weekends'] } });
    expect(anna.member()!.consent?.version).toBeTruthy();

    const sara = harness.person('sara', { languageCode: 'ar' });
    const arabicWelcome = await joinAsNewcomer(sara, codes.newcomer, 'ar', 'سارة');
    expect(arabicWelcome).toBe(t('ar', 'onboarding.welcome', { group: 'Utrecht Oost', name: 'سارة', help: '/help' }));
    expect(arabicWelcome).toContain(`${FSI}Utrecht Oost${PDI}`);
    expect(sara.member()).toMatchObject({ role: 'newcomer', locale: 'ar', profile: { interests: ['cooking'], helpFirst: 'housing' } });

    // Anna hears about Sara in Dutch, with Sara's role in Dutch.
    const notice = texts(await anna.inbox());
    expect(stripIsolates(notice)).toBe('سارة doet nu mee met Utrecht Oost als nieuwkomer.');
  });

  it('works in all eight languages', async () => {
    const coordinator = await seedCoordinator(harness);
    const codes = await createGroup(coordinator);
    for (const locale of LOCALES) {
      const person = harness.person(`p-${locale}`);
      const welcome = await joinAsNewcomer(person, codes.newcomer, locale, `Name ${locale}`);
      expect(welcome, locale).toBe(t(locale, 'onboarding.welcome', { group: 'Utrecht Oost', name: `Name ${locale}`, help: '/help' }));
      expect(person.member()?.locale).toBe(locale);
      // Uses per newcomer code: 6 — make a fresh one when it runs out.
      if (harness.app.services.store.get('invites', codes.newcomer.replaceAll('-', ''))!.usesLeft === 0) {
        await coordinator.say('/invite');
        await coordinator.press(harness.app.services.store.values('groups')[0]!.id);
        const made = texts(await coordinator.press('newcomer'));
        codes.newcomer = /\u2068([A-Z0-9]{4}-[A-Z0-9-]+)\u2069/.exec(made)![1]!;
      }
    }
  });

  it('answers typed instead of pressed: numbers, labels in any case, and yes-words in other languages', async () => {
    const coordinator = await seedCoordinator(harness);
    const codes = await createGroup(coordinator);
    const omar = harness.person('omar');
    await omar.say(`/start ${codes.newcomer}`);
    expect(texts(await omar.say('ENGLISH'))).toContain('Do you agree?');
    expect(texts(await omar.say('نعم'))).toContain('What should we call you?');
    await omar.say('Omar');
    await omar.say('Arabic');
    await omar.say('1, 2');
    expect(stripIsolates(texts(await omar.say('3')))).toContain('Welcome to Utrecht Oost, Omar!');
    expect(omar.member()!.profile).toMatchObject({ interests: ['sport', 'cooking'], helpFirst: 'health' });
  });

  it('ends politely after three invalid answers, storing nothing', async () => {
    const coordinator = await seedCoordinator(harness);
    const codes = await createGroup(coordinator);
    const lina = harness.person('lina');
    await lina.say(`/start ${codes.newcomer}`);
    await lina.press('en');
    await lina.press('yes');
    const first = texts(await lina.say('🙂🙂🙂'));
    expect(first).toContain(t('en', 'common.flow.retry'));
    expect(first).toContain(t('en', 'common.hint.text_name'));
    expect(first).toContain('What should we call you?');
    expect(texts(await lina.say('x'.repeat(41)))).toContain(t('en', 'common.hint.text_too_long', { max: 40 }));
    expect(texts(await lina.say('   '))).toBe(t('en', 'common.flow.too_many_tries'));
    expect(harness.app.services.store.count('conversations')).toBe(0);
    expect(lina.member()).toBeUndefined();
  });

  it('leaves a flow with /cancel or a stop word in any language, storing nothing', async () => {
    const coordinator = await seedCoordinator(harness);
    const codes = await createGroup(coordinator);
    const ahmad = harness.person('ahmad');
    await ahmad.say(`/start ${codes.newcomer}`);
    await ahmad.press('fa');
    expect(texts(await ahmad.say('STOP'))).toBe(t('fa', 'common.flow.cancelled', { help: '/help' }));
    expect(harness.app.services.store.count('conversations')).toBe(0);
    expect(ahmad.member()).toBeUndefined();
    expect(texts(await ahmad.say('/cancel'))).toBe(t('nl', 'common.flow.nothing_to_cancel'));
  });

  it('continues a flow after a graceful restart in the middle', async () => {
    const coordinator = await seedCoordinator(harness);
    const codes = await createGroup(coordinator);
    let yusuf = harness.person('yusuf');
    await yusuf.say(`/start ${codes.volunteer}`);
    await yusuf.press('tr');
    await yusuf.press('yes');
    await harness.restart();
    yusuf = harness.person('yusuf');
    const next = await yusuf.say('Yusuf');
    expect(texts(next)).toContain(t('tr', 'onboarding.skills.question'));
    await yusuf.say('1');
    await yusuf.say('Türkçe');
    expect(stripIsolates(texts(await yusuf.say('3')))).toContain('Yusuf');
    expect(yusuf.member()?.locale).toBe('tr');
  });

  it('records only the refusal when someone does not consent', async () => {
    const coordinator = await seedCoordinator(harness);
    const codes = await createGroup(coordinator);
    const store = harness.app.services.store;
    const membersBefore = store.count('members');
    const noor = harness.person('noor');
    await noor.say(`/start ${codes.newcomer}`);
    await noor.press('so');
    expect(texts(await noor.press('no'))).toBe(t('so', 'onboarding.consent_refused'));
    expect(store.count('members')).toBe(membersBefore);
    expect(store.get('identities', 'local:noor')).toBeUndefined();
    expect(store.count('conversations')).toBe(0);
    const refusals = store.values('refusals');
    expect(refusals).toHaveLength(1);
    expect(Object.keys(refusals[0]!).sort()).toEqual(['at', 'channel', 'id', 'inviteGroupId']);
  });

  it('answers wrong, expired and repeated wrong codes clearly', async () => {
    const coordinator = await seedCoordinator(harness);
    const codes = await createGroup(coordinator);
    const eve = harness.person('eve', { languageCode: 'en' });
    expect(texts(await eve.say('/start AAAA-BBBB-CCCC-DDDD'))).toBe(t('en', 'onboarding.bad_code'));
    for (let i = 0; i < 3; i += 1) await eve.say('/start WRONG');
    expect(texts(await eve.say('/start WRONG'))).toBe(t('en', 'onboarding.throttled'));
    // Even a right code waits while throttled.
    expect(texts(await eve.say(`/start ${codes.newcomer}`))).toBe(t('en', 'onboarding.throttled'));

    harness.clock.advance(15 * 86_400_000);
    const late = harness.person('late', { languageCode: 'en' });
    expect(texts(await late.say(`/start ${codes.newcomer}`))).toBe(t('en', 'onboarding.expired_code'));
    expect(texts(await late.say('/start'))).toBe(t('en', 'onboarding.no_code'));
  });

  it('checks the code again when joining: one that expired or ran out meanwhile does not let more people in', async () => {
    const coordinator = await seedCoordinator(harness);
    const codes = await createGroup(coordinator);
    const people = Array.from({ length: 8 }, (_, i) => harness.person(`fam${i}`));
    for (const person of people) {
      await person.say(`/start ${codes.newcomer}`);
      await person.press('en');
      await person.press('yes');
      await person.say('Name');
      await person.say('Arabic');
      await person.say('1');
    }
    const endings: string[] = [];
    for (const person of people) endings.push(texts(await person.say('1')));
    expect(endings.filter((text) => text === t('en', 'onboarding.used_code'))).toHaveLength(2);
    expect(people.filter((person) => person.member())).toHaveLength(6);
  });

  it('finishes a multiple-answer question typed: labels, numbers and the Done word all work', async () => {
    const coordinator = await seedCoordinator(harness);
    const codes = await createGroup(coordinator);
    const vera = harness.person('vera');
    await vera.say(`/start ${codes.volunteer}`);
    await vera.press('en');
    await vera.press('yes');
    await vera.say('Vera');
    await vera.press('paperwork');
    expect(texts(await vera.say('Language practice'))).toContain(t('en', 'onboarding.volunteer_languages.question'));
    expect(vera.member()).toBeUndefined();
    await vera.say('Dutch');
    await vera.press('weekends');
    await vera.say('done');
    expect(vera.member()?.profile).toMatchObject({ skills: ['paperwork', 'language'], availability: ['weekends'] });
  });

  it('accepts codes typed sloppily: lower case, spaces, O for 0', async () => {
    const coordinator = await seedCoordinator(harness);
    const codes = await createGroup(coordinator);
    const sloppy = codes.newcomer.toLowerCase().replaceAll('-', ' ').replaceAll('0', 'o');
    const kim = harness.person('kim');
    expect((await kim.say(`/start ${sloppy}`))[0]!.choices).toHaveLength(8);
  });

  it('handles bad input outside a flow: empty, very long, emoji-only, right-to-left and unknown commands', async () => {
    const guest = harness.person('guest', { languageCode: 'en' });
    expect(texts(await guest.say(''))).toBe(t('en', 'common.empty_message'));
    expect(texts(await guest.say('x'.repeat(10_000)))).toBe(t('en', 'common.too_long', { max: 4096 }));
    expect(texts(await guest.say('🙂🎉'))).toBe(t('en', 'common.unknown_guest', { join: '/start' }));
    expect(texts(await guest.say('مرحبا، كيف حالك؟'))).toBe(t('en', 'common.unknown_guest', { join: '/start' }));
    expect(texts(await guest.say('/teleport'))).toBe(t('en', 'common.unknown_guest', { join: '/start' }));
    expect(texts(await guest.say('/newgroup'))).toBe(t('en', 'common.not_allowed'));
    await harness.app.local.sendUnsupported(guest.sender, 'voice');
    expect(texts(await guest.inbox())).toBe(t('en', 'common.unsupported.voice'));
  });

  it('strips hidden direction controls from names', async () => {
    const coordinator = await seedCoordinator(harness);
    const codes = await createGroup(coordinator);
    const person = harness.person('rtl');
    await person.say(`/start ${codes.newcomer}`);
    await person.press('ar');
    await person.press('yes');
    await person.say('\u202Eمريم\u202C');
    expect(person.member()).toBeUndefined();
    await person.say('Arabic');
    await person.say('1');
    await person.say('1');
    expect(person.member()?.name).toBe('مريم');
  });
});

describe('commands', () => {
  it('/help lists what each role may do; keywords work in any language', async () => {
    const coordinator = await seedCoordinator(harness);
    const help = texts(await coordinator.say('/help'));
    expect(help).toContain('/newgroup');
    const codes = await createGroup(coordinator);
    const sara = harness.person('sara');
    await joinAsNewcomer(sara, codes.newcomer, 'ar', 'Sara');
    const saraHelp = texts(await sara.say('مساعدة'));
    expect(saraHelp).toContain(t('ar', 'commands.title'));
    expect(saraHelp).toContain(t('ar', 'commands.mygroup.description'));
    expect(saraHelp).not.toContain(t('ar', 'commands.newgroup.description'));
    expect(texts(await sara.say('hulp'))).toBe(saraHelp);
    expect(texts(await sara.say('/newgroup'))).toBe(t('ar', 'common.not_allowed'));

    const guestHelp = texts(await harness.person('guest').say('/help'));
    expect(guestHelp).toContain('/start');
    expect(guestHelp).not.toContain('/mygroup');
  });

  it('keyword-style chats (WhatsApp) see commands as words and can JOIN with a code', async () => {
    const coordinator = await seedCoordinator(harness);
    const codes = await createGroup(coordinator);
    harness.app.local.setCommandStyle('wa-amal', 'keyword');
    const amal = harness.person('wa-amal');
    expect((await amal.say(`JOIN ${codes.newcomer}`))[0]!.choices).toHaveLength(8);
    await amal.press('en');
    await amal.press('yes');
    await amal.say('Amal');
    await amal.say('Dari');
    await amal.say('2');
    const welcome = texts(await amal.say('1'));
    expect(welcome).toContain(`${FSI}HELP${PDI}`);
    expect(texts(await amal.say('help'))).toContain('GROUP — See your group');
  });

  it('/language changes the language, /mygroup shows members and roles', async () => {
    const coordinator = await seedCoordinator(harness);
    const codes = await createGroup(coordinator);
    const sara = harness.person('sara');
    await joinAsNewcomer(sara, codes.newcomer, 'en', 'Sara');
    await sara.say('/language');
    expect(texts(await sara.press('uk'))).toBe(t('uk', 'onboarding.language_changed'));
    expect(sara.member()?.locale).toBe('uk');
    const overview = stripIsolates(texts(await sara.say('/mygroup')));
    expect(overview).toContain('Utrecht Oost');
    expect(overview).toContain(`Sara (${stripIsolates(t('uk', 'common.role.newcomer'))})`);
    expect(stripIsolates(texts(await coordinator.say('/mygroup')))).toContain('Utrecht Oost');
  });

  it('a button pressed after its question closed gets a polite answer', async () => {
    const coordinator = await seedCoordinator(harness);
    await coordinator.say('/newgroup');
    await coordinator.say('Zwolle');
    await coordinator.say('Zwolle');
    const token = coordinator.lastQuestion()!.askToken!;
    await coordinator.press('welkomgroep', token);
    expect(texts(await coordinator.press('sponsorgroep', token))).toBe(t('nl', 'common.flow.closed_question'));
    expect(harness.app.services.store.count('groups')).toBe(1);
  });

  it('drops a conversation that was quiet for longer than the flow timeout', async () => {
    const coordinator = await seedCoordinator(harness);
    await coordinator.say('/newgroup');
    harness.clock.advance(25 * 3_600_000);
    const replies = texts(await coordinator.say('Zwolle'));
    expect(replies).toContain(t('nl', 'common.flow.expired'));
    expect(harness.app.services.store.count('groups')).toBe(0);
  });

  it('says a conversation expired in the language chosen in it', async () => {
    const coordinator = await seedCoordinator(harness);
    const codes = await createGroup(coordinator);
    const guest = harness.person('quiet');
    await guest.say(`/start ${codes.newcomer}`);
    await guest.press('ar');
    harness.clock.advance(25 * 3_600_000);
    expect(texts(await guest.say('نعم'))).toContain(t('ar', 'common.flow.expired'));
  });

  it('acknowledges a repeated message only once the first one is on disk', async () => {
    await seedCoordinator(harness);
    const inbound = { channel: 'local' as const, chatId: 'coord', chatType: 'private' as const, userId: 'coord', text: '/help', dedupKey: 'local:fixed-2' };
    const first = harness.app.handle(inbound);
    const changedByFirst = harness.app.services.store.getStats().seq; // the first handling's changes, not yet on disk
    await harness.app.handle(inbound);
    expect(harness.app.services.store.getStats().durableSeq).toBeGreaterThanOrEqual(changedByFirst);
    await first;
  });

  it('processes a message with the same id only once', async () => {
    await seedCoordinator(harness);
    const inbound = { channel: 'local' as const, chatId: 'coord', chatType: 'private' as const, userId: 'coord', text: '/help', dedupKey: 'local:fixed-1' };
    await harness.app.handle(inbound);
    await harness.app.handle(inbound);
    await harness.app.delivery.idle();
    expect(harness.app.local.repliesSince('coord')).toHaveLength(1);
  });

  it('/outbox shows coordinators what waits, what was sent and what failed; others may not see it', async () => {
    const coordinator = await seedCoordinator(harness);
    await coordinator.say('/help');
    harness.app.services.outbox.enqueue({ to: { channel: 'whatsapp', chatId: '31600000000' }, message: { text: 'x', kind: 'notice' }, priority: 'bulk' });
    await harness.app.services.store.committed();
    await harness.app.delivery.idle();
    const report = stripIsolates(texts(await coordinator.say('/outbox')));
    expect(report).toContain(t('nl', 'outbox.title'));
    expect(report).toMatch(/Verstuurd: [1-9]/);
    expect(report).toMatch(/Mislukt: 1/);
    expect(report).toContain('no channel "whatsapp" is configured');
    const guest = harness.person('nobody');
    expect(texts(await guest.say('/outbox'))).toBe(t('nl', 'common.not_allowed'));
  });
});
