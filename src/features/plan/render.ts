// Texts of the plan: an item's title and line, owners, the progress bar chart per area.
import type { Services } from '../../core/services.js';
import type { Commitment, Group } from '../../store/schema.js';
import { formatDueDate } from './dates.js';
import { commitmentsOf, isOverdue } from './plan.js';
import { areaIds } from './template.js';

const BAR_CELLS = 8;

/** The item's title in `locale`: the template text, or the group's own words. */
export function titleOf(services: Services, commitment: Commitment, locale: string): string {
  if (commitment.itemId && services.translator.has(`plan.items.${commitment.itemId}`)) return services.translator.t(locale, `plan.items.${commitment.itemId}`);
  return commitment.title ?? commitment.itemId ?? '?';
}

/** Names of the owners; someone who left the group is marked so. */
export function ownerNames(services: Services, commitment: Commitment, locale: string): string[] {
  const group = services.store.get('groups', commitment.groupId);
  return commitment.ownerIds.map((id) => {
    const member = services.store.get('members', id);
    if (!member) return services.translator.t(locale, 'plan.someone_left');
    return group?.memberIds.includes(id) ? member.name : services.translator.t(locale, 'plan.left_group', { name: member.name });
  });
}

/** One line of a list: "5 december · GP registration · Anna, Samira", with overdue / help-needed marks. */
export function itemLine(services: Services, commitment: Commitment, locale: string, now: number): string {
  const { translator, config } = services;
  const t = (key: string, vars = {}) => translator.t(locale, key, vars);
  const parts = [titleOf(services, commitment, locale)];
  const owners = ownerNames(services, commitment, locale);
  if (owners.length > 0) parts.push(owners.join(', '));
  let line = commitment.dueDate ? `${formatDueDate(commitment.dueDate, locale, now, config.timeZone)} · ${parts.join(' · ')}` : parts.join(' · ');
  if (isOverdue(commitment, now, config.timeZone)) line += ` · ${t('plan.mark.overdue')}`;
  if (commitment.helpNeeded) line += ` · ${t('plan.mark.help')}`;
  if (commitment.note) line += `\n   ${t('plan.note_line', { note: commitment.note })}`;
  return `• ${line}`;
}

/** Done and total (not counting items marked "not needed"). */
export function progress(items: Commitment[]): { done: number; total: number } {
  const relevant = items.filter((c) => c.state !== 'not_needed');
  return { done: relevant.filter((c) => c.state === 'done').length, total: relevant.length };
}

/** `▰▰▰▱▱▱▱▱` for done / total. */
export function bar(done: number, total: number): string {
  const filled = total === 0 ? 0 : Math.round((done / total) * BAR_CELLS);
  return '▰'.repeat(filled) + '▱'.repeat(BAR_CELLS - filled);
}

/** A group's plan as a compact bar chart: a header with the total, then one line per area. */
export function planChart(services: Services, group: Group, locale: string): string {
  const { translator } = services;
  const items = commitmentsOf(services, group.id);
  const all = progress(items);
  const percent = all.total === 0 ? 0 : Math.round((all.done / all.total) * 100);
  const lines = [translator.t(locale, 'plan.chart.header', { group: group.name, done: all.done, total: all.total, percent })];
  for (const area of areaIds()) {
    const inArea = items.filter((c) => c.area === area);
    if (inArea.length === 0) continue;
    const { done, total } = progress(inArea);
    const name = translator.t(locale, `plan.areas.${area}`);
    lines.push(total === 0 ? `${'·'.repeat(BAR_CELLS)} — ${name}` : `${bar(done, total)} ${done}/${total} ${name}`);
  }
  return lines.join('\n');
}
