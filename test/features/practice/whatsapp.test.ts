// A practice round over the WhatsApp channel and the fake Graph API: the keyword, reply buttons, a list, typed answers,
// and the daily nudge as the approved template once the 24-hour window has closed.
import { afterEach, describe, expect, it } from 'vitest';
import { pack, review, Rating } from '../../../src/features/practice/fsrs.js';
import { advanceTime } from '../../../src/playground/time.js';
import { questionType } from '../../../src/features/practice/questions.js';
import type { FakeSentMessage } from '../../fakes/whatsapp-api.js';
import { HOUR, seedGroup, seedMember, startWhatsAppApp, START, type WhatsAppTestApp } from '../../channels/whatsapp/setup.js';
import { featuresWithFixture, fixtureWords } from './fixture.js';

const SAMIRA = '31611119999';
const DAY = 24 * HOUR;
const words = fixtureWords();
let t: WhatsAppTestApp | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

/** A word whose second review is a "type the Dutch word" question. */
const typed = [...words.words.values()].find((w) => questionType(w, review('m_samira', w.id, undefined, Rating.Good, START)) === 'type')!;

type Interactive = { type: string; action: { buttons?: Array<{ reply: { id: string; title: string } }>; sections?: Array<{ rows: Array<{ id: string; title: string }> }> } };
function options(message: FakeSentMessage): Array<{ id: string; title: string }> {
  const interactive = message.body.interactive as Interactive | undefined;
  if (!interactive) return [];
  if (interactive.type === 'button') return (interactive.action.buttons ?? []).map((b) => b.reply);
  return (interactive.action.sections ?? []).flatMap((s) => s.rows);
}

async function post(app: WhatsAppTestApp, payload: object): Promise<FakeSentMessage[]> {
  const before = app.fake.sent(SAMIRA).length;
  expect((await app.driver.post(payload)).status).toBe(200);
  await app.app.delivery.idle();
  return app.fake.sent(SAMIRA).slice(before);
}

const question = (app: WhatsAppTestApp) => app.services.store.get('practiceLearners', 'm_samira')?.session?.question;

describe('practice on WhatsApp', () => {
  it('runs a round with reply buttons, typed answers and a settings list, in Arabic', async () => {
    t = await startWhatsAppApp({
      features: featuresWithFixture(),
      seed: (services) => {
        seedGroup(services, 'g1', 'm_samira');
        seedMember(services, { id: 'm_samira', identity: `whatsapp:${SAMIRA}`, locale: 'ar', groupIds: ['g1'] });
        // One word learnt three days ago and due now: its review is a typed question.
        services.store.put('practiceLearners', 'm_samira', { id: 'm_samira', settings: { newPerDay: 2, sessionLength: 10, time: '18:00', paused: false }, newToday: { day: '2026-11-27', count: 1 }, streak: { days: 1, lastDay: '2026-11-27' }, week: { since: START - 3 * DAY, answers: 1, learned: 0 }, createdAt: START - 3 * DAY });
        services.store.put('practiceCards', `m_samira/${typed.id}`, pack(review('m_samira', typed.id, undefined, Rating.Good, START - 3 * DAY)));
      },
    });
    const app = t;
    // The keyword in Arabic starts the round; the due word comes first, as a typed question with a "don't know" button.
    const [first] = await post(app, app.driver.text(SAMIRA, 'تمرين'));
    expect(question(app)?.type).toBe('type');
    expect(first!.text).toContain('اكتب الكلمة الهولندية');
    expect(options(first!).map((o) => o.title)).toEqual(['لا أعرف']);
    // A typo within the tolerance: "almost", and the next message is a new word's introduction plus a button question.
    const slip = typed.nl.length >= 4 ? `${typed.nl.slice(0, -2)}${typed.nl.at(-1)}` : typed.nl;
    const [second] = await post(app, app.driver.text(SAMIRA, slip));
    expect(second!.text).toMatch(typed.nl.length >= 4 ? /تقريبًا/ : /صحيح/);
    expect(second!.text).toContain('كلمة جديدة');
    expect(second!.type).toBe('interactive');
    // Reply buttons: press the right one.
    let guard = 0;
    let last = second!;
    while (question(app) && guard++ < 20) {
      const q = question(app)!;
      if (q.type === 'type') {
        [last] = (await post(app, app.driver.text(SAMIRA, words.words.get(q.entryId)!.nl))) as [FakeSentMessage];
        continue;
      }
      const buttons = options(last);
      expect(buttons.length).toBe(q.type === 'article' ? 2 : 3);
      const right = buttons[q.correct!]!;
      [last] = (await post(app, app.driver.buttonReply(SAMIRA, right.id, right.title))) as [FakeSentMessage];
    }
    expect(last.text).toContain('انتهينا');
    expect(app.services.store.values('practiceCards').length).toBe(3); // the due word + 2 new ones (her daily limit)

    // Settings: four choices come as a list; the round length is chosen from another list.
    const [menu] = await post(app, app.driver.buttonReply(SAMIRA, options(last).find((o) => o.title === 'الإعدادات')!.id, 'الإعدادات'));
    expect((menu!.body.interactive as Interactive).type).toBe('list');
    const lengthRow = options(menu!).find((o) => o.title === 'طول الجولة')!;
    const [lengths] = await post(app, app.driver.listReply(SAMIRA, lengthRow.id, lengthRow.title));
    const five = options(lengths!).find((o) => o.title === '5')!;
    const [done] = await post(app, app.driver.listReply(SAMIRA, five.id, five.title));
    expect(done!.text).toContain('5');
    expect(app.services.store.get('practiceLearners', 'm_samira')!.settings.sessionLength).toBe(5);
    // Nothing private reached the logs.
    expect(app.logs()).not.toContain(SAMIRA);
    expect(app.logs()).not.toContain(typed.nl);
  });

  it('sends the nudge as the practice_nudge template once the 24-hour window is closed', async () => {
    t = await startWhatsAppApp({
      features: featuresWithFixture(),
      seed: (services) => {
        seedGroup(services, 'g1', 'm_samira');
        seedMember(services, { id: 'm_samira', identity: `whatsapp:${SAMIRA}`, locale: 'ar', groupIds: ['g1'] });
      },
    });
    const app = t;
    await post(app, app.driver.text(SAMIRA, 'تمرين'));
    await post(app, app.driver.text(SAMIRA, 'stop'));
    // Two days later at 18:00 (Amsterdam): she has not written for more than 24 hours.
    await advanceTime({ clock: app.clock, services: app.services, scheduler: app.app.scheduler, delivery: app.app.delivery, settle: () => app.app.delivery.idle() }, 2 * DAY + 7 * HOUR);
    const nudge = app.fake.sent(SAMIRA).at(-1)!;
    expect(nudge.type).toBe('template');
    expect(nudge.body.template).toMatchObject({ name: 'welkom_practice_nudge', language: { code: 'ar' } });
    expect(JSON.stringify(nudge.body.template)).toContain('هولندية');
    // "Reply to this message to start": any reply starts the round.
    const [round] = await post(app, app.driver.text(SAMIRA, 'ok'));
    expect(round!.text).toMatch(/السؤال 1 من/);
  });
});
