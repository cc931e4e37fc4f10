// /mydata: everything welkom keeps about one member, collected from the core collections and from every feature.
import type { Feature } from '../../core/feature.js';
import type { Services } from '../../core/services.js';
import type { Member } from '../../store/schema.js';

/** The member's data as plain JSON: core records first, then one section per feature that keeps something. */
export function collectMemberData(services: Services, member: Member, features: readonly Feature[]): Record<string, unknown> {
  const { store } = services;
  const identities = new Set(member.identities);
  const userIds = new Set(member.identities.map((key) => key.slice(key.indexOf(':') + 1)));
  const groups = member.groupIds.flatMap((id) => store.get('groups', id) ?? []).map((g) => ({ id: g.id, name: g.name, municipality: g.municipality, startsAt: iso(g.startsAt), endsAt: iso(g.endsAt) }));
  const conversations = [...store.values('conversations')].filter((c) => identities.has(`${c.channel}:${c.userId}`)).map((c) => ({ flow: c.flowId, startedAt: iso(c.startedAt), answers: c.vars }));
  const messages = [...store.values('outbox')]
    .filter((item) => item.memberId === member.id || identities.has(`${item.to.channel}:${item.to.chatId}`))
    .sort((a, b) => a.createdAt - b.createdAt)
    .map((item) => ({ at: iso(item.createdAt), state: item.state, kind: item.message.kind, text: item.message.text, ...(item.delivery ? { delivery: item.delivery } : {}) }));
  const contacts = [...store.values('contacts')].filter((c) => identities.has(c.key)).map((c) => ({ ...c, lastInboundAt: c.lastInboundAt ? iso(c.lastInboundAt) : undefined }));
  const chats = [...store.values('chats')].filter((c) => c.kind === 'private' && userIds.has(c.address.chatId) && identities.has(`${c.address.channel}:${c.address.chatId}`)).map((c) => ({ key: c.key, status: c.status }));
  const auditLines = [...store.values('audit')].filter((a) => a.actor === member.id || a.subject === member.id).map((a) => ({ at: iso(a.at), action: a.action, ...(a.size !== undefined ? { size: a.size } : {}) }));
  const invites = [...store.values('invites')].filter((i) => i.createdBy === member.id).map((i) => ({ group: i.groupId, role: i.role, createdAt: iso(i.createdAt), expiresAt: iso(i.expiresAt) }));
  const sections: Record<string, unknown> = {};
  for (const feature of features) {
    const data = feature.privacy?.export?.(member.id, services);
    if (data && Object.keys(data).length > 0) sections[feature.name] = data;
  }
  return {
    exportedAt: iso(services.clock.now()),
    member: {
      id: member.id,
      name: member.name,
      role: member.role,
      language: member.locale,
      accounts: member.identities,
      timeZone: member.timeZone,
      createdAt: iso(member.createdAt),
      consent: member.consent ? { at: iso(member.consent.at), version: member.consent.version } : undefined,
      profile: member.profile,
      ...(member.quietHours ? { quietHours: member.quietHours } : {}),
      ...(member.scope ? { scope: member.scope } : {}),
    },
    groups,
    conversations,
    messagesToYou: messages,
    reachability: contacts,
    chats,
    invitesYouMade: invites,
    auditLinesAboutYou: auditLines,
    ...sections,
  };
}

function iso(ms: number): string {
  return new Date(ms).toISOString();
}
