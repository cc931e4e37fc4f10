// The .ics file of a meetup parsed back: UTC times, the alarm, summary, location, UID/SEQUENCE, and cancellation.
import { describe, expect, it } from 'vitest';
import { icsAttachment, meetupIcs } from '../../../src/features/meetups/ics.js';
import { nextInSeries } from '../../../src/features/meetups/series.js';
import type { Meetup } from '../../../src/store/schema.js';

/** A minimal RFC 5545 reader for the test: unfolds lines, returns the components as nested property lists. */
function parseIcs(text: string): Array<{ name: string; props: Record<string, string>; children: Array<{ name: string; props: Record<string, string> }> }> {
  const lines = text.replace(/\r\n[ \t]/g, '').split(/\r\n/).filter(Boolean);
  const stack: Array<{ name: string; props: Record<string, string>; children: Array<{ name: string; props: Record<string, string> }> }> = [];
  const done: typeof stack = [];
  for (const line of lines) {
    const at = line.indexOf(':');
    const key = line.slice(0, at).split(';')[0]!;
    const value = line.slice(at + 1).replace(/\\n/g, '\n').replace(/\\([,;\\])/g, '$1');
    if (key === 'BEGIN') stack.push({ name: value, props: {}, children: [] });
    else if (key === 'END') {
      const component = stack.pop()!;
      if (stack.length > 0) stack.at(-1)!.children.push(component);
      else done.push(component);
    } else stack.at(-1)!.props[key] = value;
  }
  return done;
}

const base: Meetup = {
  id: 'k3v9x2pq',
  groupId: 'g1',
  proposerId: 'm1',
  activity: 'coffee',
  place: { kind: 'place', text: 'Bibliotheek Oost, Hoofdstraat 1; ingang links' },
  options: [Date.parse('2026-12-05T13:00:00Z')],
  votes: {},
  status: 'confirmed',
  at: Date.parse('2026-12-05T13:00:00Z'),
  rsvp: {},
  sequence: 2,
  timeZone: 'Europe/Amsterdam',
  edits: 0,
  createdAt: 0,
  updatedAt: 0,
};
const texts = { summary: 'Koffie drinken', location: 'Bibliotheek Oost, Hoofdstraat 1; ingang links', description: 'Afspraak van Utrecht Oost (via welkom)', alarm: 'Koffie drinken' };
const now = Date.parse('2026-12-01T10:00:00Z');

describe('meetup .ics', () => {
  it('parses back to one event with UTC times, a display alarm an hour before, summary and location', () => {
    const [calendar] = parseIcs(meetupIcs(base, texts, { now }));
    expect(calendar!.name).toBe('VCALENDAR');
    expect(calendar!.props.METHOD).toBe('PUBLISH');
    const event = calendar!.children.find((c) => c.name === 'VEVENT') as unknown as { props: Record<string, string>; children: Array<{ name: string; props: Record<string, string> }> };
    expect(event.props).toMatchObject({
      UID: 'k3v9x2pq@welkom',
      SEQUENCE: '2',
      DTSTART: '20261205T130000Z',
      DTEND: '20261205T150000Z',
      DTSTAMP: '20261201T100000Z',
      SUMMARY: 'Koffie drinken',
      LOCATION: 'Bibliotheek Oost, Hoofdstraat 1; ingang links',
      STATUS: 'CONFIRMED',
    });
    const alarm = event.children.find((c) => c.name === 'VALARM')!;
    expect(alarm.props).toMatchObject({ ACTION: 'DISPLAY', TRIGGER: '-PT1H', DESCRIPTION: 'Koffie drinken' });
  });

  it('an online meetup carries its link; a summer date is still written in UTC', () => {
    const online: Meetup = { ...base, place: { kind: 'online', link: 'https://meet.jit.si/welkom' }, at: Date.parse('2027-06-05T12:00:00Z') };
    const event = parseIcs(meetupIcs(online, { ...texts, location: 'online: https://meet.jit.si/welkom' }, { now }))[0]!.children[0]!;
    expect(event.props).toMatchObject({ DTSTART: '20270605T120000Z', URL: 'https://meet.jit.si/welkom' });
  });

  it('a cancelled meetup: METHOD:CANCEL, STATUS:CANCELLED, no alarm, same UID', () => {
    const [calendar] = parseIcs(meetupIcs({ ...base, sequence: 3 }, texts, { now, cancelled: true }));
    expect(calendar!.props.METHOD).toBe('CANCEL');
    const event = calendar!.children[0]!;
    expect(event.props).toMatchObject({ UID: 'k3v9x2pq@welkom', SEQUENCE: '3', STATUS: 'CANCELLED' });
    expect((event as unknown as { children: unknown[] }).children).toEqual([]);
  });

  it('is attached as a base64 text/calendar document', () => {
    const file = icsAttachment(base, texts, { now });
    expect(file).toMatchObject({ kind: 'document', mimeType: 'text/calendar', filename: 'welkom-k3v9x2pq.ics' });
    expect(Buffer.from(file.data!, 'base64').toString()).toContain('BEGIN:VCALENDAR');
  });
});

describe('series (rrule on the wall clock)', () => {
  const iso = (at: number | undefined) => (at === undefined ? undefined : new Date(at).toISOString());
  it('weekly keeps 14:00 local across the spring DST change', () => {
    const at = Date.parse('2027-03-20T13:00:00Z'); // Sat 20 March 14:00 CET
    expect(iso(nextInSeries({ repeat: 'weekly', at, timeZone: 'Europe/Amsterdam' }))).toBe('2027-03-27T13:00:00.000Z');
    expect(iso(nextInSeries({ repeat: 'weekly', at: Date.parse('2027-03-27T13:00:00Z'), seriesStart: at, timeZone: 'Europe/Amsterdam' }))).toBe('2027-04-03T12:00:00.000Z');
  });
  it('every two weeks', () => {
    const at = Date.parse('2026-12-05T13:00:00Z');
    expect(iso(nextInSeries({ repeat: 'biweekly', at, timeZone: 'Europe/Amsterdam' }))).toBe('2026-12-19T13:00:00.000Z');
  });
  it('monthly on the same weekday: the first Saturday, and the fifth becomes the last', () => {
    const first = Date.parse('2026-12-05T13:00:00Z'); // first Saturday of December
    expect(iso(nextInSeries({ repeat: 'monthly', at: first, timeZone: 'Europe/Amsterdam' }))).toBe('2027-01-02T13:00:00.000Z');
    const fifth = Date.parse('2027-01-30T13:00:00Z'); // fifth Saturday of January
    expect(iso(nextInSeries({ repeat: 'monthly', at: fifth, timeZone: 'Europe/Amsterdam' }))).toBe('2027-02-27T13:00:00.000Z');
  });
  it('a one-off meetup has no next time', () => {
    expect(nextInSeries({ at: Date.now(), timeZone: 'Europe/Amsterdam' })).toBeUndefined();
  });
});
