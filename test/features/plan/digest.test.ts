// The coordinator's weekly digest: three groups in different states, Monday 09:00 in the coordinator's zone and language.
import { afterEach, describe, expect, it } from 'vitest';
import { askHelp, commit, complete } from '../../../src/features/plan/items.js';
import { ensurePlan } from '../../../src/features/plan/plan.js';
import { advanceTime } from '../../../src/playground/time.js';
import { createHarness, seedCoordinator, type Harness } from '../../helpers/harness.js';
import { addMember, seedGroup } from './helpers.js';

let harness: Harness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

const plain = (text: string) => text.replace(/[\u2068\u2069]/g, '');

async function advanceTo(h: Harness, at: number): Promise<void> {
  await advanceTime({ clock: h.clock, services: h.app.services, scheduler: h.app.scheduler, delivery: h.app.delivery, settle: () => h.app.delivery.idle() }, at - h.clock.now());
}

function take(h: Harness, groupId: string, itemId: string, owner: string, dueDate: string) {
  const { services } = h.app;
  const group = services.store.get('groups', groupId)!;
  ensurePlan(services, group, h.clock.now());
  const target = services.store.values('commitments').find((c) => c.groupId === groupId && c.itemId === itemId)!;
  const result = commit(services, { group, actor: services.store.get('members', owner)!, commitmentId: target.id, ownerIds: [owner], dueDate }, h.clock.now());
  if (!result.ok) throw new Error(result.reason);
  return result.commitment;
}

describe('weekly digest', () => {
  it('shows a coordinator with three groups which are on track and which need attention, and why', async () => {
    harness = await createHarness();
    const carla = await seedCoordinator(harness, 'coord', 'en');
    const { store } = harness.app.services;
    store.put('members', 'm_coord', { ...store.get('members', 'm_coord')!, timeZone: 'Europe/London' });
    // Zeno coordinates Zwolle only.
    addMember(harness, 'zeno', 'Zeno', 'coordinator', [], { scope: { municipalities: ['Zwolle'] } });
    const a = await seedGroup(harness, 'a', [...[1, 2, 3, 4, 5].map((n) => ({ userId: `a${n}`, name: `Vera${n}`, role: 'volunteer' as const })), { userId: 'an', name: 'Nour', role: 'newcomer' as const }]);
    const b = await seedGroup(harness, 'b', [1, 2, 3].map((n) => ({ userId: `b${n}`, name: `Bas${n}`, role: 'volunteer' as const })));
    await seedGroup(harness, 'c', [{ userId: 'c1', name: 'Cor', role: 'volunteer' }], { municipality: 'Zwolle' });
    for (const id of ['a', 'b', 'c']) ensurePlan(harness.app.services, store.get('groups', id)!, harness.clock.now());

    const gp = take(harness, 'a', 'gp_registration', 'm_a1', '2026-12-18');
    take(harness, 'b', 'bank_account', 'm_b1', '2026-12-10');
    const school = take(harness, 'c', 'school_children', 'm_c1', '2027-01-15');
    askHelp(harness.app.services, school, store.get('members', 'm_c1')!, harness.clock.now());
    await store.committed();

    // Group a met on 12 December and meets again on 27 December; b and c have not met.
    const meetup = (id: string, at: number) => ({ id, groupId: 'a', proposerId: 'm_a1', activity: 'coffee' as const, place: { kind: 'place' as const, text: 'Bibliotheek' }, options: [at], votes: {}, status: 'confirmed' as const, at, rsvp: {}, sequence: 0, timeZone: 'Europe/Amsterdam', edits: 0, createdAt: 0, updatedAt: 0 });
    store.put('meetups', 'mt1', meetup('mt1', Date.UTC(2026, 11, 12, 13)));
    store.put('meetupOutcomes', 'mt1', { id: 'mt1', groupId: 'a', at: Date.UTC(2026, 11, 12, 13), held: true, answeredBy: 'm_a1', answeredAt: Date.UTC(2026, 11, 13, 9) });
    store.put('meetups', 'mt2', meetup('mt2', Date.UTC(2026, 11, 27, 13)));
    // Group b met once, but the proposer said it did not happen.
    store.put('meetups', 'mt3', { ...meetup('mt3', Date.UTC(2026, 11, 5, 13)), groupId: 'b' });
    store.put('meetupOutcomes', 'mt3', { id: 'mt3', groupId: 'b', at: Date.UTC(2026, 11, 5, 13), held: false, answeredBy: 'm_b1', answeredAt: Date.UTC(2026, 11, 6, 9) });
    await store.committed();

    // Groups a and b keep talking; group c falls silent after 30 November.
    await advanceTo(harness, Date.UTC(2026, 11, 17, 15));
    complete(harness.app.services, store.get('commitments', gp.id)!, store.get('members', 'm_a1')!, harness.clock.now());
    await harness.person('a2-group', { chatId: a.chatId, chatType: 'group', userId: 'a2' }).say('Gelukt bij de huisarts!');
    await harness.person('b2-group', { chatId: b.chatId, chatType: 'group', userId: 'b2' }).say('Wie gaat mee naar de bank?');

    // Monday 21 December, 09:00 in London (09:00 UTC), not 09:00 in Amsterdam.
    await advanceTo(harness, Date.UTC(2026, 11, 21, 8, 59));
    expect((await carla.inbox()).filter((m) => m.text.includes('Weekly overview 21'))).toEqual([]);
    await carla.inbox();
    await advanceTo(harness, Date.UTC(2026, 11, 21, 9, 1));
    const digest = (await carla.inbox()).map((m) => plain(m.text)).find((t) => t.startsWith('Weekly overview'))!;
    expect(digest).toBeDefined();
    const lines = digest.split('\n');
    expect(lines[0]).toBe('Weekly overview, Monday 21 December');
    expect(lines[1]).toBe('3 groups: 1 on track, 2 need attention.');
    expect(digest).toContain('Quiet groups: Groep c (20 days)');
    expect(digest).toContain('Fewer than 5 volunteers: Groep b (3), Groep c (1)');
    // Needing attention first: b and c, then a.
    const heads = lines.filter((l) => /^(✅|⚠️)/.test(l));
    expect(heads).toEqual([
      '⚠️ Groep b (Utrecht) — needs attention · plan 0/24 (0%)',
      '⚠️ Groep c (Zwolle) — needs attention · plan 0/24 (0%)',
      '✅ Groep a (Utrecht) — on track · plan 1/24 (4%)',
    ]);
    expect(digest).toContain('3 volunteers (fewer than 5) · no meetup in 14 days · 1 item overdue');
    expect(digest).toContain('! Bank account · Bas1 · Thursday 10 December');
    expect(digest).toContain('1 volunteer (fewer than 5) · no meetup in 14 days · 1 call for help · quiet for 20 days');
    expect(digest).toContain('1 item done this week:\n   ✓ GP registration');
    expect(digest).toContain('Next meetup: Sunday 27 December at 14:00');
    expect(digest.split('\n').filter((l) => l.includes('No next meetup planned'))).toHaveLength(2);

    // Zeno's digest (Amsterdam, Dutch) covers Zwolle only.
    const zeno = harness.app.local.transcript('zeno').map((m) => plain(m.text)).filter((t) => t.startsWith('Weekoverzicht')).at(-1)!;
    expect(zeno).toContain('1 groep: 0 op schema, 1 vraagt aandacht.');
    expect(zeno).toContain('Groep c');
    expect(zeno).not.toContain('Groep a');
    // One per Monday: 7, 14 and 21 December.
    expect(harness.app.local.transcript('zeno').filter((m) => m.text.startsWith('Weekoverzicht'))).toHaveLength(3);
  });

  it('Monday 09:00 stays 09:00 local when the clocks change, and a restart sends no second digest', async () => {
    harness = await createHarness();
    harness.clock.advance(Date.UTC(2027, 2, 17, 12) - harness.clock.now());
    harness.app.scheduler.tick(); // the daily jobs move on to their next time after the jump
    const carla = await seedCoordinator(harness);
    await seedGroup(harness, 'g1', [{ userId: 'v1', name: 'Vera', role: 'volunteer' }]);
    await advanceTo(harness, Date.UTC(2027, 2, 22, 9));
    const first = (await carla.inbox()).filter((m) => m.text.startsWith('Weekoverzicht'));
    expect(first.map((m) => Math.floor(m.at / 60_000) * 60_000)).toEqual([Date.UTC(2027, 2, 22, 8)]); // CET
    await harness.restart();
    await advanceTo(harness, Date.UTC(2027, 2, 29, 9));
    const digests = harness.app.services.store.values('outbox').filter((i) => i.memberId === 'm_coord' && i.message.text.startsWith('Weekoverzicht'));
    expect(digests.map((i) => Math.floor((i.sentAt ?? 0) / 60_000) * 60_000).sort()).toEqual([Date.UTC(2027, 2, 22, 8), Date.UTC(2027, 2, 29, 7)]); // CEST
  });
});
