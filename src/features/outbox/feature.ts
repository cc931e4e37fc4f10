// /outbox for coordinators: how many messages wait, are sent or failed, the oldest waiting one and the latest failures.
import type { Command } from '../../core/commands.js';
import type { Feature } from '../../core/feature.js';

export const outboxFeature: Feature = {
  name: 'outbox',
  commands: ({ services }) => {
    const outbox: Command = {
      name: 'outbox',
      roles: ['coordinator'],
      chats: ['private'],
      run(turn) {
        const { translator } = services;
        const t = (key: string, vars = {}) => translator.t(turn.locale, key, vars);
        const { counts, oldestQueuedAt, recentFailures } = services.outbox.summary();
        const lines = [t('outbox.title'), t('outbox.counts', counts)];
        if (oldestQueuedAt !== undefined) lines.push(t('outbox.oldest', { count: Math.max(0, Math.round((turn.now - oldestQueuedAt) / 60_000)) }));
        if (recentFailures.length === 0) lines.push(t('outbox.no_failures'));
        else {
          lines.push(t('outbox.failures'));
          for (const item of recentFailures) {
            const when = new Date(item.updatedAt).toISOString().slice(0, 16).replace('T', ' ');
            lines.push(`• ${t('outbox.failure', { channel: item.to.channel, when, reason: item.reason ?? '?' })}`);
          }
        }
        turn.send({ text: lines.join('\n'), kind: 'reply' });
      },
    };
    return [outbox];
  },
};
