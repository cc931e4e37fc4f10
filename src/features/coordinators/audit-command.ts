// /audit: the latest audit entries a coordinator may see (national: all; scoped: their own and their municipalities').
import { canSeeAuditEvent } from '../../core/audit.js';
import type { Command } from '../../core/commands.js';
import type { Services } from '../../core/services.js';
import type { AuditEvent } from '../../store/schema.js';

/** How many entries /audit shows (newest first); `/audit 50` shows more, up to MAX. */
export const AUDIT_PAGE = 20;
const MAX = 100;

/** `2026-11-30 11:00` in the coordinator's time zone. */
export function formatWhen(at: number, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(at));
  return parts.replace(',', '');
}

export function auditCommand(services: Services): Command {
  return {
    name: 'audit',
    roles: ['coordinator'],
    acts: 'groups',
    takesArgs: true,
    run(turn, args) {
      const { store, translator } = services;
      const t = (key: string, vars = {}) => translator.t(turn.locale, key, vars);
      const wanted = Math.min(MAX, Math.max(1, Number.parseInt(args, 10) || AUDIT_PAGE));
      const events = store
        .values('audit')
        .filter((event) => canSeeAuditEvent(services, turn.member, event))
        .sort((a, b) => b.at - a.at)
        .slice(0, wanted);
      if (events.length === 0) return turn.reply('coordinators.audit.empty');
      const name = (id: string) => (id === 'config' || id === 'system' ? t(`coordinators.audit.${id}`) : (store.get('members', id)?.name ?? t('coordinators.audit.someone')));
      const describe = (event: AuditEvent) => {
        const label = translator.has(`coordinators.audit.actions.${event.action.replace('.', '_')}`) ? t(`coordinators.audit.actions.${event.action.replace('.', '_')}`) : event.action;
        const parts = [formatWhen(event.at, turn.member?.timeZone ?? services.config.timeZone), name(event.actor), label];
        const subject = event.subject ? (store.get('groups', event.subject)?.name ?? (event.subject.startsWith('m_') ? store.get('members', event.subject)?.name : undefined)) : undefined;
        if (subject) parts.push(subject);
        if (event.size !== undefined) parts.push(t('coordinators.audit.audience', { count: event.size }));
        if (event.municipalities?.length) parts.push(event.municipalities.join(', '));
        return `• ${parts.join(' · ')}`;
      };
      turn.send({ text: [t('coordinators.audit.header', { count: events.length }), ...events.map(describe)].join('\n'), kind: 'reply' });
    },
  };
}
