// Commands: their declaration (who may use them, where) and recognising them in a message (`/name` or a keyword).
import { normalizeWord, stripControls, type Translator } from '../i18n/i18n.js';
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

/** Whether a role may run a command in a chat of this type. */
export function allowed(command: Command, role: Role, chatType: 'private' | 'group'): 'ok' | 'role' | 'chat' {
  if (!command.roles.includes(role)) return 'role';
  if (!(command.chats ?? ['private']).includes(chatType)) return 'chat';
  return 'ok';
}
