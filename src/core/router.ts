// The message path: inbound → dedup → sender → command or running flow → store changes + replies → one commit.
import type { Member } from '../store/schema.js';
import type { FlowEngine } from '../flows/engine.js';
import { allowed, parseCommand, type Command } from './commands.js';
import type { ButtonHandler, Feature, MessageHandler } from './feature.js';
import { audit } from './audit.js';
import { InboundLimiter, type InboundLimits } from './inbound-limit.js';
import { scopeOf, standingOf } from './scope.js';
import { memberByIdentity, type Services } from './services.js';
import { createTurn, type CommandStyle, type Turn } from './turn.js';
import { identityKey, type Address, type Inbound, type Role } from './types.js';

/** The longest message we read; longer texts get a polite "please send a shorter text". */
export const MAX_INBOUND_CHARS = 4096;

export interface RouterOptions {
  /** How commands are written on a channel (per chat, e.g. the local channel imitates both platforms). */
  commandStyle(address: Address): CommandStyle;
  /** The Telegram bot's username, to ignore `/cmd@otherbot`. */
  botUsername?(): string | undefined;
  /** Feature button handlers by choice-id prefix. */
  buttons?: Map<string, ButtonHandler>;
  /** Feature handlers for messages nothing else took, in order. */
  messageHandlers?: MessageHandler[];
  /** Per-sender flood limit (default 20 at once, then 30 a minute). */
  inboundLimits?: InboundLimits;
  /** Features that may hold an exchange with a sender (`holds`, `onMessage`, `cancel`), in order. */
  holders?: Array<Pick<Feature, 'holds' | 'onMessage' | 'cancel'>>;
}

/** Routes inbound messages. `handle` resolves when the effects (store changes and queued replies) are on disk. */
export class Router {
  private readonly commands = new Map<string, Command>();
  private readonly limiter: InboundLimiter;

  constructor(
    private readonly services: Services,
    private readonly engine: FlowEngine,
    commands: Command[],
    private readonly options: RouterOptions,
  ) {
    this.limiter = new InboundLimiter(options.inboundLimits);
    for (const command of commands) this.commands.set(command.name, command);
    // Flows with a trigger command become commands too.
    for (const flow of engine.flows.values()) {
      const name = flow.trigger.command;
      if (!name || this.commands.has(name)) continue;
      this.commands.set(name, {
        name,
        roles: flow.roles,
        chats: flow.trigger.chats,
        national: flow.national,
        acts: flow.acts ?? (flow.trigger.target ? 'groups' : undefined),
        takesArgs: flow.trigger.invite || flow.trigger.target,
        groupArg: flow.trigger.target,
        run: (turn, args) => {
          const vars: Record<string, unknown> = flow.trigger.invite ? { invite: args } : {};
          if (turn.target?.kind === 'group') vars.targetGroupId = turn.target.group.id;
          if (turn.target?.kind === 'municipality') vars.targetMunicipality = turn.target.municipality;
          engine.start(turn, flow, vars);
        },
      });
    }
  }

  /** Every command, for /help and for registering menus on platforms. */
  list(): Command[] {
    return [...this.commands.values()];
  }

  async handle(inbound: Inbound): Promise<void> {
    const { store, logger } = this.services;
    if (inbound.dedupKey && store.get('dedup', inbound.dedupKey)) {
      // Already handled; acknowledge only once that first handling is on disk.
      await store.committed();
      return;
    }
    let turn: Turn;
    try {
      turn = this.createTurn(inbound);
    } catch (error) {
      // Nothing to answer with (not even a language): record it as handled so it is not sent again, and move on.
      logger.error({ err: safeError(error), channel: inbound.channel }, 'a message could not be read; it is skipped');
      if (inbound.dedupKey) store.put('dedup', inbound.dedupKey, { key: inbound.dedupKey, at: this.services.clock.now() });
      await store.committed();
      return;
    }
    const verdict = this.limiter.take(`${inbound.channel}:${inbound.userId}`, turn.now);
    try {
      if (!verdict.ok) {
        // A flood from one person: their extra messages are dropped (acknowledged), with one friendly notice.
        if (verdict.notify) turn.reply('common.slow_down');
      } else {
        this.route(turn);
      }
    } catch (error) {
      logger.error({ err: safeError(error), channel: inbound.channel }, 'handling a message failed');
      turn.replies.length = 0;
      turn.reply('common.error');
    }
    if (inbound.dedupKey) store.put('dedup', inbound.dedupKey, { key: inbound.dedupKey, at: turn.now });
    const base = inbound.dedupKey ?? `${inbound.channel}:${inbound.chatId}:${turn.now}:${Math.random().toString(36).slice(2)}`;
    turn.replies.forEach((message, index) => {
      this.services.outbox.enqueue({ to: turn.address, message, memberId: turn.member?.id, priority: 'interactive', urgent: true, key: `${base}:reply:${index}` });
    });
    await store.committed();
  }

  /** Works out who is writing, and in which language to answer. */
  createTurn(inbound: Inbound): Turn {
    const { translator, clock } = this.services;
    const now = clock.now();
    let member = memberByIdentity(this.services.store, inbound.channel, inbound.userId);
    if (!member) member = this.bootstrapCoordinator(inbound, now);
    const role: Role = member?.role ?? 'guest';
    const address: Address = { channel: inbound.channel, chatId: inbound.chatId, ...(inbound.threadId ? { threadId: inbound.threadId } : {}) };
    const locale = member?.locale ?? translator.pick(inbound.languageCode, 'nl');
    const { store } = this.services;
    return createTurn({ inbound, address, member, role, standing: standingOf(member), scope: scopeOf(store, member), locale, commandStyle: this.options.commandStyle(address), now, translator });
  }

  /** People named in COORDINATOR_TELEGRAM_IDS become coordinators the first time they write. */
  private bootstrapCoordinator(inbound: Inbound, now: number): Member | undefined {
    const { config, store, translator } = this.services;
    if (inbound.channel !== 'telegram' || !config.coordinatorTelegramIds.includes(inbound.userId)) return undefined;
    const key = identityKey(inbound.channel, inbound.userId);
    const member: Member = {
      id: `m_${inbound.channel}_${inbound.userId}`,
      name: (inbound.displayName ?? '').slice(0, 40) || 'Coordinator',
      role: 'coordinator',
      locale: translator.pick(inbound.languageCode, 'nl'),
      identities: [key],
      groupIds: [],
      profile: {},
      timeZone: config.timeZone,
      createdAt: now,
    };
    store.put('members', member.id, member);
    store.put('identities', key, { key, memberId: member.id });
    audit(this.services, { at: now, actor: 'config', action: 'coordinator.bootstrap', subject: member.id });
    return member;
  }

  /** A button that belongs to a feature (`prefix:payload` with a registered prefix). */
  private featureButton(id: string): { handler: ButtonHandler; payload: string } | undefined {
    const at = id.indexOf(':');
    if (at <= 0) return undefined;
    const handler = this.options.buttons?.get(id.slice(0, at));
    return handler ? { handler, payload: id.slice(at + 1) } : undefined;
  }

  /** Offers a message no command or flow took to the features, in order; true when one handled it. */
  private offerToFeatures(turn: Turn): boolean {
    for (const handler of this.options.messageHandlers ?? []) if (handler(turn, this.services)) return true;
    return false;
  }

  /** A feature that holds an exchange with this sender took the message (an answer in a practice round). */
  private offerToHolder(turn: Turn): boolean {
    for (const feature of this.options.holders ?? []) {
      if (feature.holds?.(turn, this.services) && feature.onMessage?.(turn, this.services)) return true;
    }
    return false;
  }

  /** `/cancel` with no flow running: a feature's own exchange ends instead, if there is one. */
  private cancelFeatures(turn: Turn): boolean {
    for (const feature of this.options.holders ?? []) if (feature.cancel?.(turn, this.services)) return true;
    return false;
  }

  /** The one place that checks role, scope and chat type before a command runs, and resolves a named group against the scope. */
  private runCommand(turn: Turn, spec: Command, args: string): void {
    const verdict = allowed(spec, turn.standing, turn.inbound.chatType);
    if (verdict === 'role') return turn.reply('common.not_allowed');
    if (verdict === 'national') return turn.reply('common.only_national');
    if (verdict === 'chat') return turn.reply(turn.inbound.chatType === 'group' ? 'common.only_private' : 'common.only_group');
    if (spec.groupArg && args.trim()) {
      const target = turn.scope.resolve(args);
      if (target.kind === 'unknown') return turn.reply('common.scope.unknown', { name: target.name.slice(0, 60) });
      if (target.kind === 'out_of_scope') return turn.reply('common.scope.outside', { name: target.name, municipalities: turn.scope.municipalities.join(', ') || '—' });
      turn.target = target;
    }
    spec.run(turn, args);
  }

  private route(turn: Turn): void {
    const { inbound } = turn;
    const isGroup = inbound.chatType === 'group';
    const text = inbound.text ?? '';
    if ([...text].length > MAX_INBOUND_CHARS) {
      turn.reply('common.too_long', { max: MAX_INBOUND_CHARS });
      return;
    }
    if (inbound.unsupported) {
      if (this.offerToHolder(turn) || this.offerToFeatures(turn)) return;
      if (isGroup) return;
      turn.reply(inbound.unsupported === 'voice' || inbound.unsupported === 'audio' ? 'common.unsupported.voice' : inbound.unsupported === 'other' || inbound.unsupported === 'location' || inbound.unsupported === 'contacts' ? 'common.unsupported.other' : 'common.unsupported.media');
      return;
    }
    const button = inbound.choice ? this.featureButton(inbound.choice.id) : undefined;
    if (button) {
      button.handler(turn, button.payload, this.services);
      return;
    }
    const command = inbound.choice
      ? undefined
      : parseCommand(text, { names: this.commands, translator: this.services.translator, keywords: !isGroup, botUsername: this.options.botUsername?.() });

    const conversation = this.engine.active(turn);
    // A feature's exchange in progress (a practice round) takes plain text first, also "stop" or words that are keywords.
    if (!command?.slash && !inbound.choice && !conversation && this.offerToHolder(turn)) return;
    if (command?.name === 'cancel') {
      if (this.engine.cancel(turn)) turn.reply('common.flow.cancelled');
      else if (!this.cancelFeatures(turn)) turn.reply('common.flow.nothing_to_cancel');
      return;
    }
    const anytime = command ? this.commands.get(command.name)?.anytime === true : false;
    if (conversation && !command?.slash && !anytime) {
      this.engine.answer(turn, conversation);
      return;
    }
    // A command that works any time (STOP) ends the running conversation first, in that conversation's language.
    if (conversation && anytime) turn.interrupted = this.engine.cancel(turn);
    if (command) {
      const spec = this.commands.get(command.name);
      if (!spec) {
        if (!isGroup) turn.reply(turn.member ? 'common.unknown' : 'common.unknown_guest', { join: turn.command('start') });
        return;
      }
      this.runCommand(turn, spec, command.args);
      return;
    }
    if (inbound.choice) {
      turn.reply('common.flow.closed_question');
      return;
    }
    if (this.offerToFeatures(turn)) return;
    if (isGroup) return; // group chatter is not for the bot
    if (text.trim() === '') {
      turn.reply('common.empty_message');
      return;
    }
    turn.reply(turn.member ? 'common.unknown' : 'common.unknown_guest', { join: turn.command('start') });
  }
}

/**
 * An error for the log without anything a person typed: its name and where it happened. The message is left out on
 * purpose (an error about a message may quote it); the stack's frames say where to look.
 */
function safeError(error: unknown): { name: string; stack?: string } {
  if (!(error instanceof Error)) return { name: typeof error };
  return { name: error.name, stack: error.stack?.split('\n').slice(1, 8).join('\n') };
}
