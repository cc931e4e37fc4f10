// The groups feature: coordinators create groups and invites (flows/newgroup.yaml, flows/invite.yaml); /mygroup for everyone.
import type { Feature } from '../../core/feature.js';
import { checkMunicipalityAction, createGroupAction, createInviteAction, groupChoices, requireAnyGroupAction, sendInviteLinksAction } from './actions.js';
import { groupCommands } from './commands.js';

export const groupsFeature: Feature = {
  name: 'groups',
  commands: ({ services }) => groupCommands(services),
  actions: {
    'group.create': createGroupAction,
    'group.require_any': requireAnyGroupAction,
    'group.check_municipality': checkMunicipalityAction,
    'invite.create': createInviteAction,
    'invite.links': sendInviteLinksAction,
  },
  choiceSources: { groups: groupChoices },
};
