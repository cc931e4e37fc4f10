// Meetups in the store: ids, who belongs to a meetup and where they read it, names and labels, and the group-health read.
import { randomBytes } from 'node:crypto';
import { groupChatAddress, memberAddress, type Services } from '../../core/services.js';
import { canSeeGroup } from '../../core/scope.js';
import { chatKey, type Address } from '../../core/types.js';
import { formatShortWhen, formatWhen } from '../../core/when/index.js';
import { SOURCE_LOCALE } from '../../i18n/i18n.js';
import type { Store } from '../../store/store.js';
import type { Group, Meetup, MeetupOutcome, Member } from '../../store/schema.js';

/** Texts the bot posts by itself into a group chat are in the source language (Dutch), like the chats feature does. */
export const GROUP_LOCALE = SOURCE_LOCALE;
export const MAX_OPTIONS = 4;
export const DEFAULT_REMINDER_HOURS = [24, 2];
/** The reminder choices a group can make (hours before). */
export const REMINDER_PRESETS: Record<string, number[]> = { both: [24, 2], h24: [24], h2: [2], off: [] };
/** How long a meetup lasts in the calendar file. */
export const MEETUP_DURATION_MS = 2 * 3_600_000;

/** 8 characters from a-z0-9 (40 bits): short enough for Telegram's 64-byte callback data with room to spare. */
export function newMeetupId(): string {
  const alphabet = 'abcdefghijkmnpqrstuvwxyz23456789';
  return [...randomBytes(8)].map((byte) => alphabet[byte % alphabet.length]).join('');
}

export function meetupGroup(store: Store, meetup: Meetup): Group | undefined {
  return store.get('groups', meetup.groupId);
}

/** Current members of a group. */
export function groupMembers(store: Store, group: Group): Member[] {
  return group.memberIds.flatMap((id) => store.get('members', id) ?? []).filter((member) => member.groupIds.includes(group.id));
}

/** The group's active group chat (Telegram, or the playground's group pane), if it has one. */
export function groupChat(store: Store, group: Group): Address | undefined {
  const chat = groupChatAddress(store, group);
  return chat && { channel: chat.channel, chatId: chat.chatId };
}

/** True when `member` reads (and votes in) the group chat: a volunteer or coordinator on the chat's platform. */
export function inGroupChat(member: Member, chat: Address | undefined): boolean {
  if (!chat || member.role === 'newcomer') return false;
  return member.identities.some((identity) => identity.startsWith(`${chat.channel}:`));
}

/** Who gets a meetup message 1:1 (and where): `poll` — everyone not in the group chat; `notice` — also group-chat readers whose language is not the chat's. */
export function personalRecipients(store: Store, group: Group, purpose: 'poll' | 'notice'): Array<{ member: Member; to: Address }> {
  const chat = groupChat(store, group);
  return groupMembers(store, group).flatMap((member) => {
    const covered = inGroupChat(member, chat) && (purpose === 'poll' || member.locale === GROUP_LOCALE);
    const to = memberAddress(member);
    return covered || !to ? [] : [{ member, to }];
  });
}

export function reminderHours(store: Store, groupId: string): number[] {
  return store.get('meetupSettings', groupId)?.reminderHours ?? DEFAULT_REMINDER_HOURS;
}

/** A voter as the group sees them: newcomers by first name only. */
export function publicName(member: Member): string {
  return member.role === 'newcomer' ? (member.name.trim().split(/\s+/)[0] ?? member.name) : member.name;
}

/** What the meetup is, in a language: the typed title, or the activity's name. */
export function titleOf(services: Services, meetup: Meetup, locale: string): string {
  return meetup.activity === 'other' && meetup.title ? meetup.title : services.translator.t(locale, `meetups.activity.${meetup.activity}`);
}

export function placeOf(services: Services, meetup: Meetup, locale: string): string {
  return meetup.place.kind === 'online' ? services.translator.t(locale, 'meetups.online_at', { link: meetup.place.link }) : meetup.place.text;
}

export function when(meetup: Meetup, at: number, locale: string): string {
  return formatWhen(at, { locale, timeZone: meetup.timeZone });
}

export function shortWhen(meetup: Meetup, at: number, locale: string): string {
  return formatShortWhen(at, { locale, timeZone: meetup.timeZone });
}

/** The proposer, or a coordinator who may see the group. */
export function canManage(member: Member | undefined, meetup: Meetup, group: Group | undefined): boolean {
  if (!member) return false;
  if (member.id === meetup.proposerId) return true;
  return member.role === 'coordinator' && group !== undefined && canSeeGroup(member, group);
}

/** A member of the group (or a coordinator who may see it) may vote and answer. */
export function mayTakePart(member: Member | undefined, group: Group | undefined): member is Member {
  return member !== undefined && group !== undefined && canSeeGroup(member, group);
}

/** Upcoming meetups (open polls, and confirmed ones not yet over) of some groups, soonest first. */
export function upcomingMeetups(store: Store, groupIds: string[], now: number): Meetup[] {
  const wanted = new Set(groupIds);
  return store
    .values('meetups')
    .filter((m) => wanted.has(m.groupId) && (m.status === 'polling' || (m.status === 'confirmed' && (m.at ?? 0) + MEETUP_DURATION_MS > now)))
    .sort((a, b) => (a.at ?? Math.min(...a.options)) - (b.at ?? Math.min(...b.options)));
}

/** Every recorded answer to "did it happen?" of a group, newest meetup first. */
export function meetupOutcomes(store: Store, groupId: string): MeetupOutcome[] {
  return store
    .values('meetupOutcomes')
    .filter((outcome) => outcome.groupId === groupId)
    .sort((a, b) => b.at - a.at);
}

/**
 * The most recent meetup of a group that took place (its proposer said yes the morning after), or undefined.
 * For group health (commitments): `Date.now() - lastMeetupHeld(store, id)?.at` is how long since the group last met.
 */
export function lastMeetupHeld(store: Store, groupId: string): MeetupOutcome | undefined {
  return meetupOutcomes(store, groupId).find((outcome) => outcome.held);
}

/** `channel:chatId` of an address (prompts remember where they were asked). */
export function chatOf(address: Address): string {
  return chatKey(address);
}
