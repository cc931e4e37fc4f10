// The playground's people and chats: who they are, which platform they imitate, and which chats they may write in.
import type { MemberRole } from '../core/types.js';
import type { Locale } from '../i18n/i18n.js';

export type Platform = 'telegram' | 'whatsapp';

/** A person a tester can write as. `id` is also their local user id and their 1:1 chat id. */
export interface PersonaSpec {
  id: string;
  /** Suggested name (the platform's profile name); a member's own name wins once they joined. */
  name: string;
  role: MemberRole;
  platform: Platform;
  /** Language at the start (and after "Reset demo"). */
  locale: Locale;
  /** Seeded as a member of the demo group; the newcomer joins through the real join flow instead. */
  seeded: boolean;
}

/** A chat shown as one pane. */
export interface ChatSpec {
  id: string;
  type: 'private' | 'group';
  platform: Platform;
  /** Personas who may write here (a 1:1 chat: its owner). */
  writers: string[];
}

export const DEMO_GROUP_NAME = 'Welkomgroep Demo';
export const DEMO_MUNICIPALITY = 'Utrecht';
export const DEMO_GROUP_CHAT = 'demo-group';
/** Every local user and chat id of the playground starts with this, so demo traces can be found and removed. */
export const DEMO_PREFIX = 'demo-';

export const PERSONAS: readonly PersonaSpec[] = [
  { id: 'demo-newcomer', name: 'Samira', role: 'newcomer', platform: 'whatsapp', locale: 'ar', seeded: false },
  { id: 'demo-anna', name: 'Anna', role: 'volunteer', platform: 'telegram', locale: 'nl', seeded: true },
  { id: 'demo-ben', name: 'Ben', role: 'volunteer', platform: 'telegram', locale: 'uk', seeded: true },
  { id: 'demo-coordinator', name: 'Carla', role: 'coordinator', platform: 'telegram', locale: 'nl', seeded: true },
];

export const CHATS: readonly ChatSpec[] = [
  { id: 'demo-newcomer', type: 'private', platform: 'whatsapp', writers: ['demo-newcomer'] },
  { id: DEMO_GROUP_CHAT, type: 'group', platform: 'telegram', writers: ['demo-anna', 'demo-ben'] },
  { id: 'demo-anna', type: 'private', platform: 'telegram', writers: ['demo-anna'] },
  { id: 'demo-ben', type: 'private', platform: 'telegram', writers: ['demo-ben'] },
  { id: 'demo-coordinator', type: 'private', platform: 'telegram', writers: ['demo-coordinator'] },
];

export function persona(id: string): PersonaSpec | undefined {
  return PERSONAS.find((p) => p.id === id);
}

export function chat(id: string): ChatSpec | undefined {
  return CHATS.find((c) => c.id === id);
}
