// The permission table, walked for real: every registered command (features and flows, also those added later) sent by
// every kind of person in a 1:1 chat and a group chat; allowed ⇒ the command answers, otherwise a localized refusal.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/app.js';
import { allowed } from '../../src/core/commands.js';
import { permissionMarkdown, PERMISSIONS_BEGIN, PERMISSIONS_END } from '../../src/core/permissions.js';
import { STANDINGS, type Standing } from '../../src/core/scope.js';
import type { Member } from '../../src/store/schema.js';
import { createHarness, type Harness } from '../helpers/harness.js';

let harness: Harness;
beforeAll(async () => {
  // The walk sends hundreds of commands per person within a second: the flood guard (tested elsewhere) is off here.
  harness = await createHarness({ LOG_LEVEL: 'silent' }, { inboundLimits: { burst: 20, perMinute: 0 } });
  const { store } = harness.app.services;
  for (const [id, municipality] of [['g_utrecht', 'Utrecht'], ['g_zeist', 'Zeist']] as const) {
    store.put('groups', id, { id, name: `Welkomgroep ${municipality}`, municipality, kind: 'welkomgroep', memberIds: [], chatKeys: [], createdBy: 'test', startsAt: 0, endsAt: Date.UTC(2030, 0, 1) });
  }
  await store.committed();
});
afterAll(async () => {
  await harness.close();
});

/** Each kind of person, in a different language (so the refusals are shown to be localized). */
const PEOPLE: Record<Standing, { locale: string; member?: Omit<Member, 'id' | 'identities'> }> = {
  guest: { locale: 'nl' },
  newcomer: { locale: 'ar', member: { name: 'Rima', role: 'newcomer', locale: 'ar', groupIds: ['g_utrecht'], profile: {}, timeZone: 'Europe/Amsterdam', createdAt: 0 } },
  volunteer: { locale: 'uk', member: { name: 'Olena', role: 'volunteer', locale: 'uk', groupIds: ['g_utrecht'], profile: {}, timeZone: 'Europe/Amsterdam', createdAt: 0 } },
  coordinator: { locale: 'en', member: { name: 'Sam', role: 'coordinator', locale: 'en', groupIds: [], profile: {}, timeZone: 'Europe/Amsterdam', createdAt: 0, scope: { municipalities: ['Utrecht'] } } },
  national_coordinator: { locale: 'tr', member: { name: 'Carla', role: 'coordinator', locale: 'tr', groupIds: [], profile: {}, timeZone: 'Europe/Amsterdam', createdAt: 0 } },
};

/** Puts the person back as they were (a command such as /stop or /forget may have changed or erased them). */
function seat(standing: Standing): string {
  const { store } = harness.app.services;
  const userId = `perm-${standing}`;
  const key = `local:${userId}`;
  store.delete('conversations', `local:${userId}:${userId}`);
  store.delete('conversations', `local:perm-group:${userId}`);
  const spec = PEOPLE[standing].member;
  if (!spec) {
    const identity = store.get('identities', key);
    if (identity) store.delete('members', identity.memberId);
    store.delete('identities', key);
    return userId;
  }
  store.put('members', `m_${userId}`, { ...structuredClone(spec), id: `m_${userId}`, identities: [key] });
  store.put('identities', key, { key, memberId: `m_${userId}` });
  return userId;
}

const REFUSALS = { role: 'common.not_allowed', national: 'common.only_national', chat: '' } as const;

describe('permission table', () => {
  it('README shows the table of the registered commands (run `npm run permissions` after adding a command)', () => {
    const readme = readFileSync(path.join(PROJECT_ROOT, 'README.md'), 'utf8');
    const table = readme.slice(readme.indexOf(PERMISSIONS_BEGIN) + PERMISSIONS_BEGIN.length, readme.indexOf(PERMISSIONS_END)).trim();
    expect(table, 'README.md permission table is out of date: run `npm run permissions`').toBe(permissionMarkdown(harness.app.router.list()));
  });

  it('walks every command × every role and scope × 1:1 and group chat', async () => {
    const { translator } = harness.app.services;
    const commands = harness.app.router.list();
    expect(commands.length).toBeGreaterThan(10);
    const problems: string[] = [];
    for (const standing of STANDINGS) {
      const { locale } = PEOPLE[standing];
      for (const chatType of ['private', 'group'] as const) {
        for (const command of commands) {
          const userId = seat(standing);
          await harness.app.services.store.committed();
          const person = harness.person(userId, chatType === 'group' ? { chatId: 'perm-group', chatType: 'group', languageCode: locale } : { languageCode: locale });
          await person.inbox(); // forget earlier messages
          const replies = (await person.say(`/${command.name}`)).map((m) => m.text).join('\n');
          const verdict = allowed(command, standing, chatType);
          const refusal =
            verdict === 'chat' ? translator.t(locale, chatType === 'group' ? 'common.only_private' : 'common.only_group') : verdict === 'ok' ? undefined : translator.t(locale, REFUSALS[verdict]);
          const label = `/${command.name} as ${standing} in a ${chatType} chat`;
          if (replies.includes(translator.t(locale, 'common.error'))) problems.push(`${label}: crashed`);
          else if (refusal !== undefined && replies !== refusal) problems.push(`${label}: expected the refusal "${refusal}", got "${replies}"`);
          else if (refusal === undefined) {
            for (const key of ['common.not_allowed', 'common.only_national', 'common.only_private', 'common.only_group']) {
              if (replies.includes(translator.t(locale, key))) problems.push(`${label}: allowed by the table, but refused`);
            }
          }
          await person.say('/cancel');
        }
      }
    }
    expect(problems).toEqual([]);
  }, 120_000);

  it('a scoped coordinator naming another municipality’s group is refused before the command runs', async () => {
    const userId = seat('coordinator');
    await harness.app.services.store.committed();
    const sam = harness.person(userId);
    await sam.inbox();
    const { translator } = harness.app.services;
    for (const command of harness.app.router.list().filter((c) => c.groupArg && allowed(c, 'coordinator', 'private') === 'ok')) {
      const replies = (await sam.say(`/${command.name} Welkomgroep Zeist`)).map((m) => m.text).join('\n');
      expect(replies, `/${command.name}`).toBe(translator.t('en', 'common.scope.outside', { name: 'Welkomgroep Zeist', municipalities: 'Utrecht' }));
      await sam.say('/cancel');
    }
  });
});
