// The "/" menu in Telegram: setMyCommands per scope (private chats, group chats, each coordinator's chat) and per language.
import { createHash } from 'node:crypto';
import type { Api } from 'grammy';
import type { BotCommand, BotCommandScope, LanguageCode } from 'grammy/types';
import { allowed, type Command } from '../../core/commands.js';
import type { Logger } from '../../core/logger.js';
import type { Role } from '../../core/types.js';
import { LOCALES, SOURCE_LOCALE, type Translator } from '../../i18n/i18n.js';
import type { Store } from '../../store/store.js';
import { apiSignal } from './abort.js';
import { describeError } from './errors.js';

/** One setMyCommands call. No language code ⇒ the fallback for every language we did not list. */
export interface MenuCall {
  scope: BotCommandScope;
  languageCode?: LanguageCode;
  commands: BotCommand[];
}

/** A coordinator's private chat (their Telegram user id) and the language they chose. */
export interface CoordinatorChat {
  chatId: string;
  locale: string;
}

const VALID_NAME = /^[a-z0-9_]{1,32}$/;
const MAX_COMMANDS = 100;
const MAX_DESCRIPTION = 256;
const META_KEY = 'telegram.menus';

/** Who a scope's menu is for: the command must be allowed for at least one of these roles in that kind of chat. */
const AUDIENCES: Record<'private' | 'group' | 'coordinator', { roles: Role[]; chat: 'private' | 'group' }> = {
  private: { roles: ['guest', 'newcomer', 'volunteer'], chat: 'private' },
  group: { roles: ['newcomer', 'volunteer', 'coordinator'], chat: 'group' },
  coordinator: { roles: ['coordinator'], chat: 'private' },
};

function menu(commands: Command[], translator: Translator, locale: string, audience: keyof typeof AUDIENCES): BotCommand[] {
  const { roles, chat } = AUDIENCES[audience];
  return commands
    .filter((command) => !command.hidden && VALID_NAME.test(command.name) && roles.some((role) => allowed(command, role, chat) === 'ok'))
    .slice(0, MAX_COMMANDS)
    .map((command) => ({ command: command.name, description: [...translator.t(locale, `commands.${command.name}.description`)].slice(0, MAX_DESCRIPTION).join('') }));
}

/**
 * Every call: the default and all-private-chats scopes (what guests, newcomers and volunteers may use in 1:1) and the
 * all-group-chats scope, each once per language plus a Dutch fallback; then each coordinator's own chat in the
 * coordinator's chosen language (a chat scope beats the language-specific broader scopes, so their menu stays theirs).
 */
export function planMenus(commands: Command[], translator: Translator, coordinators: CoordinatorChat[]): MenuCall[] {
  const calls: MenuCall[] = [];
  const scopes: Array<[BotCommandScope, keyof typeof AUDIENCES]> = [
    [{ type: 'default' }, 'private'],
    [{ type: 'all_private_chats' }, 'private'],
    [{ type: 'all_group_chats' }, 'group'],
  ];
  for (const [scope, audience] of scopes) {
    calls.push({ scope, commands: menu(commands, translator, SOURCE_LOCALE, audience) });
    for (const locale of LOCALES) calls.push({ scope, languageCode: locale, commands: menu(commands, translator, locale, audience) });
  }
  for (const coordinator of coordinators) {
    calls.push({ scope: { type: 'chat', chat_id: coordinator.chatId }, commands: menu(commands, translator, coordinator.locale, 'coordinator') });
  }
  return calls;
}

/**
 * Sends the plan unless the same plan was sent before (kept in the store's meta), and clears the menus of chats that
 * are no longer a coordinator's. A failed call (e.g. a coordinator who never opened the bot: "chat not found") is
 * logged and the rest still sent; the plan is remembered only when every call worked, so the next start tries again.
 */
export async function registerMenus(api: Api, plan: MenuCall[], store: Store, logger: Logger, botId: number, signal?: AbortSignal): Promise<void> {
  const hash = createHash('sha256').update(JSON.stringify({ botId, plan })).digest('base64url');
  const previous = store.get('meta', META_KEY)?.value as { hash?: string; chats?: string[] } | undefined;
  if (previous?.hash === hash) return;
  const chats = plan.flatMap((call) => (call.scope.type === 'chat' ? [String(call.scope.chat_id)] : []));
  const abort = apiSignal(signal);
  const calls: Array<() => Promise<unknown>> = [
    ...(previous?.chats ?? []).filter((chatId) => !chats.includes(chatId)).map((chatId) => () => api.deleteMyCommands({ scope: { type: 'chat', chat_id: chatId } }, abort)),
    ...plan.map((call) => () =>
      call.commands.length === 0
        ? api.deleteMyCommands({ scope: call.scope, language_code: call.languageCode }, abort)
        : api.setMyCommands(call.commands, { scope: call.scope, language_code: call.languageCode }, abort),
    ),
  ];
  let failed = 0;
  for (const call of calls) {
    if (signal?.aborted) return;
    try {
      await call();
    } catch (error) {
      if (signal?.aborted) return;
      failed += 1;
      logger.warn(describeError(error), 'a Telegram command menu could not be registered');
    }
  }
  if (signal?.aborted) return;
  if (failed > 0) {
    logger.warn({ failed, calls: calls.length }, 'some Telegram command menus are missing; they are tried again at the next start');
    return;
  }
  store.put('meta', META_KEY, { key: META_KEY, value: { hash, chats } });
  await store.committed();
  logger.info({ calls: calls.length }, 'Telegram command menus registered');
}
