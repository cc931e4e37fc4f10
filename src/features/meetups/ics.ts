// The calendar file (.ics) of a meetup: UTC times, a reminder alarm, a stable UID and SEQUENCE so a moved or cancelled meetup updates the same entry.
import ical, { ICalAlarmType, ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import type { Attachment } from '../../core/types.js';
import type { Meetup } from '../../store/schema.js';
import { MEETUP_DURATION_MS } from './model.js';

export interface IcsTexts {
  summary: string;
  location: string;
  description: string;
  /** Text of the alarm shown by the calendar app. */
  alarm: string;
}

/** Minutes before the start when the calendar app reminds (in addition to welkom's own reminders). */
export const ICS_ALARM_MINUTES = 60;

/** Builds the .ics text; `cancelled` makes calendars remove the entry. */
export function meetupIcs(meetup: Meetup, texts: IcsTexts, options: { now: number; cancelled?: boolean }): string {
  const at = meetup.at ?? meetup.options[0] ?? options.now;
  const calendar = ical({ prodId: { company: 'welkom', product: 'meetups', language: 'NL' }, method: options.cancelled ? ICalCalendarMethod.CANCEL : ICalCalendarMethod.PUBLISH });
  const event = calendar.createEvent({
    id: `${meetup.id}@welkom`,
    sequence: meetup.sequence,
    stamp: new Date(options.now),
    start: new Date(at),
    end: new Date(at + MEETUP_DURATION_MS),
    summary: texts.summary,
    location: texts.location,
    description: texts.description,
    status: options.cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    ...(meetup.place.kind === 'online' ? { url: meetup.place.link } : {}),
  });
  if (!options.cancelled) event.createAlarm({ type: ICalAlarmType.display, trigger: ICS_ALARM_MINUTES * 60, description: texts.alarm });
  return calendar.toString();
}

/** The .ics as a document attachment (base64, small). */
export function icsAttachment(meetup: Meetup, texts: IcsTexts, options: { now: number; cancelled?: boolean }): Attachment {
  return {
    kind: 'document',
    filename: `welkom-${meetup.id}.ics`,
    mimeType: 'text/calendar',
    data: Buffer.from(meetupIcs(meetup, texts, options), 'utf8').toString('base64'),
  };
}
