// /broadcasts (list, cancel a planned one, see a report), the scheduled-send job, and STOP / START for opting out.
import { audit } from '../../core/audit.js';
import type { Command } from '../../core/commands.js';
import type { ButtonHandler } from '../../core/feature.js';
import { isOptedOut } from '../../core/opt-out.js';
import type { Services } from '../../core/services.js';
import type { Turn } from '../../core/turn.js';
import type { FlowAction } from '../../flows/engine.js';
import type { JobHandler } from '../../scheduler/scheduler.js';
import type { Broadcast } from '../../store/schema.js';
import { formatDateTime } from './compose.js';
import { countProgress, reportText, startSending } from './sending.js';

/** How many broadcasts /broadcasts lists (newest first). */
const LIST_SIZE = 10;

/** Whether the sender may see (and cancel) a broadcast: their own, or any as a national coordinator. */
function mayManage(turn: Turn, broadcast: Broadcast): boolean {
  return broadcast.createdBy === turn.member?.id || turn.scope.national;
}

export function broadcastsCommand(services: Services): Command {
  return {
    name: 'broadcasts',
    roles: ['coordinator'],
    acts: 'groups',
    run(turn) {
      const { store, translator } = services;
      const t = (key: string, vars = {}) => translator.t(turn.locale, key, vars);
      const list = store
        .values('broadcasts')
        .filter((b) => mayManage(turn, b))
        .sort((a, b) => b.createdAt - a.createdAt)
        .slice(0, LIST_SIZE);
      if (list.length === 0) return turn.reply('broadcast.list.empty', { start: turn.command('broadcast') });
      const zone = turn.member?.timeZone ?? services.config.timeZone;
      const choices: Array<{ id: string; label: string }> = [];
      const lines = [t('broadcast.list.title')];
      list.forEach((b, index) => {
        const when = formatDateTime(b.scheduledAt ?? b.startedAt ?? b.createdAt, zone, turn.locale);
        const progress = countProgress(services, b);
        lines.push(`${index + 1}. ${t(`broadcast.list.state.${b.state}`, { when, count: b.recipients, sent: progress.sent, delivered: progress.delivered, failed: progress.failed })}`);
        if (b.state === 'scheduled') choices.push({ id: `bc:x:${b.id}`, label: t('broadcast.list.cancel', { n: index + 1 }) });
        if (b.state === 'done' || b.state === 'sending') choices.push({ id: `bc:r:${b.id}`, label: t('broadcast.list.report', { n: index + 1 }) });
      });
      turn.send({ text: lines.join('\n'), kind: 'reply', choices: choices.length > 0 ? choices.slice(0, 10) : undefined });
    },
  };
}

/** Buttons under /broadcasts: `bc:x:<id>` cancels a planned broadcast, `bc:r:<id>` shows its report. */
export const broadcastButtons: ButtonHandler = (turn, payload, services) => {
  const [action, id = ''] = payload.split(':');
  const broadcast = services.store.get('broadcasts', id);
  if (turn.role !== 'coordinator') return turn.reply('common.not_allowed');
  if (!broadcast || !mayManage(turn, broadcast)) return turn.reply('broadcast.list.unknown');
  if (action === 'r') return turn.send({ text: reportText(services, broadcast, countProgress(services, broadcast)), kind: 'reply' });
  if (action !== 'x') return turn.reply('broadcast.list.unknown');
  if (broadcast.state === 'cancelled') return turn.reply('broadcast.cancel.already');
  if (broadcast.state !== 'scheduled') return turn.reply('broadcast.cancel.started', { list: turn.command('broadcasts') });
  services.jobs.cancel(`bc:${broadcast.id}`);
  broadcast.state = 'cancelled';
  services.store.put('broadcasts', broadcast.id, broadcast);
  audit(services, { at: turn.now, actor: turn.member?.id ?? 'unknown', action: 'broadcast.cancel', subject: broadcast.id, size: broadcast.recipients, groupIds: broadcast.audience.groupIds });
  turn.reply('broadcast.cancel.done');
};

/** `broadcast.send` job: a planned broadcast starts (unless cancelled meanwhile). */
export const scheduledSendJob: JobHandler = (job, { services }) => {
  const broadcast = services.store.get('broadcasts', String(job.payload.broadcastId));
  if (!broadcast || broadcast.state !== 'scheduled') return;
  const sender = services.store.get('members', broadcast.createdBy);
  const reached = startSending(services, broadcast, sender?.role === 'coordinator' ? sender : undefined);
  if (reached === 0) services.outbox.enqueue({ to: broadcast.replyTo, message: { text: services.translator.t(broadcast.locale, 'broadcast.empty'), kind: 'notice' }, priority: 'interactive', urgent: true, key: `bc:${broadcast.id}:empty` });
};

/** `/stop` (Telegram) or STOP (WhatsApp, and its word in each language): no more broadcasts or nudges. Works even in the middle of a question. */
export function stopCommand(services: Services): Command {
  return {
    name: 'stop',
    roles: ['guest', 'newcomer', 'volunteer', 'coordinator'],
    anytime: true,
    run(turn) {
      const { store } = services;
      // The router already ended a running conversation (turn.interrupted); someone who has not joined only leaves it.
      if (!turn.member) return turn.reply(turn.interrupted ? 'common.flow.cancelled' : 'broadcast.optout.guest');
      if (!isOptedOut(turn.member)) {
        turn.member.optOut = { at: turn.now, channel: turn.inbound.channel };
        store.put('members', turn.member.id, turn.member);
      }
      turn.reply('broadcast.optout.stopped', { start: turn.command('start') });
    },
  };
}

/** `optout.resume` (in flows/join.yaml, when someone who already joined sends START): broadcasts and nudges again. */
export const resumeAction: FlowAction = ({ turn, services }) => {
  if (!turn.member || !isOptedOut(turn.member)) return undefined;
  delete turn.member.optOut;
  services.store.put('members', turn.member.id, turn.member);
  turn.reply('broadcast.optout.resumed', { stop: turn.command('stop') });
  return 'resumed';
};
