// /mygroup: a member sees their group and its members; a coordinator sees the groups in their scope with their size (`/mygroup <name>` for one).
import type { Command } from '../../core/commands.js';
import type { Services } from '../../core/services.js';
import type { Turn } from '../../core/turn.js';
import { chatKey } from '../../core/types.js';
import type { Group } from '../../store/schema.js';

export function groupCommands(services: Services): Command[] {
  const { store, translator } = services;

  const describe = (turn: Turn, group: Group): string => {
    const t = (key: string, vars = {}) => translator.t(turn.locale, key, vars);
    const members = group.memberIds.map((id) => store.get('members', id)).filter((m) => m !== undefined);
    const lines = [
      t('groups.mygroup.header', { group: group.name, municipality: group.municipality }),
      t('groups.mygroup.members', { count: members.length }),
      ...members.map((m) => `• ${t('groups.mygroup.member', { name: m.name, role: t(`common.role.${m.role}`) })}`),
      // People who asked to be forgotten: only their number is kept.
      ...(group.formerMembers ? [t('groups.mygroup.former', { count: group.formerMembers })] : []),
    ];
    return lines.join('\n');
  };

  const mygroup: Command = {
    name: 'mygroup',
    roles: ['newcomer', 'volunteer', 'coordinator'],
    chats: ['private', 'group'],
    acts: 'groups',
    takesArgs: true,
    groupArg: true,
    run(turn) {
      const linked = store.get('chats', chatKey(turn.address))?.groupId;
      if (turn.inbound.chatType === 'group' && linked) {
        const group = store.get('groups', linked);
        if (group) return turn.send({ text: describe(turn, group), kind: 'reply' });
      }
      if (turn.target?.kind === 'group') return turn.send({ text: describe(turn, turn.target.group), kind: 'reply' });
      if (turn.role === 'coordinator') {
        const groups = turn.target?.kind === 'municipality' ? turn.target.groups : turn.scope.groups();
        if (groups.length === 0) return turn.reply('groups.no_groups');
        const t = (key: string, vars = {}) => translator.t(turn.locale, key, vars);
        const lines = [
          t('groups.mygroup.groups', { count: groups.length }),
          ...groups.map((g) => `• ${t('groups.mygroup.overview', { group: g.name, municipality: g.municipality, members: t('groups.mygroup.members_count', { count: g.memberIds.length }) })}`),
        ];
        return turn.send({ text: lines.join('\n'), kind: 'reply' });
      }
      const groups = (turn.member?.groupIds ?? []).map((id) => store.get('groups', id)).filter((g) => g !== undefined);
      if (groups.length === 0) return turn.reply('groups.mygroup.none');
      turn.send({ text: groups.map((g) => describe(turn, g)).join('\n\n'), kind: 'reply' });
    },
  };
  return [mygroup];
}
