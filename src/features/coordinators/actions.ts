// Flow actions of /coordinators: list coordinators, find or create the person to add, scope them to municipalities, remove them.
import type { ChoiceSource, FlowAction } from '../../flows/engine.js';
import { audit } from '../../core/audit.js';
import { normalizeWord } from '../../i18n/i18n.js';
import type { Services } from '../../core/services.js';
import { identityKey } from '../../core/types.js';
import type { Member } from '../../store/schema.js';

/** Coordinators, national ones first, then by name. */
export function coordinators(services: Services): Member[] {
  return services.store
    .values('members')
    .filter((m) => m.role === 'coordinator')
    .sort((a, b) => Number(Boolean(a.scope)) - Number(Boolean(b.scope)) || a.name.localeCompare(b.name, 'nl'));
}

/** Whether a coordinator comes from COORDINATOR_TELEGRAM_IDS (then only the configuration can remove or scope them). */
function fromConfig(services: Services, member: Member): boolean {
  return member.identities.some((key) => key.startsWith('telegram:') && services.config.coordinatorTelegramIds.includes(key.slice('telegram:'.length)));
}

/** "national" or the municipalities, in the reader's language. */
export function scopeLabel(services: Services, locale: string, member: Member): string {
  return member.scope ? member.scope.municipalities.join(', ') : services.translator.t(locale, 'coordinators.national');
}

/** `coordinators.list`: who the coordinators are and where they work. */
export const listAction: FlowAction = ({ turn, services }) => {
  const lines = coordinators(services).map((m) => `• ${services.translator.t(turn.locale, 'coordinators.line', { name: m.name, scope: scopeLabel(services, turn.locale, m) })}`);
  turn.send({ text: [services.translator.t(turn.locale, 'coordinators.header'), ...lines].join('\n'), kind: 'reply' });
};

/** `$coordinators`: every coordinator as a choice. */
export const coordinatorChoices: ChoiceSource = (turn, services) =>
  coordinators(services).map((m) => ({ id: m.id, label: `${m.name} (${scopeLabel(services, turn.locale, m)})`.slice(0, 60) }));

/**
 * `coordinators.find`: the person to make coordinator, by Telegram user id (digits; a new person is created when they
 * have not joined yet) or by the exact name of an existing member.
 */
export const findAction: FlowAction = ({ vars, services }) => {
  const typed = String(vars.who ?? '').trim();
  const { store } = services;
  delete vars.isNew;
  delete vars.targetTelegramId;
  if (/^\d{3,15}$/.test(typed)) {
    const identity = store.get('identities', identityKey('telegram', typed));
    const member = identity ? store.get('members', identity.memberId) : undefined;
    if (member?.role === 'coordinator') return 'already';
    if (member) vars.target = member.id;
    else {
      vars.isNew = true;
      vars.targetTelegramId = typed;
    }
    return undefined;
  }
  const wanted = normalizeWord(typed);
  const matches = store.values('members').filter((m) => normalizeWord(m.name) === wanted);
  if (matches.length === 0) return 'unknown';
  if (matches.length > 1) return 'ambiguous';
  if (matches[0]!.role === 'coordinator') return 'already';
  vars.target = matches[0]!.id;
  return undefined;
};

/** `coordinators.picked`: may this coordinator be changed? Branches to `remove` when removing. */
export const pickedAction: FlowAction = ({ turn, vars, services }) => {
  const member = services.store.get('members', String(vars.target));
  if (!member || member.role !== 'coordinator') return 'self';
  if (member.id === turn.member?.id) return 'self';
  if (fromConfig(services, member)) return 'config';
  return vars.what === 'remove' ? 'remove' : undefined;
};

/** Parses "Utrecht, Zeist" (or the word for national) into a scope; undefined = national, null = nothing usable. */
export function parseMunicipalities(services: Services, text: string): { municipalities: string[] } | undefined | null {
  const words = services.translator.wordsInAllLocales('coordinators.national_words');
  if (words.has(normalizeWord(text))) return undefined;
  const names = [...new Set(text.split(/[,;\n]+/).map((n) => n.trim().replace(/\s+/g, ' ')).filter((n) => n.length > 0 && n.length <= 60))];
  if (names.length === 0 || names.length > 20) return null;
  return { municipalities: names };
}

/** `coordinators.save`: adds the coordinator (or changes a coordinator's scope) and records it in the audit log. */
export const saveAction: FlowAction = ({ turn, vars, services }) => {
  const { store, config } = services;
  const scope = parseMunicipalities(services, String(vars.municipalities ?? ''));
  if (scope === null) {
    turn.reply('coordinators.municipalities_invalid');
    return 'invalid';
  }
  const actor = turn.member?.id ?? 'unknown';
  let member: Member | undefined;
  if (vars.isNew === true && typeof vars.targetTelegramId === 'string') {
    const key = identityKey('telegram', vars.targetTelegramId);
    member = {
      id: `m_telegram_${vars.targetTelegramId}`,
      name: String(vars.name ?? 'Coordinator'),
      role: 'coordinator',
      locale: 'nl',
      identities: [key],
      groupIds: [],
      profile: {},
      timeZone: config.timeZone,
      createdAt: turn.now,
    };
    store.put('identities', key, { key, memberId: member.id });
  } else {
    member = store.get('members', String(vars.target));
    if (!member) return 'invalid';
  }
  const wasCoordinator = member.role === 'coordinator' && vars.isNew !== true;
  const previous = member.scope ? member.scope.municipalities.join(', ') : 'national';
  member.role = 'coordinator';
  if (scope) member.scope = scope;
  else delete member.scope;
  store.put('members', member.id, member);
  audit(services, {
    at: turn.now,
    actor,
    action: wasCoordinator ? 'coordinator.scope' : 'coordinator.add',
    subject: member.id,
    municipalities: scope?.municipalities,
    details: { scope: scope ? scope.municipalities.join(', ') : 'national', ...(wasCoordinator ? { previous } : {}) },
  });
  const label = scopeLabel(services, turn.locale, member);
  turn.reply(wasCoordinator ? 'coordinators.scoped' : 'coordinators.added', { name: member.name, scope: label });
  if (vars.isNew === true) turn.reply('coordinators.added_new', { name: member.name });
  return undefined;
};

/** `coordinators.remove`: the coordinator becomes a volunteer (their groups, if any, stay; they lose every coordinator command). */
export const removeAction: FlowAction = ({ turn, vars, services }) => {
  const { store } = services;
  const member = store.get('members', String(vars.target));
  if (!member) return;
  const municipalities = member.scope?.municipalities;
  member.role = 'volunteer';
  delete member.scope;
  store.put('members', member.id, member);
  audit(services, { at: turn.now, actor: turn.member?.id ?? 'unknown', action: 'coordinator.remove', subject: member.id, municipalities });
  turn.reply('coordinators.removed', { name: member.name });
};
