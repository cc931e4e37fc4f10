// The help feature: /help and /cancel.
import type { Feature } from '../../core/feature.js';
import { helpCommands } from './commands.js';

export const helpFeature: Feature = {
  name: 'help',
  commands: ({ services, commands }) => helpCommands(services, commands),
};
