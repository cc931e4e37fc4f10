// Shared set-up of the meetup scenarios: a Welcome Group with a group chat, two volunteers, a newcomer and a coordinator on the local channel.
import { advanceTime } from '../../src/playground/time.js';
import type { Harness, Person } from '../helpers/harness.js';
import type { Member, Meetup } from '../../src/store/schema.js';

export interface MeetupCast {
  groupId: string;
  /** Anna in the group chat and 1:1. */
  annaGroup: Person;
  anna: Person;
  benGroup: Person;
  ben: Person;
  samira: Person;
  carla: Person;
}

function member(id: string, name: string, role: Member['role'], locale: string, groupIds: string[], now: number): Member {
  return { id: `m_${id}`, name, role, locale, identities: [`local:${id}`], groupIds, profile: {}, timeZone: 'Europe/Amsterdam', createdAt: now, consent: { at: now, version: 'test' } };
}

/** Seeds the group "Utrecht Oost" with chat `grp`; Anna (nl) and Ben (uk) volunteers, Samira (ar) newcomer, Carla (nl) coordinator. */
export async function seedMeetupGroup(harness: Harness): Promise<MeetupCast> {
  const { store } = harness.app.services;
  const now = harness.clock.now();
  const groupId = 'g_test1';
  const people = [
    member('anna', 'Anna de Vries', 'volunteer', 'nl', [groupId], now),
    member('ben', 'Ben', 'volunteer', 'uk', [groupId], now),
    member('samira', 'Samira Haddad', 'newcomer', 'ar', [groupId], now),
    member('carla', 'Carla', 'coordinator', 'nl', [], now),
  ];
  for (const person of people) {
    store.put('members', person.id, person);
    store.put('identities', person.identities[0]!, { key: person.identities[0]!, memberId: person.id });
  }
  store.put('groups', groupId, {
    id: groupId,
    name: 'Utrecht Oost',
    municipality: 'Utrecht',
    kind: 'welkomgroep',
    memberIds: ['m_anna', 'm_ben', 'm_samira'],
    chatKeys: ['local:grp'],
    createdBy: 'm_carla',
    startsAt: now,
    endsAt: now + 365 * 86_400_000,
  });
  store.put('chats', 'local:grp', { key: 'local:grp', address: { channel: 'local', chatId: 'grp' }, kind: 'group', title: 'Utrecht Oost', groupId, status: 'active', updatedAt: now });
  await store.committed();
  harness.app.local.setCommandStyle('samira', 'keyword');
  return {
    groupId,
    annaGroup: harness.person('anna', { chatId: 'grp', chatType: 'group' }),
    anna: harness.person('anna'),
    benGroup: harness.person('ben', { chatId: 'grp', chatType: 'group' }),
    ben: harness.person('ben'),
    samira: harness.person('samira'),
    carla: harness.person('carla'),
  };
}

/** The only meetup in the store (or the newest). */
export function latestMeetup(harness: Harness): Meetup {
  const all = harness.app.services.store.values('meetups').sort((a, b) => b.createdAt - a.createdAt);
  if (!all[0]) throw new Error('no meetup stored');
  return all[0];
}

/** Anna proposes a meetup in the group chat with the given typed times; returns the stored meetup. */
export async function propose(cast: MeetupCast, harness: Harness, times: string[], options: { deadline?: 'none' | 'd1' | 'd2'; repeat?: 'once' | 'weekly' | 'biweekly' | 'monthly' } = {}): Promise<Meetup> {
  const anna = cast.annaGroup;
  await anna.say('/meetup');
  await anna.press('coffee');
  for (const [index, time] of times.entries()) {
    await anna.say(time);
    await anna.press(index === times.length - 1 ? 'done' : 'add');
  }
  await anna.press('place');
  await anna.say('Bibliotheek Oost');
  await anna.press(options.deadline ?? 'none');
  await anna.press(options.repeat ?? 'once');
  return latestMeetup(harness);
}

/** Moves the clock like the playground's clock buttons: every job due on the way runs at its time, then delivery settles. */
export async function advance(harness: Harness, ms: number): Promise<void> {
  const { app, clock } = harness;
  await advanceTime({ clock, services: app.services, scheduler: app.scheduler, delivery: app.delivery, settle: () => app.delivery.idle() }, ms);
}

/** Advances to an instant. */
export async function advanceTo(harness: Harness, at: number): Promise<void> {
  await advance(harness, at - harness.clock.now());
}

/** A volunteer of another group, to press buttons that are not theirs. */
export async function seedStranger(harness: Harness): Promise<Person> {
  const { store } = harness.app.services;
  const now = harness.clock.now();
  const dave = member('dave', 'Dave', 'volunteer', 'nl', ['g_other'], now);
  store.put('members', dave.id, dave);
  store.put('identities', 'local:dave', { key: 'local:dave', memberId: dave.id });
  await store.committed();
  return harness.person('dave');
}
