// The chats feature: group chats on Telegram — the bot added or removed, /link to a Welcome Group, supergroup migration, new people invited.
import type { Feature } from '../../core/feature.js';
import { onChatAdded, onChatMigrated, onChatRemoved, onMembersJoined } from './events.js';
import { linkCommand } from './link.js';

export const chatsFeature: Feature = {
  name: 'chats',
  commands: ({ services }) => [linkCommand(services)],
  events: {
    'chat.added': onChatAdded,
    'chat.removed': onChatRemoved,
    'chat.migrated': onChatMigrated,
    'chat.members_joined': onMembersJoined,
  },
};
