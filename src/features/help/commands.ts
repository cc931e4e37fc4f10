// /help lists what the sender's role may do here; /cancel is handled by the router before any flow.
import type { Command } from '../../core/commands.js';
import { allowed } from '../../core/commands.js';
import type { Services } from '../../core/services.js';
import { MEMBER_ROLES } from '../../core/types.js';

const EVERYONE = ['guest', ...MEMBER_ROLES] as Command['roles'];

/** `list` gives every command known to the router (including flow commands), so help stays complete. */
export function helpCommands(services: Services, list: () => Command[]): Command[] {
  const help: Command = {
    name: 'help',
    roles: EVERYONE,
    chats: ['private', 'group'],
    run(turn) {
      const t = (key: string) => services.translator.t(turn.locale, key);
      const lines = list()
        .filter((command) => !command.hidden && allowed(command, turn.standing, turn.inbound.chatType) === 'ok')
        .map((command) => `${turn.command(command.name)} — ${t(`commands.${command.name}.description`)}`);
      turn.send({ text: [t('commands.title'), ...lines].join('\n'), kind: 'reply' });
    },
  };
  const cancel: Command = { name: 'cancel', roles: EVERYONE, chats: ['private', 'group'], run: () => undefined };
  return [help, cancel];
}
