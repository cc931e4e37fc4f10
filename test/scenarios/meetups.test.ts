// Meetups through the local channel: propose in the group chat, one poll for the group chat and the newcomer, votes, decide, RSVP, reminders, move, cancel, series.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FSI, PDI } from '../../src/i18n/i18n.js';
import { createHarness, texts, type Harness } from '../helpers/harness.js';
import { advance, advanceTo, latestMeetup, propose, seedMeetupGroup, seedStranger, type MeetupCast } from './meetups-helpers.js';

let harness: Harness;
let cast: MeetupCast;
beforeEach(async () => {
  harness = await createHarness();
  cast = await seedMeetupGroup(harness);
});
afterEach(async () => {
  // No text anywhere was sent with a variable left unfilled.
  const unfilled = harness.app.services.store.values('outbox').filter((item) => item.message.text.includes('{{') || item.message.choices?.some((c) => c.label.includes('{{')));
  expect(unfilled.map((item) => item.message.text)).toEqual([]);
  await harness.close();
});

const plain = (text: string) => text.replaceAll(FSI, '').replaceAll(PDI, '');
const HOUR = 3_600_000;

describe('proposing', () => {
  it('reads each typed time back, refuses a past or unreadable one with two examples, and stores nothing until the end', async () => {
    const anna = cast.annaGroup;
    expect(texts(await anna.say('/meetup'))).toContain('Wat gaan jullie doen?');
    expect(texts(await anna.press('coffee'))).toContain('Welke tijd stel je voor?');
    const past = plain(texts(await anna.say('gisteren om 3 uur')));
    expect(past).toContain('Die tijd is al voorbij');
    expect(past).toContain('zaterdag om 14:00 of morgen half drie');
    expect(plain(texts(await anna.say('32 februari')))).toContain('Dat begrijp ik niet als dag en tijd');
    expect(plain(texts(await anna.say('🎉🎉')))).toContain('Schrijf een dag en een tijd');
    expect(harness.app.services.store.values('meetups')).toHaveLength(0);
    const read = plain(texts(await anna.say('zaterdag half drie')));
    expect(read).toContain('Ik lees: zaterdag 5 december om 14:30.');
    expect(read).toContain('Klopt dat?');
    await anna.press('undo');
    await anna.say('za 15u');
    await anna.press('add');
    expect(plain(texts(await anna.say('za 15u')))).toContain('staat er al bij');
    await anna.say('vanavond om 8 uur');
    await anna.press('done');
    await anna.press('online');
    expect(plain(texts(await anna.say('meet op zoom')))).toContain('Dat is geen link');
    await anna.say('https://meet.jit.si/welkom-koffie');
    await anna.press('d1');
    expect(harness.app.services.store.values('meetups')).toHaveLength(0);
    const created = plain(texts(await anna.press('once')));
    expect(created).toContain('De groep kan nu stemmen over 2 tijden voor Koffie drinken');
    const meetup = latestMeetup(harness);
    expect(meetup).toMatchObject({ status: 'polling', activity: 'coffee', place: { kind: 'online', link: 'https://meet.jit.si/welkom-koffie' }, groupId: cast.groupId, proposerId: 'm_anna' });
    expect(meetup.options.map((at) => new Date(at).toISOString())).toEqual(['2026-11-30T19:00:00.000Z', '2026-12-05T14:00:00.000Z']);
    // deadline: 24 hours, but at least 2 hours before the first time (tonight 20:00) → 18:00 tonight
    expect(new Date(meetup.deadline!).toISOString()).toBe('2026-11-30T17:00:00.000Z');
  });

  it('a newcomer proposes on WhatsApp with the keyword in their language', async () => {
    const samira = cast.samira;
    const first = texts(await samira.say('لقاء'));
    expect(first).toContain('ماذا ستفعلون؟');
    await samira.press('other');
    await samira.say('السوق');
    await samira.say('Saturday 2pm');
    await samira.press('done');
    await samira.press('place');
    await samira.say('Vredenburg');
    await samira.press('none');
    await samira.press('once');
    const meetup = latestMeetup(harness);
    expect(meetup).toMatchObject({ activity: 'other', title: 'السوق', proposerId: 'm_samira' });
    await harness.app.delivery.idle();
    const poll = harness.app.local.transcript('grp').at(-1)!;
    expect(plain(poll.text)).toContain('Samira wil afspreken: السوق');
  });
});

describe('one poll across the group chat and the newcomer', () => {
  it('counts votes from both, names voters (newcomers by first name), counts a repeated press once, and lets people change their vote', async () => {
    const meetup = await propose(cast, harness, ['zaterdag om 14:00', 'zondag half drie']);
    const samiraPoll = (await cast.samira.inbox()).at(-1)!;
    expect(samiraPoll.choices!.map((c) => c.id)).toEqual([`mt:v:${meetup.id}:0`, `mt:v:${meetup.id}:1`, `mt:v:${meetup.id}:x`]);
    expect(samiraPoll.choices![0]!.label).toMatch(/السبت/);
    const groupPoll = harness.app.local.transcript('grp').find((m) => m.direction === 'out' && m.choices?.some((c) => c.id === `mt:d:${meetup.id}`))!;
    expect(groupPoll.choices!.map((c) => c.id)).toContain(`mt:d:${meetup.id}`);

    await cast.annaGroup.press(`mt:v:${meetup.id}:0`);
    expect(plain(texts(await cast.samira.press(`mt:v:${meetup.id}:1`)))).toContain('شكراً');
    expect(plain(texts(await cast.samira.press(`mt:v:${meetup.id}:1`)))).toContain('لقد اخترتَ');
    await cast.benGroup.press(`mt:v:${meetup.id}:1`);
    await cast.benGroup.press(`mt:v:${meetup.id}:1`);
    let stored = harness.app.services.store.get('meetups', meetup.id)!;
    expect(stored.votes).toEqual({ m_anna: 0, m_samira: 1, m_ben: 1 });
    await cast.benGroup.press(`mt:v:${meetup.id}:0`);
    stored = harness.app.services.store.get('meetups', meetup.id)!;
    expect(stored.votes).toEqual({ m_anna: 0, m_samira: 1, m_ben: 0 });

    // The live group message is edited in place, paced: the first edit waits 3 s after the poll went out, and the
    // outbox sends only the newest of the edits waiting by then, so four votes become a single edit.
    await advance(harness, 5_000);
    const edits = harness.app.services.store.values('outbox').filter((item) => item.message.editOf === `mt:${meetup.id}:poll`);
    expect(edits.filter((item) => item.state === 'sent')).toHaveLength(1);
    expect(edits.filter((item) => item.state === 'cancelled').length).toBe(edits.length - 1);
    const last = edits.find((item) => item.state === 'sent')!;
    const line = harness.app.local.transcript('grp').find((m) => m.id === groupPoll.id)!;
    expect(line.edited).toBe(true);
    expect(line.text).toBe(last.message.text);
    expect(plain(last.message.text)).toMatch(/1\. zaterdag 5 december om 14:00 — 2 stemmen\n {3}Anna de Vries, Ben/);
    expect(plain(last.message.text)).toMatch(/2\. zondag 6 december om 14:30 — 1 stem\n {3}Samira$/);
    expect(last.message.text).not.toContain('Haddad');
  });

  it('decide: only the proposer or a coordinator; most votes win; everyone is told in their language with an .ics and RSVP buttons', async () => {
    const meetup = await propose(cast, harness, ['zaterdag om 14:00', 'zondag half drie']);
    await cast.annaGroup.press(`mt:v:${meetup.id}:0`);
    await cast.samira.press(`mt:v:${meetup.id}:1`);
    await cast.benGroup.press(`mt:v:${meetup.id}:1`);
    // Ben may not decide (he is answered in his own language, Ukrainian).
    expect(plain(texts(await cast.benGroup.press(`mt:d:${meetup.id}`)))).toBe('Змінити цю зустріч може лише Anna de Vries або координатор.');
    await cast.annaGroup.press(`mt:d:${meetup.id}`);
    const stored = harness.app.services.store.get('meetups', meetup.id)!;
    expect(stored.status).toBe('confirmed');
    expect(new Date(stored.at!).toISOString()).toBe('2026-12-06T13:30:00.000Z');
    expect(stored.rsvp).toEqual({ m_samira: 'yes', m_ben: 'yes' });

    const samira = (await cast.samira.inbox()).find((m) => m.text.includes('تم الاتفاق'))!;
    expect(plain(samira.text)).toContain('الأحد');
    expect(samira.choices!.map((c) => c.id)).toEqual([`mt:r:${meetup.id}:y`, `mt:r:${meetup.id}:m`, `mt:r:${meetup.id}:n`]);
    const samiraItem = harness.app.services.store.values('outbox').find((i) => i.key === `mt:${meetup.id}:s0:confirmed:ics:m_samira`)!;
    expect(samiraItem.message.attachment).toMatchObject({ kind: 'document', mimeType: 'text/calendar', filename: `welkom-${meetup.id}.ics` });
    // Ben reads the group chat but in Ukrainian: he is told 1:1 too; Anna (Dutch, in the chat) only in the chat.
    expect(harness.app.services.store.values('outbox').some((i) => i.key === `mt:${meetup.id}:s0:confirmed:m_ben` && i.message.text.includes('Домовилися'))).toBe(true);
    expect(harness.app.services.store.values('outbox').some((i) => i.key === `mt:${meetup.id}:s0:confirmed:m_anna`)).toBe(false);
    const group = harness.app.local.transcript('grp').filter((m) => m.direction === 'out');
    expect(plain(group.map((m) => m.text).join('\n'))).toContain('Afgesproken! Koffie drinken\nWanneer: zondag 6 december om 14:30');

    // Votes after the decision are answered, not counted.
    expect(plain(texts(await cast.samira.press(`mt:v:${meetup.id}:0`)))).toContain('انتهى هذا التصويت');
    expect(harness.app.services.store.get('meetups', meetup.id)!.votes.m_samira).toBe(1);
  });

  it('a tie goes to the time the newcomer can make', async () => {
    const meetup = await propose(cast, harness, ['zaterdag om 14:00', 'zondag half drie']);
    await cast.annaGroup.press(`mt:v:${meetup.id}:0`);
    await cast.samira.press(`mt:v:${meetup.id}:1`);
    await cast.annaGroup.press(`mt:d:${meetup.id}`);
    expect(new Date(harness.app.services.store.get('meetups', meetup.id)!.at!).toISOString()).toBe('2026-12-06T13:30:00.000Z');
  });

  it('the deadline decides; without any vote it asks the proposer instead', async () => {
    const meetup = await propose(cast, harness, ['zaterdag om 14:00', 'zondag half drie'], { deadline: 'd1' });
    await advance(harness, 25 * HOUR);
    expect(harness.app.services.store.get('meetups', meetup.id)!.status).toBe('polling');
    expect(plain(texts(await cast.anna.inbox()))).toContain('Niemand heeft gestemd voor Koffie drinken. De stemming blijft open: kies zelf een tijd met Beslissen, of zeg de afspraak af via /meetups.');

    const second = await propose(cast, harness, ['vrijdag 19:00', 'zaterdag om 11:00'], { deadline: 'd1' });
    await cast.samira.press(`mt:v:${second.id}:1`);
    await advance(harness, 25 * HOUR);
    const decided = harness.app.services.store.get('meetups', second.id)!;
    expect(decided.status).toBe('confirmed');
    expect(new Date(decided.at!).toISOString()).toBe('2026-12-05T10:00:00.000Z');
  });

  it('a vote on a deleted poll, a malformed button and a stranger are answered politely', async () => {
    const meetup = await propose(cast, harness, ['zaterdag om 14:00']);
    expect(plain(texts(await cast.samira.press('mt:v:nosuchid:0')))).toContain('هذا اللقاء لم يعد موجوداً');
    expect(plain(texts(await cast.samira.press(`mt:v:${meetup.id}:7`)))).toContain('لم يعد موجوداً');
    expect(plain(texts(await cast.samira.press('mt:zz')))).toContain('لم يعد موجوداً');
    const dave = await seedStranger(harness);
    expect(plain(texts(await dave.press(`mt:v:${meetup.id}:0`)))).toContain('Alleen leden van de groep');
    harness.app.services.store.delete('meetups', meetup.id);
    expect(plain(texts(await cast.samira.press(`mt:v:${meetup.id}:0`)))).toContain('لم يعد موجوداً');
  });
});

describe('after the decision', () => {
  async function confirmed(times = ['zaterdag om 14:00']) {
    const meetup = await propose(cast, harness, times);
    await cast.samira.press(`mt:v:${meetup.id}:0`);
    await cast.annaGroup.press(`mt:d:${meetup.id}`);
    return harness.app.services.store.get('meetups', meetup.id)!;
  }

  it('RSVP: typed numbers work (template path), the group sees a summary, declined people get no reminders', async () => {
    const meetup = await confirmed();
    expect(plain(texts(await cast.samira.say('2')))).toContain('أخبرنا عندما تتأكد');
    expect(plain(texts(await cast.ben.press(`mt:r:${meetup.id}:n`)))).toContain('Шкода');
    await cast.annaGroup.press(`mt:r:${meetup.id}:y`);
    await advance(harness, 5_000);
    const summary = harness.app.services.store.values('outbox').filter((i) => i.message.editOf === `mt:${meetup.id}:s0:confirmed`).sort((a, b) => a.createdAt - b.createdAt).at(-1)!;
    expect(plain(summary.message.text)).toContain('Komen: Anna de Vries\nMisschien: Samira\nKunnen niet: Ben');

    // Saturday 14:00 → reminders Friday 14:00 (24 h) and Saturday 12:00 (2 h), not to Ben.
    const reminderJobs = harness.app.services.store.values('jobs').filter((j) => j.type === 'meetups.reminder').map((j) => new Date(j.dueAt).toISOString()).sort();
    expect(reminderJobs).toEqual(['2026-12-04T13:00:00.000Z', '2026-12-05T11:00:00.000Z']);
    await advanceTo(harness, Date.parse('2026-12-04T13:00:30Z'));
    const reminders = harness.app.services.store.values('outbox').filter((i) => i.message.kind === 'meetup_reminder');
    expect(reminders.map((i) => i.memberId).sort()).toEqual(['m_anna', 'm_samira']);
    expect(plain(reminders.find((i) => i.memberId === 'm_samira')!.message.text)).toContain('تذكير: شرب القهوة');
  });

  it('move: everyone told, RSVPs asked again, reminders re-planned; cancel: everyone told with a cancelled .ics, jobs gone', async () => {
    const meetup = await confirmed();
    const manage = await cast.anna.say('/meetups');
    expect(plain(texts(manage))).toContain('Koffie drinken: zaterdag 5 december om 14:00, Bibliotheek Oost');
    await cast.anna.press(`mt:o:${meetup.id}`);
    expect(plain(texts(await cast.anna.press(`mt:m:${meetup.id}`)))).toContain('Wat is de nieuwe dag en tijd?');
    expect(plain(texts(await cast.anna.say('gisteren')))).toContain('Die tijd is al voorbij');
    expect(plain(texts(await cast.anna.say('zondag 11:00')))).toContain('Verzet naar zondag 6 december om 11:00');
    const moved = harness.app.services.store.get('meetups', meetup.id)!;
    expect(moved).toMatchObject({ sequence: 1, rsvp: {} });
    const jobs = harness.app.services.store.values('jobs').filter((j) => j.type === 'meetups.reminder').map((j) => new Date(j.dueAt).toISOString()).sort();
    expect(jobs).toEqual(['2026-12-05T10:00:00.000Z', '2026-12-06T08:00:00.000Z']);
    expect(plain(texts(await cast.samira.inbox()))).toContain('تغيّر الموعد!');

    await cast.anna.press(`mt:c:${meetup.id}`);
    expect(plain(texts(await cast.anna.press(`mt:cy:${meetup.id}`)))).toContain('Afgezegd');
    expect(harness.app.services.store.values('jobs').filter((j) => j.id.startsWith(`mt:${meetup.id}`))).toEqual([]);
    const cancel = harness.app.services.store.values('outbox').find((i) => i.key === `mt:${meetup.id}:cancelled:m_samira`)!;
    expect(plain(cancel.message.text)).toContain('أُلغي');
    const cancelFile = harness.app.services.store.values('outbox').find((i) => i.key === `mt:${meetup.id}:cancelled:ics:m_samira`)!;
    expect(Buffer.from(cancelFile.message.attachment!.data!, 'base64').toString()).toContain('STATUS:CANCELLED');
    expect(plain(texts(await cast.samira.press(`mt:r:${meetup.id}:y`)))).toContain('أُلغي هذا اللقاء');
  });

  it('reminder settings per group: a volunteer picks "24 hours before" and the planned reminders follow; a newcomer may not', async () => {
    const meetup = await confirmed();
    const list = await cast.ben.say('/meetups');
    const button = list.at(-1)!.choices!.find((c) => c.id === `mt:rq:${cast.groupId}`)!;
    expect(button).toBeTruthy();
    const question = await cast.ben.press(button.id);
    expect(question.at(-1)!.choices!.map((c) => c.id)).toEqual(['both', 'h24', 'h2', 'off'].map((p) => `mt:rs:${cast.groupId}:${p}`));
    await cast.ben.press(`mt:rs:${cast.groupId}:h24`);
    expect(harness.app.services.store.get('meetupSettings', cast.groupId)).toMatchObject({ reminderHours: [24] });
    const jobs = harness.app.services.store.values('jobs').filter((j) => j.type === 'meetups.reminder' && j.id.startsWith(`mt:${meetup.id}`));
    expect(jobs.map((j) => j.id)).toEqual([`mt:${meetup.id}:r24`]);
    expect(plain(texts(await cast.samira.press(`mt:rs:${cast.groupId}:off`)))).toContain('فقط المتطوعون');
    expect(harness.app.services.store.get('meetupSettings', cast.groupId)).toMatchObject({ reminderHours: [24] });
  });

  it('"did it happen?" goes to the proposer the next morning and is kept per group', async () => {
    const meetup = await confirmed();
    await advanceTo(harness, Date.parse('2026-12-06T08:31:00Z'));
    const question = (await cast.anna.inbox()).find((m) => m.text.includes('doorgegaan'))!;
    expect(plain(question.text)).toBe('Is Koffie drinken van zaterdag 5 december om 14:00 doorgegaan?');
    await cast.anna.press(`mt:h:${meetup.id}:y`);
    const { lastMeetupHeld } = await import('../../src/features/meetups/index.js');
    expect(lastMeetupHeld(harness.app.services.store, cast.groupId)).toMatchObject({ id: meetup.id, held: true, at: meetup.at });
  });

  it('a weekly series: the next time is planned the morning after; skip one tells everyone; stop ends it', async () => {
    const meetup = await propose(cast, harness, ['zaterdag om 14:00'], { repeat: 'weekly' });
    await cast.annaGroup.press(`mt:d:${meetup.id}`);
    await advanceTo(harness, Date.parse('2026-12-06T08:31:00Z'));
    const series = harness.app.services.store.values('meetups').filter((m) => m.seriesId === meetup.id && m.status === 'confirmed');
    const next = series.find((m) => m.id !== meetup.id)!;
    expect(new Date(next.at!).toISOString()).toBe('2026-12-12T13:00:00.000Z');
    expect(plain(texts(await cast.samira.inbox()))).toContain('المرة القادمة');

    await cast.anna.press(`mt:s:${next.id}`);
    const after = harness.app.services.store.values('meetups').filter((m) => m.seriesId === meetup.id && m.status === 'confirmed' && m.at! > next.at!);
    expect(after.map((m) => new Date(m.at!).toISOString())).toEqual(['2026-12-19T13:00:00.000Z']);
    expect(plain(texts(await cast.samira.inbox()))).toContain('هذه المرة لن يقام');

    await cast.anna.press(`mt:x:${after[0]!.id}`);
    expect(harness.app.services.store.get('meetups', after[0]!.id)).toMatchObject({ status: 'cancelled' });
    expect(harness.app.services.store.values('meetups').filter((m) => m.status === 'confirmed' && (m.at ?? 0) > harness.clock.now())).toEqual([]);
  });
});
