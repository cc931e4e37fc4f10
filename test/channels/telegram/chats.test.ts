// The chats feature through the real core (local channel): /link, the bot added or removed, migration, people joining a linked chat.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ChatEvent } from '../../../src/core/feature.js';
import type { Address } from '../../../src/core/types.js';
import { FSI, PDI } from '../../../src/i18n/i18n.js';
import { createHarness, seedCoordinator, texts, type Harness, type Person } from '../../helpers/harness.js';

let harness: Harness;
beforeEach(async () => {
  harness = await createHarness();
});
afterEach(async () => {
  await harness.close();
});

const GROUP_CHAT: Address = { channel: 'local', chatId: '-500' };
const plain = (text: string) => text.replaceAll(FSI, '').replaceAll(PDI, '');

async function event(e: ChatEvent): Promise<void> {
  await harness.app.handleEvent(e);
  await harness.app.delivery.idle();
}

/** Bot messages in the local group chat since the last call. */
function groupChat() {
  let seen = 0;
  return () => {
    const replies = harness.app.local.repliesSince(GROUP_CHAT.chatId, seen);
    seen = harness.app.local.lastId();
    return replies.map((m) => plain(m.text)).join('\n---\n');
  };
}

async function createGroup(coordinator: Person, name = 'Zwolle Zuid'): Promise<{ groupId: string; volunteer: string }> {
  await coordinator.say('/newgroup');
  await coordinator.say(name);
  await coordinator.say('Zwolle');
  const created = texts(await coordinator.press('welkomgroep'));
  const volunteer = /vrijwilligers: \u2068([A-Z0-9-]+)\u2069/.exec(created)?.[1];
  const group = harness.app.services.store.values('groups').find((g) => g.name === name);
  if (!volunteer || !group) throw new Error(`no group in: ${created}`);
  return { groupId: group.id, volunteer };
}

describe('chats feature', () => {
  it('introduces itself, links with /link <code>, and invites newcomers of the chat with a deep link', async () => {
    const coordinator = await seedCoordinator(harness);
    const { groupId, volunteer } = await createGroup(coordinator);
    const chat = groupChat();
    const inGroup = (userId: string) => harness.person(userId, { chatId: GROUP_CHAT.chatId, chatType: 'group' });

    await event({ type: 'chat.added', address: GROUP_CHAT, title: 'Zwolle chat', byUserId: 'coord' });
    expect(chat()).toContain('/link');
    const store = harness.app.services.store;
    expect(store.get('chats', 'local:-500')).toMatchObject({ status: 'active', title: 'Zwolle chat', kind: 'group' });
    expect(store.get('chats', 'local:-500')?.groupId).toBeUndefined();

    // Guests may not link; a wrong code is refused and counted; the right one links.
    expect(texts(await inGroup('stranger').say(`/link ${volunteer}`))).toContain(harness.app.services.translator.t('nl', 'common.not_allowed'));
    const carla = inGroup('coord');
    expect(texts(await carla.say('/link'))).toContain('/link');
    expect(texts(await carla.say('/link AAAA-BBBB-CCCC-DDDD'))).toContain('Deze code ken ik niet');
    expect(plain(texts(await carla.say(`/link ${volunteer.toLowerCase()}`)))).toContain('Gelukt! Deze chat hoort nu bij Zwolle Zuid');
    expect(store.get('chats', 'local:-500')).toMatchObject({ groupId, status: 'active', title: 'Zwolle chat' });
    expect(store.get('groups', groupId)?.chatKeys).toEqual(['local:-500']);
    expect(plain(texts(await carla.say(`/link ${volunteer}`)))).toContain('hoort al bij Zwolle Zuid');
    expect(store.get('invites', volunteer.replaceAll('-', ''))?.usesLeft).toBe(10); // linking uses no invite
    expect(plain(texts(await carla.say('/mygroup')))).toContain('Zwolle Zuid in Zwolle');

    // People join: only those not yet in the group are invited, bots never.
    harness.app.services.links.register('local', (code) => `https://example.org/join/${code}`);
    await event({ type: 'chat.members_joined', address: GROUP_CHAT, users: [{ userId: 'new1', name: '<b>Ali</b> & Co' }, { userId: 'bot', name: 'Other bot', isBot: true }] });
    const invitation = chat();
    expect(invitation).toContain('Welkom in deze chat, <b>Ali</b> & Co!');
    expect(invitation).toContain(`https://example.org/join/${volunteer.replaceAll('-', '')}`);
    expect(invitation).not.toContain('Other bot');
    await event({ type: 'chat.members_joined', address: GROUP_CHAT, users: [{ userId: 'coord', name: 'Carla' }] });
    expect(chat()).toBe(''); // coordinators are not invited to join as volunteers
  });

  it('tells coordinators when the bot is removed, once; adding it back restores the link', async () => {
    const coordinator = await seedCoordinator(harness);
    const { groupId, volunteer } = await createGroup(coordinator);
    await coordinator.inbox();
    await event({ type: 'chat.added', address: GROUP_CHAT });
    await harness.person('coord', { chatId: GROUP_CHAT.chatId, chatType: 'group' }).say(`/link ${volunteer}`);
    const chat = groupChat();

    await event({ type: 'chat.removed', address: GROUP_CHAT, reason: 'kicked' });
    await event({ type: 'chat.removed', address: GROUP_CHAT, reason: 'kicked' });
    const store = harness.app.services.store;
    expect(store.get('chats', 'local:-500')).toMatchObject({ status: 'removed', groupId });
    const notices = await coordinator.inbox();
    expect(notices).toHaveLength(1);
    expect(plain(notices[0]!.text)).toContain('Welkom zit niet meer in de groepschat van Zwolle Zuid');

    await event({ type: 'chat.added', address: GROUP_CHAT });
    expect(chat()).toContain('Ik ben er weer! Deze chat hoort bij Zwolle Zuid.');
    expect(store.get('chats', 'local:-500')).toMatchObject({ status: 'active', groupId });
  });

  it('moves everything to the new id when a group becomes a supergroup, once', async () => {
    const coordinator = await seedCoordinator(harness);
    const { groupId, volunteer } = await createGroup(coordinator);
    await event({ type: 'chat.added', address: GROUP_CHAT });
    const carla = harness.person('coord', { chatId: GROUP_CHAT.chatId, chatType: 'group' });
    await carla.say(`/link ${volunteer}`);
    const { store, outbox, clock } = harness.app.services;
    // A message waiting for later, and a conversation running in the old chat.
    const waiting = outbox.enqueue({ to: GROUP_CHAT, message: { text: 'later', kind: 'notice' }, priority: 'bulk', notBefore: clock.now() + 3_600_000 })!;
    const now = clock.now();
    store.put('conversations', 'local:-500:coord', {
      key: 'local:-500:coord', flowId: 'newgroup', stepIndex: 0, askToken: 'tok123', tries: 0, vars: {},
      address: GROUP_CHAT, channel: 'local', userId: 'coord', startedAt: now, expiresAt: now + 3_600_000,
    });
    await store.committed();

    const migrated: ChatEvent = { type: 'chat.migrated', from: GROUP_CHAT, to: { channel: 'local', chatId: '-100500' } };
    await event(migrated);
    await event(migrated);
    expect(store.get('chats', 'local:-100500')).toMatchObject({ groupId, status: 'active', address: { chatId: '-100500' } });
    expect(store.get('chats', 'local:-500')).toMatchObject({ status: 'removed', migratedTo: 'local:-100500' });
    expect(store.get('groups', groupId)?.chatKeys).toEqual(['local:-100500']);
    expect(store.get('outbox', waiting.id)?.to).toEqual({ channel: 'local', chatId: '-100500' });
    expect(store.get('conversations', 'local:-500:coord')).toBeUndefined();
    expect(store.get('conversations', 'local:-100500:coord')).toMatchObject({ flowId: 'newgroup', address: { chatId: '-100500' } });
    // The running flow goes on in the new chat.
    const inNew = harness.person('coord', { chatId: '-100500', chatType: 'group' });
    expect(texts(await inNew.say('Nieuwe groep'))).toContain('In welke gemeente');
  });

  it('marks a person who blocked the bot unreachable, and reachable again when unblocked', async () => {
    const address: Address = { channel: 'local', chatId: '4242' };
    await event({ type: 'chat.removed', address, reason: 'blocked' });
    const { store } = harness.app.services;
    expect(store.get('contacts', 'local:4242')?.unreachable).toMatchObject({ reason: 'blocked' });
    await event({ type: 'chat.added', address });
    expect(store.get('contacts', 'local:4242')).toEqual({ key: 'local:4242' });
    expect(harness.app.local.repliesSince('4242')).toEqual([]); // no group introduction in a private chat
  });
});
