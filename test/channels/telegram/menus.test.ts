// The "/" menus: which commands each scope lists, in which language, and that a plan already sent is not sent again.
import path from 'node:path';
import type { Api } from 'grammy';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../../src/app.js';
import { planMenus, registerMenus } from '../../../src/channels/telegram/menus.js';
import type { Command } from '../../../src/core/commands.js';
import { silentLogger } from '../../../src/core/logger.js';
import { createTranslator, LOCALES } from '../../../src/i18n/i18n.js';
import { createHarness } from '../../helpers/harness.js';

const translator = createTranslator(path.join(PROJECT_ROOT, 'locales'));
const run = () => undefined;
const COMMANDS: Command[] = [
  { name: 'start', roles: ['guest', 'newcomer', 'volunteer', 'coordinator'], takesArgs: true, run },
  { name: 'help', roles: ['guest', 'newcomer', 'volunteer', 'coordinator'], chats: ['private', 'group'], run },
  { name: 'mygroup', roles: ['newcomer', 'volunteer', 'coordinator'], chats: ['private', 'group'], run },
  { name: 'newgroup', roles: ['coordinator'], run },
  { name: 'link', roles: ['volunteer', 'coordinator'], chats: ['group'], takesArgs: true, run },
  { name: 'secret', roles: ['coordinator'], hidden: true, run },
  { name: 'Not-Valid', roles: ['guest'], run },
];

describe('planMenus', () => {
  const plan = planMenus(COMMANDS, translator, [{ chatId: '1001', locale: 'ar' }]);
  const find = (type: string, languageCode?: string) => plan.find((call) => call.scope.type === type && call.languageCode === languageCode)!.commands.map((c) => c.command);

  it('lists per scope only what its people may use there, never hidden or invalid names', () => {
    expect(find('all_private_chats')).toEqual(['start', 'help', 'mygroup']);
    expect(find('default')).toEqual(find('all_private_chats'));
    expect(find('all_group_chats')).toEqual(['help', 'mygroup', 'link']);
    expect(find('chat')).toEqual(['start', 'help', 'mygroup', 'newgroup']);
    for (const call of plan) for (const command of call.commands) expect(command.command).toMatch(/^[a-z0-9_]{1,32}$/);
  });

  it('has every scope in every language (Dutch as the fallback), and the coordinator’s chat in their own language', () => {
    for (const type of ['default', 'all_private_chats', 'all_group_chats']) {
      expect(plan.filter((call) => call.scope.type === type).map((call) => call.languageCode)).toEqual([undefined, ...LOCALES]);
    }
    const description = (type: string, languageCode: string | undefined, name: string) =>
      plan.find((call) => call.scope.type === type && call.languageCode === languageCode)!.commands.find((c) => c.command === name)!.description;
    expect(description('all_private_chats', undefined, 'help')).toBe(translator.t('nl', 'commands.help.description'));
    expect(description('all_private_chats', 'uk', 'help')).toBe(translator.t('uk', 'commands.help.description'));
    expect(description('all_group_chats', 'tr', 'link')).toBe(translator.t('tr', 'commands.link.description'));
    const coordinator = plan.find((call) => call.scope.type === 'chat')!;
    expect(coordinator.scope).toEqual({ type: 'chat', chat_id: '1001' });
    expect(coordinator.languageCode).toBeUndefined();
    expect(coordinator.commands.find((c) => c.command === 'newgroup')!.description).toBe(translator.t('ar', 'commands.newgroup.description'));
  });
});

describe('registerMenus', () => {
  it('sends a plan once, again only when it changed, and clears the menu of a former coordinator', async () => {
    const harness = await createHarness();
    try {
      const calls: string[] = [];
      const api = {
        setMyCommands: async (_commands: unknown, other: { scope: { type: string; chat_id?: string }; language_code?: string }) => void calls.push(`set ${other.scope.type}${other.scope.chat_id ?? ''} ${other.language_code ?? ''}`.trim()),
        deleteMyCommands: async (other: { scope: { type: string; chat_id?: string } }) => void calls.push(`delete ${other.scope.type}${other.scope.chat_id ?? ''}`),
      } as unknown as Api; // only the two menu methods are called
      const { store } = harness.app.services;
      const withCarla = planMenus(COMMANDS, translator, [{ chatId: '1001', locale: 'nl' }]);
      await registerMenus(api, withCarla, store, silentLogger(), 1);
      expect(calls).toHaveLength(3 * 9 + 1);
      calls.length = 0;
      await registerMenus(api, withCarla, store, silentLogger(), 1);
      expect(calls).toEqual([]);
      await registerMenus(api, planMenus(COMMANDS, translator, []), store, silentLogger(), 1);
      expect(calls[0]).toBe('delete chat1001');
      expect(calls).toHaveLength(1 + 3 * 9);
    } finally {
      await harness.close();
    }
  });
});
