// The coordinators feature: /coordinators (national coordinators add, remove and scope coordinators) and /audit.
import type { Feature } from '../../core/feature.js';
import { auditCommand } from './audit-command.js';
import { coordinatorChoices, findAction, listAction, pickedAction, removeAction, saveAction } from './actions.js';

export const coordinatorsFeature: Feature = {
  name: 'coordinators',
  commands: ({ services }) => [auditCommand(services)],
  actions: {
    'coordinators.list': listAction,
    'coordinators.find': findAction,
    'coordinators.picked': pickedAction,
    'coordinators.save': saveAction,
    'coordinators.remove': removeAction,
  },
  choiceSources: { coordinators: coordinatorChoices },
};
