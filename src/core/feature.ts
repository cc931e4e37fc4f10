// What a feature folder contributes to welkom: commands, flow actions, choice lists and scheduled jobs.
import type { ChoiceSource, FlowAction } from '../flows/engine.js';
import type { JobHandler } from '../scheduler/scheduler.js';
import type { Command } from './commands.js';
import type { Services } from './services.js';
import type { Turn } from './turn.js';
import type { Address } from './types.js';

/**
 * Handles a pressed button that belongs to a feature rather than to a flow question (a meetup vote, "done" under a
 * reminder). Choice ids look like `<prefix>:<payload>`; `payload` is what follows the first colon. Runs inside the
 * turn (store changes and replies are committed together); the router has already checked nothing else. `services`
 * is the app's services (handlers are registered once for all apps in a process).
 */
export type ButtonHandler = (turn: Turn, payload: string, services: Services) => void;

/**
 * Looks at a message that no command or running flow took (a newcomer's free text to relay, a reply in a group to a
 * relayed message, a voice note). Returns true when it handled the message; the next feature is asked otherwise.
 */
export type MessageHandler = (turn: Turn, services: Services) => boolean;

/**
 * A feature's own exchange with the sender that is in progress (a practice round): while it returns true, the sender's
 * plain messages (not `/commands`, not a running flow) go to the feature's `onMessage` first, even words that are also
 * command keywords ("stop", "help" typed as an answer).
 */
export type HoldCheck = (turn: Turn, services: Services) => boolean;

/** What a feature keeps about a member, for `/mydata` (export) and `/forget` or retention (erase). */
export interface PrivacyHooks {
  /** Everything this feature stores about the member, as plain data (no other person's personal data). */
  export?(memberId: string, services: Services): Record<string, unknown> | undefined;
  /** Removes (or makes anonymous) what this feature keeps about the member; runs inside the erasing turn or job. */
  erase?(memberId: string, services: Services): void;
}

export interface FeatureApi {
  services: Services;
  /** Every feature of the app (e.g. for the privacy feature to ask each what it keeps about a member). */
  features(): readonly Feature[];
  /** The project folder (holds flows/, locales/ and feature data such as deck/). */
  rootDir: string;
  /** Every command known to the router (for /help and platform menus). */
  commands(): Command[];
}

/** Something that happened in a chat other than a message (mostly Telegram group life). */
export type ChatEvent =
  | { type: 'chat.added'; address: Address; title?: string; byUserId?: string; byName?: string; languageCode?: string }
  | { type: 'chat.removed'; address: Address; reason: 'kicked' | 'left' | 'blocked' }
  | { type: 'chat.migrated'; from: Address; to: Address }
  | { type: 'chat.members_joined'; address: Address; users: Array<{ userId: string; name?: string; languageCode?: string; isBot?: boolean }> };

/** Handles a chat event: synchronous store changes and outbox items; the app commits afterwards. */
export type ChatEventHandler<T extends ChatEvent['type'] = ChatEvent['type']> = (event: Extract<ChatEvent, { type: T }>, services: Services) => void;

/** A feature is data plus functions; the core never imports a feature, the app wires them in. */
export interface Feature {
  name: string;
  commands?(api: FeatureApi): Command[];
  actions?: Record<string, FlowAction>;
  choiceSources?: Record<string, ChoiceSource>;
  jobs?: Record<string, JobHandler>;
  /** Button handlers by choice-id prefix (`mv` handles `mv:…`). Prefixes are unique across features. */
  buttons?: Record<string, ButtonHandler>;
  /** Messages nothing else took, asked in feature order. */
  onMessage?: MessageHandler;
  /** True while the feature holds an exchange with this sender: their plain messages go to `onMessage` first. */
  holds?: HoldCheck;
  /** `/cancel` (or its keyword) when no flow runs: ends the feature's own exchange; true when there was one. */
  cancel?: (turn: Turn, services: Services) => boolean;
  /** What this feature keeps about a member (for /mydata, /forget and retention). Every feature that stores personal data has it. */
  privacy?: PrivacyHooks;
  /** Reactions to chat events, by event type. */
  events?: { [T in ChatEvent['type']]?: ChatEventHandler<T> };
  /**
   * Called once at start-up, e.g. to make sure a recurring job exists or to observe the outbox. May return a function
   * the app calls when it stops (clear timers, unsubscribe) — state of one app lives here, not in module globals.
   */
  setup?(api: FeatureApi & { scheduleDaily(id: string, type: string, hhmm: string): void }): void | (() => void);
}
