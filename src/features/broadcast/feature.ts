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
  privacy: {
    // A member's opt-out lives on the member; a coordinator's broadcasts are theirs (the recipients' copies are outbox items).
    export(memberId, services) {
      const mine = services.store.values('broadcasts').filter((b) => b.createdBy === memberId);
      const member = services.store.get('members', memberId);
      if (mine.length === 0 && !member?.optOut) return undefined;
      return {
        optedOutOfBroadcasts: member?.optOut ? new Date(member.optOut.at).toISOString() : null,
        broadcastsSent: mine.map((b) => ({ id: b.id, at: new Date(b.startedAt ?? b.createdAt).toISOString(), state: b.state, recipients: b.recipients, texts: b.texts, prepared: b.prepared ?? null })),
      };
    },
    erase(memberId, services) {
      for (const b of services.store.values('broadcasts').filter((x) => x.createdBy === memberId)) {
        services.jobs.cancel(`bc:${b.id}`);
        services.store.delete('broadcasts', b.id);
      }
    },
  },
  buttons: { bc: broadcastButtons },
  setup({ services }) {
    const tracker = new ProgressTracker(services);
    return () => tracker.stop();
  },
};
