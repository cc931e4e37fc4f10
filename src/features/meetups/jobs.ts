// Scheduled work of meetups: the poll deadline, reminders (24 h / 2 h before), and "did it happen?" the morning after.
import type { JobHandler } from '../../scheduler/scheduler.js';
import type { Meetup } from '../../store/schema.js';
import { decide, followUp, sendReminders } from './lifecycle.js';

function meetupOf(job: Parameters<JobHandler>[0], context: Parameters<JobHandler>[1]): Meetup | undefined {
  const id = typeof job.payload.meetupId === 'string' ? job.payload.meetupId : '';
  return context.services.store.get('meetups', id);
}

export const meetupJobs: Record<string, JobHandler> = {
  'meetups.deadline': (job, context) => {
    const meetup = meetupOf(job, context);
    if (meetup?.status === 'polling') decide(context.services, meetup, context.now, false);
  },
  'meetups.reminder': (job, context) => {
    const meetup = meetupOf(job, context);
    // A reminder planned for an earlier time of a moved meetup is stale (moving re-plans; this is a second guard).
    if (meetup && meetup.at === job.payload.at) sendReminders(context.services, meetup, context.occurrence);
  },
  'meetups.followup': (job, context) => {
    const meetup = meetupOf(job, context);
    if (meetup && meetup.at === job.payload.at) followUp(context.services, meetup, context.now);
  },
};
