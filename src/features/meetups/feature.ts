// The meetups feature: propose (flows/meetup.yaml), one poll across the group chat and WhatsApp, decide, RSVP, reminders, series, /meetups.
import type { Feature } from '../../core/feature.js';
import { meetupButton } from './buttons.js';
import { meetupJobs } from './jobs.js';
import { meetupsCommand, typedAnswer } from './manage.js';
import { meetupPrivacy } from './privacy.js';
import { addTimeAction, beginAction, checkLinkAction, createAction, groupChoices, undoTimeAction } from './propose.js';

export const meetupsFeature: Feature = {
  name: 'meetups',
  commands: ({ services }) => [meetupsCommand(services)],
  actions: {
    'meetup.begin': beginAction,
    'meetup.add_time': addTimeAction,
    'meetup.undo_time': undoTimeAction,
    'meetup.check_link': checkLinkAction,
    'meetup.create': createAction,
  },
  choiceSources: { meetup_groups: groupChoices },
  jobs: meetupJobs,
  buttons: { mt: (turn, payload, services) => meetupButton(services)(turn, payload) },
  onMessage: (turn, services) => typedAnswer(services, meetupButton(services))(turn),
  privacy: meetupPrivacy,
};
