// /link <code> in a group chat: a volunteer or coordinator links the chat to the Welcome Group of that invite code.
import type { Command } from '../../core/commands.js';
import type { Services } from '../../core/services.js';
import { chatKey, identityKey } from '../../core/types.js';
import { audit } from '../onboarding/actions.js';
import { checkInvite, type InviteVerdict } from '../onboarding/invites.js';
import { chatAddress } from './chats.js';

/** Why a code did not work, in the words onboarding already uses. */
const CODE_PROBLEMS: Record<Extract<InviteVerdict, { ok: false }>['reason'], string> = {
  invalid: 'onboarding.bad_code',
  expired: 'onboarding.expired_code',
  used_up: 'onboarding.used_code',
  throttled: 'onboarding.throttled',
};

/**
 * Any valid invite code of the group works (volunteer or newcomer); linking does not use one of its uses. A volunteer
 * may only link a group they belong to; a coordinator any group in their scope. Linking again to another group moves the chat.
 */
export function linkCommand(services: Services): Command {
  return {
    name: 'link',
    roles: ['volunteer', 'coordinator'],
    chats: ['group'],
    takesArgs: true,
    acts: 'groups',
    run(turn, args) {
      const { store } = services;
      if (!args.trim()) return turn.reply('chats.link.usage');
      const verdict = checkInvite(services, args, identityKey(turn.inbound.channel, turn.inbound.userId), turn.now);
      if (!verdict.ok) return turn.reply(CODE_PROBLEMS[verdict.reason]);
      const group = store.get('groups', verdict.invite.groupId);
      if (!group) return turn.reply(CODE_PROBLEMS.invalid);
      if (!turn.scope.group(group.id)) return turn.reply('chats.link.not_member');

      const key = chatKey(turn.address);
      const existing = store.get('chats', key);
      if (existing?.groupId === group.id && existing.status === 'active') return turn.reply('chats.link.already', { group: group.name });
      if (existing?.groupId && existing.groupId !== group.id) {
        store.update('groups', existing.groupId, (previous) => (previous.chatKeys = previous.chatKeys.filter((k) => k !== key)));
      }
      store.put('chats', key, { ...existing, key, address: chatAddress(turn.address), kind: 'group', groupId: group.id, status: 'active', updatedAt: turn.now });
      group.chatKeys = [...new Set([...group.chatKeys, key])];
      store.put('groups', group.id, group);
      audit(services, turn.now, turn.member?.id ?? 'unknown', 'chat.link', group.id);
      turn.reply('chats.link.done', { group: group.name });
    },
  };
}
