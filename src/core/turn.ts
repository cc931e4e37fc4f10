// One inbound message being handled: who sent it, in which language, and the replies collected for it.
import type { Translator, TextVars } from '../i18n/i18n.js';
import type { Member } from '../store/schema.js';
import type { Scope, Standing, Target } from './scope.js';
import type { Address, Choice, Inbound, MessageKind, Outbound, Role } from './types.js';

/** How commands are written on a channel: `/help` (Telegram) or a word such as `help` (WhatsApp). */
export type CommandStyle = 'slash' | 'keyword';

/** A message being handled. Handlers and flow actions are synchronous: they change the store and add replies; the router commits once. */
export interface Turn {
  inbound: Inbound;
  /** Where replies go (the chat the message came from). */
  address: Address;
  member?: Member;
  role: Role;
  /** The role with coordinators split into national and scoped ones (what the permission check uses). */
  standing: Standing;
  /** The groups this sender may see and act on; commands and flow choice lists use only these. */
  scope: Scope;
  /** What the words after a `groupArg` command named (already checked against the scope). */
  target?: Target & { kind: 'group' | 'municipality' };
  /** Set when an `anytime` command (STOP) ended the conversation that was running. */
  interrupted?: boolean;
  /** The language to answer in. */
  locale: string;
  commandStyle: CommandStyle;
  now: number;
  /** Adds a localized reply. */
  reply(key: string, vars?: TextVars, options?: { choices?: Choice[]; multiple?: boolean; askToken?: string; kind?: MessageKind }): void;
  /** Adds an already built reply. */
  send(message: Outbound): void;
  /** Replies collected so far, in order. */
  readonly replies: Outbound[];
  /** How to write a command for this sender: `/help` or `help` (in their language). */
  command(name: string): string;
}

export type TurnInit = Pick<Turn, 'inbound' | 'address' | 'member' | 'role' | 'standing' | 'scope' | 'locale' | 'commandStyle' | 'now'> & { translator: Translator };

/** Builds a Turn; replies are only collected here, the router hands them to delivery. */
export function createTurn(init: TurnInit): Turn {
  const replies: Outbound[] = [];
  const turn: Turn = {
    ...init,
    replies,
    reply(key, vars = {}, options = {}) {
      const text = init.translator.t(turn.locale, key, { help: turn.command('help'), ...vars });
      replies.push({ text, kind: options.kind ?? 'reply', choices: options.choices, multiple: options.multiple, askToken: options.askToken });
    },
    send(message) {
      replies.push(message);
    },
    command(name) {
      if (turn.commandStyle === 'slash') return `/${name}`;
      const words = init.translator.t(turn.locale, `commands.${name}.keywords`).split(',');
      return (words[0] ?? name).trim().toUpperCase();
    },
  };
  return turn;
}
