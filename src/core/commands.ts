// Commands: their declaration (who may use them, where, on which groups) and recognising them in a message (`/name` or a keyword).
import { normalizeWord, stripControls, type Translator } from '../i18n/i18n.js';
import { roleOfStanding, type Standing } from './scope.js';
import type { Turn } from './turn.js';
import type { Role } from './types.js';

/** A command a feature offers. Its texts are `commands.<name>.description` and `commands.<name>.keywords`. */
export interface Command {
  name: string;
  /** Roles allowed to run it; checked on every use. */
  roles: Role[];
  /** Where it may be used (default: private chats only). */
  chats?: Array<'private' | 'group'>;
  /** True when the command takes words after it (`/start CODE`, `JOIN CODE`). */
  takesArgs?: boolean;
  /** Not listed in /help (still usable). */
  hidden?: boolean;
  /** Only national coordinators (no municipality scope) may run it, e.g. `/coordinators`. */
  national?: boolean;
  /**
   * What the command acts on (for the permission table): `self` (the sender's own data or chat, the default) or
   * `groups` (groups: the command works only with `turn.scope`, which holds just the groups in the sender's scope).
   */
  acts?: 'self' | 'groups';
  /**
   * The words after the command may name a group or municipality (`/broadcast Utrecht`). The router resolves them
   * against the sender's scope before the command runs: an unknown name or one outside the scope gets a localized
   * refusal, otherwise the command finds it in `turn.target`.
   */
  groupArg?: boolean;
  /** Runs even while a conversation is asking something (e.g. STOP must always work). */
  anytime?: boolean;
  run(turn: Turn, args: string): void;
}

/** A recognised command in a message. `slash` tells whether it was typed as `/name`. */
export interface ParsedCommand {
  name: string;
  args: string;
  slash: boolean;
}

/**
 * Finds a command in a text: `/name args` or `/name@bot args`, or, when `keywords` is on, a keyword of any locale
 * (whole message, or first word when the command takes arguments). `/name@otherbot` is not ours: undefined.
 */
export function parseCommand(text: string, options: { names: Map<string, Command>; translator: Translator; keywords: boolean; botUsername?: string }): ParsedCommand | undefined {
  const clean = stripControls(text).trim();
  const slash = /^\/([A-Za-z0-9_]{1,32})(?:@([A-Za-z0-9_]{3,64}))?(?:\s+([\s\S]*))?$/.exec(clean);
  if (slash) {
    const [, name = '', bot, args = ''] = slash;
    if (bot && options.botUsername && bot.toLowerCase() !== options.botUsername.toLowerCase()) return undefined;
    return { name: name.toLowerCase(), args: args.trim(), slash: true };
  }
  if (!options.keywords) return undefined;
  const [first = '', ...rest] = clean.split(/\s+/);
  const word = normalizeWord(first);
  if (!word) return undefined;
  for (const command of options.names.values()) {
    if (!options.translator.wordsInAllLocales(`commands.${command.name}.keywords`).has(word)) continue;
    if (rest.length > 0 && !command.takesArgs) continue;
    return { name: command.name, args: rest.join(' '), slash: false };
  }
  return undefined;
}

/** Why a command may not run: the role, the scope (national coordinators only) or the kind of chat. */
export type Verdict = 'ok' | 'role' | 'national' | 'chat';

/**
 * Whether someone may run a command in a chat of this type: the single permission check (the router calls it for
 * every command; /help and the README's table use it too). Pass a `Standing` to tell national from scoped
 * coordinators; a plain `coordinator` role counts as scoped (the safe side).
 */
export function allowed(command: Command, who: Standing | Role, chatType: 'private' | 'group'): Verdict {
  if (!command.roles.includes(roleOfStanding(who))) return 'role';
  if (command.national && who !== 'national_coordinator') return 'national';
  if (!(command.chats ?? ['private']).includes(chatType)) return 'chat';
  return 'ok';
}
