// Benchmark: a broadcast started with the real /broadcast command (Telegram) to 1,000 people in 8 languages on both
// channels, against the fakes enforcing the limits; nothing lost or doubled; a newcomer's message meanwhile is answered fast.
import { startBroadcastRig, tgUser, waNumber } from '../../test/helpers/broadcast-rig.js';
import { median, repeat, spread } from '../stats.js';

const RECIPIENTS = 1_000;
const LOCALES = ['nl', 'en', 'ar', 'ti', 'tr', 'fa', 'so', 'uk'];
/** Platforms' published limits the fakes enforce: Telegram 30 messages/s overall, WhatsApp 80/s per number. */
const TELEGRAM_PER_SECOND = 30;
const WHATSAPP_PER_SECOND = 80;

export interface CommandRun {
  seconds: number;
  minimum: number;
  lost: number;
  duplicated: number;
  replyMs: number;
  edits: number;
}

export async function broadcastCommandRun(): Promise<CommandRun> {
  const rig = await startBroadcastRig({ recipients: RECIPIENTS, locales: LOCALES, whatsappPerSecond: WHATSAPP_PER_SECOND });
  try {
    await rig.say('/broadcast', 'Aan wie stuur je het bericht?');
    await rig.press('Al mijn groepen', 'Voor wie in die groepen?');
    await rig.press('Iedereen', 'Voor alle talen');
    await rig.press('Alle talen', 'Dit bericht gaat naar');
    await rig.press('Klaar bericht', 'Welk klaar bericht?');
    await rig.press('Hoe gaat het?', 'Voorbeeld');
    await rig.press('Nu versturen', 'Het bericht gaat nu naar');
    const started = performance.now();
    const { store } = rig.app.services;
    const broadcast = () => store.values('broadcasts')[0];
    // An unrelated newcomer (not in any group) writes while the broadcast runs: the answer must not wait behind it.
    await rig.until(() => (broadcast()?.itemIds.length ?? 0) > 0 && rig.wa.sent().length > 50, 30_000, 'the broadcast to be under way');
    const stranger = '31699999999';
    const asked = performance.now();
    await rig.driver.post(rig.driver.text(stranger, 'hallo'));
    await rig.until(() => rig.wa.sent(stranger).length > 0, 30_000, 'the answer to the newcomer');
    const replyMs = performance.now() - asked;
    await rig.until(() => broadcast()?.state === 'done', 300_000, 'the broadcast to finish');
    // From the moment the messages were queued (the coordinator pressed "send now") to the last one the platform accepted.
    const done = broadcast()!;
    const lastSent = Math.max(...done.itemIds.map((id) => store.get('outbox', id)?.sentAt ?? 0));
    const seconds = (lastSent - done.startedAt!) / 1000;
    void started;
    let lost = 0;
    let duplicated = 0;
    rig.members.forEach((member, index) => {
      const n = Math.floor(index / 2);
      const got = member.identities[0]!.startsWith('whatsapp:') ? rig.wa.sent(waNumber(n)).length : rig.tg.sent(tgUser(n)).length;
      if (got === 0) lost += 1;
      if (got > 1) duplicated += got - 1;
    });
    const telegram = rig.members.filter((m) => m.identities[0]!.startsWith('telegram:')).length;
    const whatsapp = RECIPIENTS - telegram;
    const minimum = Math.max(telegram / TELEGRAM_PER_SECOND, whatsapp / WHATSAPP_PER_SECOND);
    const edits = rig.tg.calls.filter((c) => c.method.toLowerCase() === 'editmessagetext' && c.ok).length;
    return { seconds, minimum, lost, duplicated, replyMs, edits };
  } finally {
    await rig.close();
  }
}

export async function broadcastCommand(runs: number) {
  const command = await repeat(runs, broadcastCommandRun);
  const seconds = command.map((r) => r.seconds);
  const minimum = command[0]!.minimum;
  return {
    name: `/broadcast: ${RECIPIENTS.toLocaleString('en')} people in ${LOCALES.length} languages on Telegram and WhatsApp, started with the real command, fakes enforcing the limits`,
    rows: [
      {
        'total s': spread(seconds, 1),
        'platform minimum s': minimum.toFixed(1),
        'time : minimum': (median(seconds) / minimum).toFixed(2),
        lost: Math.max(...command.map((r) => r.lost)),
        duplicated: Math.max(...command.map((r) => r.duplicated)),
        'newcomer answered in ms': `${Math.round(median(command.map((r) => r.replyMs)))} (worst ${Math.round(Math.max(...command.map((r) => r.replyMs)))})`,
        'progress edits': Math.max(...command.map((r) => r.edits)),
      },
    ],
    ratio: { '/broadcast time : platform minimum': Number((median(seconds) / minimum).toFixed(2)) },
    note: 'Carla starts the broadcast on Telegram with /broadcast (a prepared message, so every person reads it in their own language); the time runs from "send now" until the last of the 1,000 messages is sent. The minimum is the slower platform’s share at its published rate (500 on Telegram at 30/s, 500 on WhatsApp at 80/s, in parallel). “newcomer answered” (median, and the worst run) is the time until a newcomer outside the audience, writing on WhatsApp during the broadcast, got the bot’s answer (interactive replies go before bulk sends).',
    raw: command,
  };
}
