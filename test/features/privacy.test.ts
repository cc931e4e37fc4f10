// Privacy: /mydata gives everything kept (text + JSON file), /forget erases after a confirmation, re-consent, retention.
import { mkdirSync, utimesSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Feature } from '../../src/core/feature.js';
import { PRIVACY_VERSION } from '../../src/core/privacy.js';
import { FEATURES } from '../../src/features/index.js';
import { FSI, PDI } from '../../src/i18n/i18n.js';
import type { Member } from '../../src/store/schema.js';
import { createHarness, type Harness } from '../helpers/harness.js';

let harness: Harness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

const DAY = 86_400_000;
const plain = (text: string) => text.replaceAll(FSI, '').replaceAll(PDI, '');
const erasedBy: string[] = [];
const probe: Feature = {
  name: 'probe',
  privacy: {
    export: (memberId) => (memberId === 'm_samira' ? { cards: 3 } : undefined),
    erase: (memberId) => void erasedBy.push(memberId),
  },
};

function seed(h: Harness, options: { consent?: string; endsAt?: number } = {}): void {
  const { store } = h.app.services;
  const now = h.clock.now();
  const member = (id: string, name: string, role: Member['role'], locale: string, groupIds: string[]): Member => ({
    id, name, role, locale, identities: [`local:${id.slice(2)}`], groupIds, profile: { skills: ['housing'] }, timeZone: 'Europe/Amsterdam', createdAt: now,
    consent: { at: now - DAY, version: options.consent ?? PRIVACY_VERSION },
  });
  const people = [member('m_carla', 'Carla', 'coordinator', 'nl', []), member('m_samira', 'Samira', 'newcomer', 'ar', ['g1']), member('m_anna', 'Anna', 'volunteer', 'nl', ['g1'])];
  for (const m of people) {
    store.put('members', m.id, m);
    store.put('identities', m.identities[0]!, { key: m.identities[0]!, memberId: m.id });
  }
  store.put('groups', 'g1', { id: 'g1', name: 'Utrecht Oost', municipality: 'Utrecht', kind: 'welkomgroep', memberIds: ['m_samira', 'm_anna'], chatKeys: [], createdBy: 'm_carla', startsAt: now - 30 * DAY, endsAt: options.endsAt ?? now + 300 * DAY });
  store.put('audit', 'a1', { id: 'a1', at: now, actor: 'm_carla', action: 'group.create', subject: 'm_samira' });
  h.app.services.outbox.enqueue({ to: { channel: 'local', chatId: 'samira' }, memberId: 'm_samira', message: { text: 'Welkom Samira, je afspraak is morgen', kind: 'reminder' }, priority: 'bulk', key: 'r1', notBefore: now + 10 * DAY });
}

describe('/mydata', () => {
  it('sends a readable summary in the member’s language and a JSON file with everything, and audits the export', async () => {
    harness = await createHarness({}, { features: [...FEATURES, probe] });
    seed(harness);
    const samira = harness.person('samira', { chatId: 'samira' });
    const [reply] = await samira.say('/mydata');
    expect(plain(reply!.text)).toContain('Samira');
    expect(reply!.text).toContain(harness.app.services.translator.t('ar', 'privacy.mydata.header'));
    expect(reply!.attachment).toMatchObject({ kind: 'document', filename: 'welkom-my-data.json', mimeType: 'application/json' });
    const data = JSON.parse(harness.app.local.file(reply!.id)!.bytes.toString('utf8'));
    expect(data.member).toMatchObject({ name: 'Samira', role: 'newcomer', language: 'ar', accounts: ['local:samira'], profile: { skills: ['housing'] } });
    expect(data.groups).toEqual([expect.objectContaining({ name: 'Utrecht Oost' })]);
    expect(data.messagesToYou.map((m: { text: string }) => m.text)).toContain('Welkom Samira, je afspraak is morgen');
    expect(data.probe).toEqual({ cards: 3 });
    expect(JSON.stringify(data)).not.toContain('Anna'); // nobody else's personal data
    expect([...harness.app.services.store.values('audit')].some((a) => a.action === 'data.export' && a.actor === 'm_samira')).toBe(true);
  });

  it('is refused to a guest', async () => {
    harness = await createHarness();
    const [reply] = await harness.person('stranger', { chatId: 'stranger' }).say('/mydata');
    expect(reply!.text).toBe(harness.app.services.translator.t('nl', 'common.not_allowed'));
  });
});

describe('/forget', () => {
  it('asks first; "yes" erases the member everywhere, the group keeps a former member, the coordinator is told without a name', async () => {
    harness = await createHarness({}, { features: [...FEATURES, probe] });
    seed(harness);
    const samira = harness.person('samira', { chatId: 'samira' });
    const [question] = await samira.say('/forget');
    expect(question!.choices?.map((c) => c.id)).toEqual(['pv:forget:yes', 'pv:forget:no']);
    const [done] = await samira.press('pv:forget:yes');
    expect(done!.text).toBe(harness.app.services.translator.t('ar', 'privacy.forget.done'));
    const { store } = harness.app.services;
    expect(store.get('members', 'm_samira')).toBeUndefined();
    expect(store.get('identities', 'local:samira')).toBeUndefined();
    expect(store.get('groups', 'g1')).toMatchObject({ memberIds: ['m_anna'], formerMembers: 1 });
    const scrubbed = [...store.values('outbox')].find((i) => i.key === 'r1')!;
    expect(scrubbed).toMatchObject({ state: 'cancelled', to: { chatId: 'erased-member' }, message: { text: '' } });
    expect(store.get('audit', 'a1')).toMatchObject({ actor: 'm_carla', subject: 'erased-member' });
    expect([...store.values('audit')].some((a) => a.action === 'member.erased' && a.actor === 'erased-member')).toBe(true);
    expect(erasedBy).toContain('m_samira');
    expect(JSON.stringify([...store.values('members'), ...store.values('identities'), ...store.values('outbox'), ...store.values('audit'), ...store.values('groups'), ...store.values('conversations')])).not.toMatch(/Samira|local:samira/);
    const notice = await harness.person('carla', { chatId: 'carla' }).inbox();
    expect(plain(notice.map((m) => m.text).join('\n'))).toContain('Utrecht Oost');
    expect(notice.map((m) => m.text).join('\n')).not.toContain('Samira');
    const [overview] = await harness.person('anna', { chatId: 'anna' }).say('/mygroup');
    expect(plain(overview!.text)).toContain(plain(harness.app.services.translator.t('nl', 'groups.mygroup.former', { count: 1 })));
    // Samira is a stranger now.
    const [after] = await samira.say('/mydata');
    expect(after!.text).toBe(harness.app.services.translator.t('nl', 'common.not_allowed')); // a stranger again: the default language
  });

  it('also removes their delivered messages from the archive (history kept 14 days), and nobody else’s', async () => {
    harness = await createHarness();
    const h = harness;
    seed(h);
    const { store, outbox } = h.app.services;
    for (const [who, memberId] of [['samira', 'm_samira'], ['anna', 'm_anna']] as const) {
      outbox.enqueue({ to: { channel: 'local', chatId: who }, memberId, message: { text: `Hallo ${who}`, kind: 'notice' }, priority: 'bulk', key: `hello:${who}` });
    }
    await store.committed();
    await h.app.delivery.idle();
    const archived = async () => {
      const texts: string[] = [];
      for await (const entry of store.readArchive('outbox')) texts.push(entry.value.message.text);
      return texts.sort();
    };
    // A day and two hours later the hourly job has moved both delivered messages to the archive.
    for (let hour = 0; hour < 26; hour += 1) {
      h.clock.advance(3_600_000);
      h.app.scheduler.tick();
      await store.committed();
    }
    for (let tries = 0; tries < 100 && (await archived()).length < 2; tries += 1) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(await archived()).toEqual(['Hallo anna', 'Hallo samira']);
    const samira = harness.person('samira', { chatId: 'samira' });
    await samira.say('/forget');
    await samira.press('pv:forget:yes');
    h.app.scheduler.tick();
    for (let tries = 0; tries < 100 && (await archived()).length > 1; tries += 1) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(await archived()).toEqual(['Hallo anna']);
    // The job is done and gone, and with it the last trace of her address.
    for (let tries = 0; tries < 100 && store.values('jobs').some((job) => job.type === 'privacy.erase-archive'); tries += 1) await new Promise((resolve) => setTimeout(resolve, 20));
    await store.committed();
    expect(JSON.stringify(store.values('jobs'))).not.toContain('local:samira');
  });

  it('"no" keeps everything; a confirmation older than 15 minutes is not taken', async () => {
    harness = await createHarness();
    seed(harness);
    const samira = harness.person('samira', { chatId: 'samira' });
    await samira.say('/forget');
    expect((await samira.press('pv:forget:no'))[0]!.text).toBe(harness.app.services.translator.t('ar', 'privacy.forget.kept'));
    await samira.say('/forget');
    harness.clock.advance(16 * 60_000);
    expect(plain((await samira.press('pv:forget:yes'))[0]!.text)).toBe(plain(harness.app.services.translator.t('ar', 'privacy.forget.expired', { forget: '/forget' })));
    expect(harness.app.services.store.get('members', 'm_samira')).toBeDefined();
  });
});

describe('a changed privacy text', () => {
  it('asks members who agreed to an older version again before anything else; /mydata still works; yes records the new version', async () => {
    harness = await createHarness();
    seed(harness, { consent: '2025-01' }); // an earlier text
    const anna = harness.person('anna', { chatId: 'anna' });
    const [asked] = await anna.say('hallo');
    expect(asked!.text).toContain(harness.app.services.translator.t('nl', 'onboarding.consent.question'));
    expect(asked!.choices?.map((c) => c.id)).toEqual(['pv:consent:yes', 'pv:consent:no']);
    expect((await anna.say('/mydata'))[0]!.attachment).toBeDefined();
    expect((await anna.press('pv:consent:no'))[0]!.text).toContain('/forget');
    await anna.say('hallo');
    expect((await anna.press('pv:consent:yes'))[0]!.text).toBe(harness.app.services.translator.t('nl', 'privacy.consent.thanks'));
    expect(harness.app.services.store.get('members', 'm_anna')?.consent?.version).toBe(PRIVACY_VERSION);
    const [normal] = await anna.say('hallo');
    expect(normal!.choices ?? []).toEqual([]);
  });
});

describe('retention', () => {
  it('erases members of groups that ended more than RETENTION_MONTHS ago at 03:30, keeps coordinators, deletes older backups', async () => {
    harness = await createHarness({ RETENTION_MONTHS: '6' });
    seed(harness, { endsAt: harness.clock.now() - 200 * DAY });
    const backups = path.join(harness.dataDir, 'backups');
    mkdirSync(backups, { recursive: true });
    const old = path.join(backups, 'old-backup.json');
    const recent = path.join(backups, 'recent-backup.json');
    writeFileSync(old, '{}');
    writeFileSync(recent, '{}');
    const oldTime = (harness.clock.now() - 200 * DAY) / 1000;
    utimesSync(old, oldTime, oldTime);
    harness.clock.advance(17 * 3_600_000); // Tuesday 04:00 in Amsterdam: the 03:30 run is due
    harness.app.scheduler.tick();
    const { store } = harness.app.services;
    expect(store.get('members', 'm_samira')).toBeUndefined();
    expect(store.get('members', 'm_anna')).toBeUndefined();
    expect(store.get('members', 'm_carla')).toBeDefined();
    expect(store.get('groups', 'g1')).toMatchObject({ memberIds: [], formerMembers: 2 });
    expect(existsSync(old)).toBe(false);
    expect(existsSync(recent)).toBe(true);
  });

  it('keeps members of a group that ended recently', async () => {
    harness = await createHarness({ RETENTION_MONTHS: '6' });
    seed(harness, { endsAt: harness.clock.now() - 30 * DAY });
    harness.clock.advance(DAY);
    harness.app.scheduler.tick();
    expect(harness.app.services.store.get('members', 'm_samira')).toBeDefined();
  });
});
