// The plan feature: the group's settlement plan, /commit (flows/commit.yaml), /commitments, /done, /helpneeded, /plan, reminders, health, digest.
import type { Feature } from '../../core/feature.js';
import { planButton, PREFIX } from './buttons.js';
import { planCommands } from './commands.js';
import { noteActivity } from './context.js';
import { DAILY_JOB, DAILY_TIME, dailyJob } from './daily.js';
import { DIGEST_JOB, digestJob, ensureDigestJobs } from './digest.js';
import { areaItemsAction, checkDueAction, commitAction, groupChoices, groupChosenAction, itemChoiceSource, memberChoices, pickGroupAction, areaChoices } from './flow-actions.js';
import { remindJob, REMINDER_JOB } from './reminders.js';
import { planPrivacy } from './privacy.js';
import { planTemplate } from './template.js';
import { typedAnswer } from './typed.js';

export const planFeature: Feature = {
  name: 'plan',
  commands: ({ services }) => {
    planTemplate(); // a broken template stops start-up with a message naming the field
    return planCommands(services);
  },
  actions: {
    'plan.pick_group': pickGroupAction,
    'plan.group_chosen': groupChosenAction,
    'plan.area_items': areaItemsAction,
    'plan.check_due': checkDueAction,
    'plan.commit': commitAction,
  },
  choiceSources: { plan_groups: groupChoices, plan_areas: areaChoices, plan_items: itemChoiceSource, plan_members: memberChoices },
  jobs: { [REMINDER_JOB]: remindJob, [DIGEST_JOB]: digestJob, [DAILY_JOB]: dailyJob },
  buttons: { [PREFIX]: planButton },
  privacy: planPrivacy,
  // Watches: a member's message keeps their group from counting as quiet (the message goes on to other features) —
  // and a typed "1"/"2" answers the last reminder (WhatsApp templates show buttons as numbers).
  onMessage: (turn, services) => {
    noteActivity(turn, services);
    return typedAnswer(turn, services);
  },
  setup({ services, scheduleDaily }) {
    scheduleDaily(DAILY_JOB, DAILY_JOB, DAILY_TIME);
    ensureDigestJobs(services);
  },
};
