// The playground's model: personas acting through the local channel, the demo, the clock, and a feed of changes for the page.
import { EventEmitter } from 'node:events';
import type { LocalChannel, LocalMessage, LocalSender } from '../channels/local/local-channel.js';
import { ManualClock } from '../core/clock.js';
import { memberByIdentity, type Services } from '../core/services.js';
import type { Inbound } from '../core/types.js';
import type { Delivery } from '../delivery/outbox.js';
import { formatInviteCode } from '../features/onboarding/invites.js';
import type { HttpServer } from '../http/server.js';
import { SOURCE_LOCALE, type Locale } from '../i18n/i18n.js';
import type { Scheduler } from '../scheduler/scheduler.js';
import type { Member } from '../store/schema.js';
import { ensureDigestJobs } from '../features/plan/digest.js';
import { ensureDemo, findDemo, removeDemo, resetDemo, type DemoView } from './demo.js';
import { CHATS, DEMO_GROUP_NAME, PERSONAS, chat as chatSpec, persona as personaSpec, type ChatSpec, type PersonaSpec, type Platform } from './personas.js';
import { advanceTime, type AdvanceResult } from './time.js';

/** What the playground needs from the app (given at the marked line in src/app.ts). */
export interface PlaygroundHost {
  services: Services;
  http: HttpServer;
  local: LocalChannel;
  scheduler: Scheduler;
  delivery: Delivery;
}

/** A refusal the API turns into an HTTP status with a JSON error. */
export class PlaygroundError extends Error {
  override name = 'PlaygroundError';
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export interface PersonaView {
  id: string;
  name: string;
  role: PersonaSpec['role'];
  platform: Platform;
  locale: string;
  dir: 'ltr' | 'rtl';
  /** True once the persona is a member (the newcomer only after joining). */
  member: boolean;
  /** The persona's 1:1 chat and the group chats they write in. */
  chats: string[];
}

export interface ChatView {
  id: string;
  type: ChatSpec['type'];
  platform: Platform;
  title: string;
  writers: string[];
  commandStyle: 'slash' | 'keyword';
  /** Language and direction of the bot's messages here (the owner's for a 1:1 chat). */
  locale: string;
  dir: 'ltr' | 'rtl';
  messages: LocalMessage[];
  /** Messages the bot has queued for later (quiet hours, a closed WhatsApp window). */
  waiting: { count: number; until?: number };
  /** WhatsApp's list button, in the chat's language. */
  listButton: string;
  /** WhatsApp's line under a numbered question (more than 10 options, or several answers), in the chat's language. */
  numbersHint: string;
  /** A ready-to-send join message (the newcomer's invite), until the newcomer has joined. */
  suggestion?: string;
}

export interface PlaygroundState {
  now: number;
  timeZone: string;
  clockSteerable: boolean;
  demo: { present: boolean; group?: string; municipality?: string; inviteCode?: string };
  locales: Array<{ code: string; name: string; dir: 'ltr' | 'rtl' }>;
  personas: PersonaView[];
  chats: ChatView[];
  /** The next scheduled jobs, soonest first. */
  jobs: Array<{ type: string; dueAt: number }>;
}

export type Media = NonNullable<Inbound['unsupported']>;
const SETTLE_TIMEOUT_MS = 5_000;

export class Playground {
  /** `message` (LocalMessage of a playground chat), `clock` ({ now }), `state` (something else changed). */
  readonly events = new EventEmitter();
  /** Languages of personas who are not members (yet): their platform's language hint. */
  private readonly hints = new Map<string, Locale>();

  constructor(private readonly host: PlaygroundHost) {
    this.events.setMaxListeners(0);
    for (const spec of CHATS) host.local.setCommandStyle(spec.id, spec.platform === 'whatsapp' ? 'keyword' : 'slash');
    host.local.events.on('message', (message: LocalMessage) => {
      if (chatSpec(message.chatId)) this.events.emit('message', message);
    });
  }

  /**
   * The steerable clock: only in local mode, and only when the app runs on a ManualClock (main.ts makes one whenever
   * the playground is on). With real channels, moving time would send real people reminders at the wrong time.
   */
  get clock(): ManualClock | undefined {
    const { clock, config } = this.host.services;
    return config.mode === 'local' && clock instanceof ManualClock ? clock : undefined;
  }

  /** Seeds the demo on first use. */
  ensureDemo(): void {
    ensureDemo(this.host.services);
  }

  state(): PlaygroundState {
    const { services } = this.host;
    const { store, translator, clock, config } = services;
    const now = clock.now();
    const demo = findDemo(services);
    const personas = PERSONAS.map((spec) => this.personaView(spec));
    const chats = demo ? CHATS.map((spec) => this.chatView(spec, demo, personas, now)) : [];
    return {
      now,
      timeZone: config.timeZone,
      clockSteerable: this.clock !== undefined,
      demo: demo
        ? { present: true, group: demo.group.name, municipality: demo.group.municipality, inviteCode: demo.invite ? formatInviteCode(demo.invite.code) : undefined }
        : { present: false, group: DEMO_GROUP_NAME },
      locales: translator.locales(),
      personas,
      chats,
      jobs: store
        .values('jobs')
        .filter((job) => job.dueAt > now)
        .sort((a, b) => a.dueAt - b.dueAt)
        .slice(0, 5)
        .map((job) => ({ type: job.type, dueAt: job.dueAt })),
    };
  }

  /** A persona types a message (or sends something the bot cannot read); returns the new lines of that chat. */
  async say(personaId: string, chatId: string, input: { text: string; replyTo?: number } | { media: Media }): Promise<LocalMessage[]> {
    const sender = this.sender(personaId, chatId);
    const before = this.host.local.lastId();
    if ('text' in input) {
      if (input.replyTo !== undefined && !this.host.local.transcript(chatId).some((m) => m.id === input.replyTo)) throw new PlaygroundError(400, 'replyTo must be the id of a message in this chat.');
      await this.host.local.say(sender, input.text, { replyTo: input.replyTo });
    }
    else await this.host.local.sendUnsupported(sender, input.media);
    return this.after(chatId, before);
  }

  /** A persona presses a button of a question in a chat. */
  async press(personaId: string, chatId: string, choiceId: string, token?: string): Promise<LocalMessage[]> {
    const sender = this.sender(personaId, chatId);
    const before = this.host.local.lastId();
    await this.host.local.press(sender, choiceId, token);
    return this.after(chatId, before);
  }

  /** Switches a persona's language: a member's own setting, otherwise the language their platform reports. */
  async setLocale(personaId: string, locale: Locale): Promise<PersonaView> {
    const spec = this.persona(personaId);
    const member = this.member(spec);
    if (member) {
      this.host.services.store.put('members', member.id, { ...member, locale });
      await this.host.services.store.committed();
    } else {
      this.hints.set(spec.id, locale);
    }
    this.changed();
    return this.personaView(spec);
  }

  /** Moves the clock forward, running due jobs and sending due messages on the way. */
  async advance(ms: number): Promise<AdvanceResult> {
    const clock = this.clock;
    if (!clock) throw new PlaygroundError(409, 'The clock can only be moved in local mode (no Telegram or WhatsApp configured): real people would get messages at the wrong time.');
    const result = await advanceTime({ clock, services: this.host.services, scheduler: this.host.scheduler, delivery: this.host.delivery, settle: () => this.settle() }, ms);
    this.events.emit('clock', { now: result.now });
    this.changed();
    return result;
  }

  /** "Reset demo" restores the demo as at first start; "Remove demo data" deletes every trace of it. */
  async demo(action: 'reset' | 'remove'): Promise<void> {
    await this.settle();
    if (action === 'reset') {
      resetDemo(this.host.services, this.host.local);
      ensureDigestJobs(this.host.services);
    }
    else removeDemo(this.host.services, this.host.local);
    this.hints.clear();
    await this.settle();
    this.changed();
  }

  /** Tells open pages to fetch the state again. */
  changed(): void {
    this.events.emit('state');
  }

  // ---- internals ----

  private chatView(spec: ChatSpec, demo: DemoView, personas: PersonaView[], now: number): ChatView {
    const { store, translator } = this.host.services;
    const { local } = this.host;
    const owner = spec.type === 'private' ? personas.find((p) => p.id === spec.id) : undefined;
    // Group chats get notices in the source language (see announceJoin); 1:1 chats speak their owner's language.
    const locale = owner?.locale ?? SOURCE_LOCALE;
    const waiting = store
      .values('outbox')
      .filter((item) => item.to.channel === 'local' && item.to.chatId === spec.id && (item.state === 'held' || (item.state === 'queued' && item.notBefore > now)));
    const joinable = owner?.role === 'newcomer' && !owner.member && demo.invite !== undefined && !this.inConversation(owner.id);
    return {
      id: spec.id,
      type: spec.type,
      platform: spec.platform,
      title: owner?.name ?? store.get('chats', `local:${spec.id}`)?.title ?? demo.group.name,
      writers: spec.writers,
      commandStyle: local.commandStyle({ channel: 'local', chatId: spec.id }),
      locale,
      dir: translator.dir(locale),
      messages: local.transcript(spec.id),
      waiting: { count: waiting.length, until: waiting.filter((i) => i.state === 'queued').map((i) => i.notBefore).sort((a, b) => a - b)[0] },
      listButton: translator.t(locale, 'playground.whatsapp.list_button'),
      numbersHint: translator.t(locale, 'playground.whatsapp.type_numbers'),
      suggestion: joinable && demo.invite ? `JOIN ${formatInviteCode(demo.invite.code)}` : undefined,
    };
  }

  private persona(id: string): PersonaSpec {
    const spec = personaSpec(id);
    if (!spec) throw new PlaygroundError(404, `There is no persona "${id.slice(0, 40)}".`);
    return spec;
  }

  private member(spec: PersonaSpec): Member | undefined {
    const { store } = this.host.services;
    return memberByIdentity(store, 'local', spec.id);
  }

  /** True while the persona is in a flow in their own chat (e.g. joining), when suggestions would only distract. */
  private inConversation(personaId: string): boolean {
    const conversation = this.host.services.store.get('conversations', `local:${personaId}:${personaId}`);
    return conversation !== undefined && conversation.expiresAt > this.host.services.clock.now();
  }

  private personaView(spec: PersonaSpec): PersonaView {
    const { translator } = this.host.services;
    const member = this.member(spec);
    const locale = member?.locale ?? this.hints.get(spec.id) ?? spec.locale;
    return {
      id: spec.id,
      name: member?.name ?? spec.name,
      role: spec.role,
      platform: spec.platform,
      locale,
      dir: translator.dir(locale),
      member: member !== undefined,
      chats: CHATS.filter((c) => c.writers.includes(spec.id)).map((c) => c.id),
    };
  }

  private sender(personaId: string, chatId: string): LocalSender {
    const spec = this.persona(personaId);
    const target = chatSpec(chatId);
    if (!target) throw new PlaygroundError(404, `There is no chat "${chatId.slice(0, 40)}".`);
    if (!target.writers.includes(spec.id)) throw new PlaygroundError(403, `${spec.name} cannot write in this chat.`);
    if (!findDemo(this.host.services)) throw new PlaygroundError(409, 'There is no demo data. Reset the demo first.');
    const view = this.personaView(spec);
    return { chatId: target.id, userId: spec.id, chatType: target.type, displayName: spec.name, languageCode: view.locale };
  }

  private async after(chatId: string, before: number): Promise<LocalMessage[]> {
    await this.settle();
    this.changed();
    return this.host.local.transcript(chatId).filter((m) => m.id > before);
  }

  /** Waits until the store has committed and delivery has sent what is due (bounded, so a stuck platform cannot hang a request). */
  private async settle(): Promise<void> {
    await this.host.services.store.committed();
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([this.host.delivery.idle(), new Promise<void>((resolve) => (timer = setTimeout(resolve, SETTLE_TIMEOUT_MS)))]);
    clearTimeout(timer);
  }
}
