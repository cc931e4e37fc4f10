// The shape of welkom's data: every collection and entity, and the current schema version.
import type { Address, ChannelName, MemberRole, Outbound } from '../core/types.js';

export const SCHEMA_VERSION = 1;

export type GroupKind = 'welkomgroep' | 'sponsorgroep';

export interface Group {
  id: string;
  name: string;
  municipality: string;
  kind: GroupKind;
  memberIds: string[];
  /** Linked group chats, e.g. `telegram:-100123`. */
  chatKeys: string[];
  createdBy: string;
  startsAt: number;
  endsAt: number;
  /** Members who left and asked to be forgotten: only their number is kept. */
  formerMembers?: number;
  /** Relay the newcomers' WhatsApp messages into the group chat and the volunteers' replies back (default on). */
  bridge?: boolean;
  demo?: boolean;
}

export interface Member {
  id: string;
  name: string;
  role: MemberRole;
  locale: string;
  /** `channel:userId` keys of this person, e.g. `telegram:42`, `whatsapp:31612345678`. */
  identities: string[];
  groupIds: string[];
  consent?: { at: number; version: string };
  profile: Record<string, string | string[]>;
  timeZone: string;
  quietHours?: { from: string; to: string };
  /** Coordinators only: the municipalities they work for. Absent ⇒ national (every group). */
  scope?: { municipalities: string[] };
  /** Said STOP (WhatsApp) or /stop (Telegram): no broadcasts or nudges until START (see src/core/opt-out.ts). */
  optOut?: { at: number; channel: ChannelName };
  createdAt: number;
  demo?: boolean;
}

export interface Invite {
  code: string;
  groupId: string;
  role: MemberRole;
  createdBy: string;
  createdAt: number;
  expiresAt: number;
  usesLeft: number;
}

/** A running flow in one conversation. */
export interface Conversation {
  key: string;
  flowId: string;
  stepIndex: number;
  /** Changes on every question, so an old button can be recognised. */
  askToken: string;
  tries: number;
  vars: Record<string, unknown>;
  address: Address;
  channel: ChannelName;
  userId: string;
  startedAt: number;
  expiresAt: number;
}

/** A chat the bot is in (mainly Telegram groups) and what it is linked to. */
export interface Chat {
  key: string;
  address: Address;
  kind: 'private' | 'group';
  title?: string;
  groupId?: string;
  status: 'active' | 'removed' | 'unreachable';
  migratedTo?: string;
  updatedAt: number;
}

export type OutboxState = 'queued' | 'sending' | 'sent' | 'failed' | 'held' | 'cancelled';

export interface OutboxItem {
  id: string;
  /** Idempotency key: the same key is never enqueued twice (job occurrence + recipient, or inbound + reply number). */
  key: string;
  to: Address;
  /** Member it is meant for, when known (for quiet hours, locale, WhatsApp window). */
  memberId?: string;
  message: Outbound;
  priority: 'interactive' | 'bulk';
  urgent: boolean;
  state: OutboxState;
  attempts: number;
  notBefore: number;
  createdAt: number;
  updatedAt: number;
  reason?: string;
  /** When the platform accepted it. */
  sentAt?: number;
  /** The platform's id of the sent message (WhatsApp wamid), for delivery statuses. */
  platformId?: string;
  delivery?: 'sent' | 'delivered' | 'read' | 'failed';
}

export interface Job {
  id: string;
  /** Name of a registered job handler. */
  type: string;
  /** Next time it is due (ms). */
  dueAt: number;
  /** For recurring jobs: at `time` (HH:MM) in `timeZone`, every day, or only on `weekday` (0 = Sunday … 6 = Saturday). */
  schedule?: { time: string; weekday?: number; timeZone: string };
  /** How late a missed occurrence may still run. */
  graceMs: number;
  payload: Record<string, unknown>;
  lastRunAt?: number;
}

/** One line of the audit log (src/core/audit.ts): who did what, when, to how many. Never message bodies. */
export interface AuditEvent {
  id: string;
  at: number;
  actor: string;
  action: string;
  subject?: string;
  /** How many people it concerned (e.g. a broadcast's audience). */
  size?: number;
  groupIds?: string[];
  municipalities?: string[];
  details?: Record<string, string | number>;
}

/** A broadcast: who sent what to which audience, and how far sending got (src/features/broadcast/). */
export interface Broadcast {
  id: string;
  createdBy: string;
  createdAt: number;
  state: 'scheduled' | 'sending' | 'done' | 'cancelled';
  audience: { groupIds: string[]; municipality?: string; roles: Array<'volunteer' | 'newcomer'>; locale?: string };
  /** The coordinator's texts per language (the coordinator's own announcement, not a member's message). */
  texts: Record<string, string>;
  /** A prepared message (texts in every language from locales/<lng>/broadcast.json) instead of written texts. */
  prepared?: string;
  /** Where progress and the report go (the coordinator's chat). */
  replyTo: Address;
  /** The coordinator's language for progress and report. */
  locale: string;
  scheduledAt?: number;
  startedAt?: number;
  finishedAt?: number;
  demo?: boolean;
  /** Outbox items of the recipients' messages (progress is counted from them). */
  itemIds: string[];
  /** Recipients (people) at the start, and those skipped because they said STOP. */
  recipients: number;
  optedOut: number;
  /** Progress edits made so far (each is a new outbox key). */
  edits: number;
}

/** Someone said no to the privacy text: only this is kept (no name, no number). */
export interface Refusal {
  id: string;
  at: number;
  channel: ChannelName;
  inviteGroupId?: string;
}

/** Per-sender counters that slow down repeated wrong invite codes. */
export interface Throttle {
  key: string;
  count: number;
  windowStart: number;
  blockedUntil?: number;
}

/** What we know about reaching one person on one channel (e.g. the WhatsApp 24-hour window). */
export interface Contact {
  /** `channel:userId`. */
  key: string;
  /** Last time this person wrote to us (opens WhatsApp's 24-hour window). */
  lastInboundAt?: number;
  /** The platform said this person cannot be reached (WhatsApp 131026, Telegram blocked). */
  unreachable?: { at: number; reason: string };
}

/** One promise in a group's settlement plan: a plan item (adopted from the template) or the group's own item. */
export interface Commitment {
  id: string;
  groupId: string;
  /** Area of the plan (`plan.areas.<area>`); own items pick one too, or `own`. */
  area: string;
  /** Template item id (title `plan.items.<itemId>`); absent for the group's own items. */
  itemId?: string;
  /** The group's own title (own items only). */
  title?: string;
  /** Members who do it (volunteers and/or the newcomer); empty ⇒ nobody yet. */
  ownerIds: string[];
  /** Due date, date only (`YYYY-MM-DD`) in the group's time zone. */
  dueDate?: string;
  note?: string;
  state: 'open' | 'done' | 'not_needed';
  /** Someone asked for help with it (cleared when it is done or reassigned). */
  helpNeeded?: { at: number; by: string };
  /** The coordinator was told it is long overdue (once per due date). */
  escalatedAt?: number;
  /** Id of the planned reminder job (replaced when the item moves, cancelled when it closes). */
  reminderJob?: string;
  createdBy: string;
  createdAt: number;
  updatedAt: number;
  doneAt?: number;
  doneBy?: string;
}

/** The plan reminder a member was sent last (id = member id), so a typed "1" or "2" (e.g. after a WhatsApp template) answers it. */
export interface PlanPrompt {
  id: string;
  commitmentId: string;
  /** The chat it was sent to (`channel:chatId`); a typed answer only counts there. */
  chatKey: string;
  at: number;
}

/** Per group: its adopted plan and settings, and when its members last wrote (updated at most once an hour). */
export interface PlanRecord {
  /** The group's id (also the record's key). */
  id: string;
  groupId: string;
  adoptedAt: number;
  /** Template version adopted last (new template items are added lazily). */
  templateVersion: number;
  /** Owners are reminded this many days before the due date (default 2). */
  remindDaysBefore: number;
  /** Last message of any member of the group (any chat), at most hourly precision. */
  lastActivityAt: number;
  /** The quiet nudge (14 days) and coordinator notice (28 days) sent for the current silence. */
  quietNudgedAt?: number;
  quietEscalatedAt?: number;
}

/** What a meetup is for (the proposer's first choice). */
export type MeetupActivity = 'coffee' | 'walk' | 'letters' | 'cooking' | 'outing' | 'other';
export type MeetupRepeat = 'weekly' | 'biweekly' | 'monthly';
export type MeetupRsvp = 'yes' | 'maybe' | 'no';

/** A meetup of a group: a poll over 1–4 candidate times, then one confirmed time (features/meetups). */
export interface Meetup {
  /** Short (callback data ≤ 64 bytes), e.g. `k3v9x2pq`. */
  id: string;
  groupId: string;
  proposerId: string;
  activity: MeetupActivity;
  /** Typed title for `other`. */
  title?: string;
  place: { kind: 'place'; text: string } | { kind: 'online'; link: string };
  /** Candidate times (ms); a vote names an index. */
  options: number[];
  /** Member id → chosen option index, or -1 for "none of these". */
  votes: Record<string, number>;
  status: 'polling' | 'confirmed' | 'cancelled';
  /** Poll deadline (ms), if any. */
  deadline?: number;
  /** The confirmed time (ms). */
  at?: number;
  rsvp: Record<string, MeetupRsvp>;
  repeat?: MeetupRepeat;
  /** Meetups of one recurring series share this id (the first meetup's id). */
  seriesId?: string;
  /** The series' first time (ms): the anchor of its repeat rule. */
  seriesStart?: number;
  /** Bumped on every move (calendar SEQUENCE; part of reminder keys). */
  sequence: number;
  timeZone: string;
  /** Outbox key of the live message in the group chat (the poll, later the confirmation): edits target it. */
  groupKey?: string;
  /** When that message was last edited (edits are throttled for Telegram's limits). */
  lastEditAt?: number;
  edits: number;
  createdAt: number;
  updatedAt: number;
  demo?: boolean;
}

/** Whether a meetup took place, as its proposer answered the morning after (read for group health). */
export interface MeetupOutcome {
  /** The meetup id. */
  id: string;
  groupId: string;
  /** When the meetup was (ms). */
  at: number;
  held: boolean;
  answeredBy: string;
  answeredAt: number;
}

/** Per-group meetup settings. */
export interface MeetupSettings {
  /** The group id. */
  id: string;
  /** Hours before a meetup when reminders go out (default 24 and 2). */
  reminderHours: number[];
}

/** The meetup question a member was last asked 1:1, so a typed number (WhatsApp template, numbered text) still answers it. */
export interface MeetupPrompt {
  /** The member id. */
  id: string;
  meetupId: string;
  kind: 'vote' | 'rsvp' | 'held' | 'move';
  /** The chat the question was asked in (`channel:chatId`); a typed answer only counts there. */
  chatKey: string;
  at: number;
}

/** Practice (vocabulary) settings, progress and the running round of one learner; id = member id. Small: rewritten on every answer. */
export interface PracticeLearner {
  id: string;
  /** New words per day, words per round, daily nudge time (HH:MM, learner's time zone), nudges paused. */
  settings: { newPerDay: number; sessionLength: number; time: string; paused: boolean };
  /** Earliest due time of any of the learner's cards (ms), kept current on every answer: the nudge job reads only this. */
  nextDueAt?: number;
  /** How many cards (words seen) the learner has, kept current on every answer: the nudge knows whether new words remain without reading cards. */
  cards?: number;
  /** The word most recently practised while still being learned (≤ 3 reviews), for the group's word of the day without reading cards. */
  learning?: { entryId: string; at: number };
  /** New words introduced on `day` (YYYY-MM-DD, learner's time zone). */
  newToday: { day: string; count: number };
  /** Days in a row with practice, up to `lastDay`. */
  streak: { days: number; lastDay?: string };
  /** Counts for the weekly message, for the week starting `since`. */
  week: { since: number; answers: number; learned: number };
  /** The round in progress. */
  session?: PracticeSession;
  createdAt: number;
}

/** A practice round: the queue of entry ids still to ask, the current question and its answer key. */
export interface PracticeSession {
  queue: string[];
  /** Entries already asked a second time this round (a missed word comes back once). */
  again: string[];
  /** New words shown this round and not yet answered (they are asked a little after being shown). */
  fresh?: string[];
  question?: { entryId: string; type: 'recognise' | 'recall' | 'type' | 'article'; token: string; options?: string[]; correct?: number; isNew?: boolean };
  asked: number;
  correct: number;
  startedAt: number;
  expiresAt: number;
}

/**
 * The FSRS state of one card (learner × deck entry); id = `<memberId>/<entryId>`. Packed because there are hundreds
 * per learner (4 million at 10,000 learners): an answer writes just this record, about 100 bytes.
 * `v` = [due (Unix minutes), stability, difficulty, scheduled days, learning step, reps, lapses, state (0 new, 1 learning,
 * 2 review, 3 relearning), last review (Unix minutes, 0 = never)]. Read it through features/practice/fsrs.ts.
 */
export interface PracticeCard {
  memberId: string;
  /** Deck entry id (`g.<id>` for a group word). */
  e: string;
  v: [number, number, number, number, number, number, number, number, number];
}

/** A word a volunteer added for their group's newcomers (`/addword`), translated by the volunteer. */
export interface PracticeWord {
  id: string;
  groupId: string;
  nl: string;
  article?: 'de' | 'het';
  /** The meaning as the volunteer wrote it (any language). */
  meaning: string;
  addedBy: string;
  createdAt: number;
}

export interface Dedup {
  key: string;
  at: number;
}

/** One relayed message (group bridge): ids only, never the text or the file. */
export interface Relay {
  id: string;
  groupId: string;
  /** `to_group`: a newcomer's message into the group chat; `to_newcomer`: a volunteer's reply to a newcomer. */
  direction: 'to_group' | 'to_newcomer';
  fromMemberId: string;
  /** The newcomer a reply went to. */
  toMemberId?: string;
  /** The chat the original was written in, and its platform message id (for threading and delivery ticks). */
  sourceChat: string;
  sourceMessageId?: string;
  /** The outbox key of the relayed copy (its platform id is on that outbox item once sent). */
  outboxKey: string;
  /** The newcomer's message this reply answers (its platform id), for WhatsApp's reply threading. */
  replyToSource?: string;
  /** The platform id of the relayed copy, once sent (a reply to it in the group chat finds this relay). */
  copyMessageId?: string;
  /** The delivery feedback already shown (so a status is shown once). */
  shown?: 'delivered' | 'read' | 'failed' | 'held';
  createdAt: number;
}

/** All collections, each a map from id to entity. */
export interface Collections {
  groups: Group;
  members: Member;
  /** `channel:userId` → member id. */
  identities: { key: string; memberId: string };
  invites: Invite;
  conversations: Conversation;
  chats: Chat;
  outbox: OutboxItem;
  jobs: Job;
  audit: AuditEvent;
  refusals: Refusal;
  throttles: Throttle;
  dedup: Dedup;
  contacts: Contact;
  /** Settlement-plan items and promises, by id. */
  commitments: Commitment;
  /** Per group: plan settings and last activity, by group id. */
  plans: PlanRecord;
  /** Per member: the last plan reminder, for typed number answers. */
  planPrompts: PlanPrompt;
  broadcasts: Broadcast;
  meetups: Meetup;
  meetupOutcomes: MeetupOutcome;
  meetupSettings: MeetupSettings;
  meetupPrompts: MeetupPrompt;
  relays: Relay;
  /** Small named values, e.g. the Telegram update offset. */
  meta: { key: string; value: unknown };
  practiceLearners: PracticeLearner;
  practiceCards: PracticeCard;
  practiceWords: PracticeWord;
}

export type CollectionName = keyof Collections;
export const COLLECTIONS: CollectionName[] = [
  'groups',
  'members',
  'identities',
  'invites',
  'conversations',
  'chats',
  'outbox',
  'jobs',
  'audit',
  'refusals',
  'throttles',
  'dedup',
  'contacts',
  'relays',
  'commitments',
  'plans',
  'planPrompts',
  'broadcasts',
  'meetups',
  'meetupOutcomes',
  'meetupSettings',
  'meetupPrompts',
  'meta',
  'practiceLearners',
  'practiceCards',
  'practiceWords',
];

export type StoreData = { version: number; seq: number } & { [C in CollectionName]: Record<string, Collections[C]> };

export function emptyData(): StoreData {
  const data = { version: SCHEMA_VERSION, seq: 0 } as StoreData;
  for (const name of COLLECTIONS) (data as Record<string, unknown>)[name] = {};
  return data;
}
