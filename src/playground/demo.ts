// Demo data of the playground: seed "Welkomgroep Demo" with its people, remove every trace of it, or reset it.
import { randomBytes } from 'node:crypto';
import type { LocalChannel } from '../channels/local/local-channel.js';
import type { Services } from '../core/services.js';
import { PRIVACY_VERSION } from '../core/privacy.js';
import { identityKey } from '../core/types.js';
import { createInvite } from '../features/onboarding/invites.js';
import { ensureDigestJobs } from '../features/plan/digest.js';
import { ensurePlan } from '../features/plan/plan.js';
import { COLLECTIONS, type Group, type Invite, type Member } from '../store/schema.js';
import { CHATS, DEMO_GROUP_CHAT, DEMO_GROUP_NAME, DEMO_MUNICIPALITY, DEMO_PREFIX, PERSONAS } from './personas.js';

/** `meta` key remembering whether the demo was seeded or removed on purpose (then it is not seeded again at start). */
export const DEMO_META_KEY = 'playground.demo';
const DAY = 86_400_000;
/** The demo invite outlives many "+1 day" jumps. */
const DEMO_INVITE_DAYS = 365;

export interface DemoView {
  group: Group;
  /** The newcomer invite the WhatsApp pane offers to send. */
  invite?: Invite;
}

/** The demo group and its newcomer invite, when the demo is present. */
export function findDemo(services: Pick<Services, 'store' | 'clock'>): DemoView | undefined {
  const { store, clock } = services;
  const group = store.values('groups').find((g) => g.demo === true);
  if (!group) return undefined;
  const now = clock.now();
  const invite = store
    .values('invites')
    .filter((i) => i.groupId === group.id && i.role === 'newcomer' && i.usesLeft > 0 && i.expiresAt > now)
    .sort((a, b) => b.createdAt - a.createdAt)[0];
  return { group, invite };
}

/** Seeds the demo the first time the playground is used (not again after "Remove demo data"). */
export function ensureDemo(services: Services): void {
  if (services.store.get('meta', DEMO_META_KEY)) return;
  seedDemo(services);
  ensureDigestJobs(services);
}

/** Creates the demo group, its coordinator and volunteers, its group chat and a newcomer invite. Every entity is marked `demo`. */
export function seedDemo(services: Pick<Services, 'store' | 'clock' | 'config'>): DemoView {
  const { store, clock, config } = services;
  const now = clock.now();
  // A fresh suffix per seeding keeps ids (and outbox keys built from them) from repeating after a reset.
  const suffix = randomBytes(3).toString('hex');
  const memberId = (personaId: string) => `m_${personaId.replace(DEMO_PREFIX, 'demo_')}_${suffix}`;
  const coordinator = PERSONAS.find((p) => p.role === 'coordinator');
  const group: Group = {
    id: `g_demo_${suffix}`,
    name: DEMO_GROUP_NAME,
    municipality: DEMO_MUNICIPALITY,
    kind: 'welkomgroep',
    memberIds: [],
    chatKeys: [`local:${DEMO_GROUP_CHAT}`],
    createdBy: coordinator ? memberId(coordinator.id) : 'playground',
    startsAt: now,
    endsAt: now + 365 * DAY,
    demo: true,
  };
  for (const persona of PERSONAS) {
    if (!persona.seeded) continue;
    const key = identityKey('local', persona.id);
    const inGroup = persona.role !== 'coordinator';
    const member: Member = {
      id: memberId(persona.id),
      name: persona.name,
      role: persona.role,
      locale: persona.locale,
      identities: [key],
      groupIds: inGroup ? [group.id] : [],
      consent: { at: now, version: PRIVACY_VERSION },
      profile: {},
      timeZone: config.timeZone,
      createdAt: now,
      demo: true,
    };
    store.put('members', member.id, member);
    store.put('identities', key, { key, memberId: member.id });
    if (inGroup) group.memberIds.push(member.id);
  }
  store.put('groups', group.id, group);
  // The demo group has its settlement plan from the start (Carla's Monday digest job: ensureDemo and the playground's reset).
  ensurePlan(services, group, now);
  store.put('chats', `local:${DEMO_GROUP_CHAT}`, {
    key: `local:${DEMO_GROUP_CHAT}`,
    address: { channel: 'local', chatId: DEMO_GROUP_CHAT },
    kind: 'group',
    title: DEMO_GROUP_NAME,
    groupId: group.id,
    status: 'active',
    updatedAt: now,
  });
  const invite = createInvite(services, group.id, 'newcomer', group.createdBy, now);
  invite.expiresAt = now + DEMO_INVITE_DAYS * DAY;
  store.put('invites', invite.code, invite);
  store.put('meta', DEMO_META_KEY, { key: DEMO_META_KEY, value: { state: 'seeded', at: now } });
  return { group, invite };
}

/**
 * Removes the demo: its groups, people (also the newcomer who joined through the flow), chats, invites,
 * conversations, messages, jobs and audit lines, plus anything of a later feature that carries `demo`,
 * a demo `groupId` or a demo `memberId`. Members of real groups only lose their demo group.
 */
export function removeDemo(services: Pick<Services, 'store' | 'clock'>, local: Pick<LocalChannel, 'clear'>): void {
  const { store, clock } = services;
  const groupIds = new Set(store.values('groups').filter((g) => g.demo === true).map((g) => g.id));
  const isDemoIdentity = (key: string) => key.startsWith(`local:${DEMO_PREFIX}`);
  const memberIds = new Set(store.values('members').filter((m) => m.demo === true || m.identities.some(isDemoIdentity)).map((m) => m.id));
  const demoIds = new Set([...groupIds, ...memberIds]);

  for (const member of store.values('members')) {
    if (memberIds.has(member.id) || !member.groupIds.some((id) => groupIds.has(id))) continue;
    store.put('members', member.id, { ...member, groupIds: member.groupIds.filter((id) => !groupIds.has(id)) });
  }
  for (const collection of COLLECTIONS) {
    if (collection === 'meta' || collection === 'dedup') continue;
    // Entities differ per collection; only the shared fields below are read, so a loose record view is enough.
    for (const entity of store.values(collection) as unknown as Array<Record<string, unknown>>) {
      const id = [entity.id, entity.key, entity.code].find((value): value is string => typeof value === 'string');
      if (!id || (store.get(collection, id) as unknown) !== entity) continue;
      if (isDemoEntity(entity, { groupIds, memberIds, demoIds })) store.delete(collection, id);
    }
  }
  store.put('meta', DEMO_META_KEY, { key: DEMO_META_KEY, value: { state: 'removed', at: clock.now() } });
  for (const chat of CHATS) local.clear(chat.id);
}

function isDemoEntity(entity: Record<string, unknown>, ids: { groupIds: Set<string>; memberIds: Set<string>; demoIds: Set<string> }): boolean {
  const text = (value: unknown) => (typeof value === 'string' ? value : '');
  if (entity.demo === true) return true;
  if (ids.groupIds.has(text(entity.groupId)) || ids.groupIds.has(text(entity.inviteGroupId))) return true;
  if (ids.memberIds.has(text(entity.memberId)) || ids.memberIds.has(text(entity.id))) return true;
  if (ids.demoIds.has(text(entity.actor)) || ids.demoIds.has(text(entity.subject))) return true;
  const key = text(entity.key);
  if (key.startsWith(`local:${DEMO_PREFIX}`) || key.startsWith(`invite:local:${DEMO_PREFIX}`)) return true;
  const to = entity.to as { channel?: unknown; chatId?: unknown } | undefined;
  if (to && to.channel === 'local' && text(to.chatId).startsWith(DEMO_PREFIX)) return true;
  const payload = entity.payload as Record<string, unknown> | undefined;
  if (payload && (ids.groupIds.has(text(payload.groupId)) || ids.memberIds.has(text(payload.memberId)))) return true;
  return false;
}

/** Removes the demo and seeds it again: the state a tester starts from. */
export function resetDemo(services: Pick<Services, 'store' | 'clock' | 'config'>, local: Pick<LocalChannel, 'clear'>): DemoView {
  removeDemo(services, local);
  return seedDemo(services);
}
