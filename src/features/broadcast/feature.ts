// The broadcast feature: /broadcast (flows/broadcast.yaml), /broadcasts, live progress and reports, planned sends, STOP/START.
import type { Feature } from '../../core/feature.js';
import { broadcastButtons, broadcastsCommand, resumeAction, scheduledSendJob, stopCommand } from './commands.js';
import { audienceAction, beginAction, groupChoices, languageChoices, municipalityChoices, previewAction, saveTextAction, scheduleAction, sendAction, writeLanguageChoices } from './compose.js';
import { ProgressTracker } from './progress.js';

export const broadcastFeature: Feature = {
  name: 'broadcast',
  commands: ({ services }) => [broadcastsCommand(services), stopCommand(services)],
  actions: {
    'broadcast.begin': beginAction,
    'broadcast.audience': audienceAction,
    'broadcast.save_text': saveTextAction,
    'broadcast.preview': previewAction,
    'broadcast.send': sendAction,
    'broadcast.schedule': scheduleAction,
    'optout.resume': resumeAction,
  },
  choiceSources: {
    broadcast_municipalities: municipalityChoices,
    broadcast_groups: groupChoices,
    broadcast_languages: languageChoices,
    broadcast_write_languages: writeLanguageChoices,
  },
  jobs: { 'broadcast.send': scheduledSendJob },
  buttons: { bc: broadcastButtons },
  setup({ services }) {
    const tracker = new ProgressTracker(services);
    return () => tracker.stop();
  },
};
