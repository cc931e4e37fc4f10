// Flow actions and choice lists of /broadcast: the audience, the texts per language, the preview, send now or schedule.
import { conversationKey, type ChoiceSource, type FlowAction } from '../../flows/engine.js';
import { TEMPLATE_PARAM_MAX } from '../../channels/whatsapp/window.js';
import { audit } from '../../core/audit.js';
import type { Services } from '../../core/services.js';
import type { Turn } from '../../core/turn.js';
import type { Broadcast } from '../../store/schema.js';
import { resolveAudience, specFromAnswers, type Audience } from './audience.js';
import { fallbackTexts, fitsTemplate, hasVersion, messagesFor, templateLength, type Content } from './messages.js';
import { newBroadcastId, startSending } from './sending.js';

const texts = (vars: Record<string, unknown>): Record<string, string> => (vars.texts && typeof vars.texts === 'object' ? (vars.texts as Record<string, string>) : {});

function content(turn: Turn, vars: Record<string, unknown>): Content {
  return { texts: vars.source === 'prepared' ? {} : texts(vars), prepared: vars.source === 'prepared' && typeof vars.prepared === 'string' ? vars.prepared : undefined, from: turn.member?.name ?? '—' };
}

function audienceOf(turn: Turn, vars: Record<string, unknown>, services: Services): Audience {
  return resolveAudience(services, turn.member, specFromAnswers(vars, turn.scope.groups()));
}

/** Recipients per language, most first. */
function byLocale(audience: Audience): Array<[string, Audience['recipients']]> {
  const map = new Map<string, Audience['recipients']>();
  for (const r of audience.recipients) map.set(r.member.locale, [...(map.get(r.member.locale) ?? []), r]);
  return [...map.entries()].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]));
}

/** `broadcast.begin`: nothing to send to without groups; `/broadcast <name>` already chose the audience. */
export const beginAction: FlowAction = ({ turn, vars }) => {
  if (turn.scope.groups().length === 0) return 'none';
  vars.texts = {};
  if (typeof vars.targetGroupId === 'string' || typeof vars.targetMunicipality === 'string') return 'targeted';
  return undefined;
};

/** `$broadcast_municipalities`: the municipalities of the groups in scope (id: one of its groups). */
export const municipalityChoices: ChoiceSource = (turn) => {
  const seen = new Map<string, string>();
  for (const group of turn.scope.groups()) {
    const key = group.municipality.trim().toLocaleLowerCase('nl');
    if (!seen.has(key)) seen.set(key, group.id);
  }
  return [...seen.values()].map((id) => ({ id, label: turn.scope.group(id)!.municipality })).sort((a, b) => a.label.localeCompare(b.label, 'nl'));
};

/** `$broadcast_groups`: the groups in scope. */
export const groupChoices: ChoiceSource = (turn) => turn.scope.groups().map((g) => ({ id: g.id, label: `${g.name} (${g.municipality})` }));

/** `$broadcast_languages`: everyone, or one language. */
export const languageChoices: ChoiceSource = (turn, services) => [
  { id: 'all', label: services.translator.t(turn.locale, 'broadcast.language.all') },
  ...services.translator.locales().map((l) => ({ id: l.code, label: l.name })),
];

/** `$broadcast_write_languages`: languages of the audience not written yet (with how many people read each), then "done". */
export const writeLanguageChoices: ChoiceSource = (turn, services) => {
  const vars = services.store.get('conversations', conversationKey(turn))?.vars ?? {};
  const written = texts(vars);
  const counts = new Map(byLocale(audienceOf(turn, vars, services)).map(([locale, list]) => [locale, list.length]));
  for (const fallback of ['nl', 'en']) if (!counts.has(fallback)) counts.set(fallback, 0);
  const choices = [...counts.entries()]
    .filter(([locale]) => written[locale] === undefined)
    .sort((a, b) => b[1] - a[1])
    .map(([locale, count]) => ({ id: locale, label: `${services.translator.t(locale, 'common.language.name')} (${count})` }));
  if (Object.keys(written).length > 0) choices.push({ id: 'done', label: services.translator.t(turn.locale, 'broadcast.write_language.done') });
  return choices;
};

/** `broadcast.audience`: "empty" when nobody would get it; otherwise tells how many people it reaches. */
export const audienceAction: FlowAction = ({ turn, vars, services }) => {
  const audience = audienceOf(turn, vars, services);
  if (audience.recipients.length === 0) {
    vars.optedOut = audience.optedOut.length;
    return 'empty';
  }
  turn.reply('broadcast.audience_size', { count: audience.recipients.length, groups: audience.groups.length, opted_out: audience.optedOut.length });
  return undefined;
};

/** `broadcast.save_text`: keeps the text for the chosen language; refuses a text WhatsApp's template cannot carry. */
export const saveTextAction: FlowAction = ({ turn, vars, services }) => {
  const locale = String(vars.writing);
  const draft = String(vars.draft ?? '');
  const candidate: Content = { ...content(turn, vars), texts: { ...texts(vars), [locale]: draft } };
  // WhatsApp recipients who would get this version (their own, or the Dutch + English fallback).
  const audience = audienceOf(turn, vars, services);
  const affected = audience.recipients.filter((r) => r.address.channel === 'whatsapp' && (r.member.locale === locale || (!hasVersion(candidate, r.member.locale) && (locale === 'nl' || locale === 'en'))));
  const tooLong = affected.filter((r) => messagesFor(services, candidate, r.member.locale, 'whatsapp').some((m) => !fitsTemplate(m)));
  if (tooLong.length > 0) {
    const longest = Math.max(...tooLong.flatMap((r) => messagesFor(services, candidate, r.member.locale, 'whatsapp').map(templateLength)));
    turn.reply('broadcast.too_long_whatsapp', { max: TEMPLATE_PARAM_MAX, length: longest, count: tooLong.length });
    return 'too_long';
  }
  vars.texts = candidate.texts;
  delete vars.draft;
  turn.reply('broadcast.text_saved', { language: services.translator.t(locale, 'common.language.name') });
  return undefined;
};

/** `broadcast.preview`: exactly what each language group gets, with counts per channel and outside WhatsApp's window. */
export const previewAction: FlowAction = ({ turn, vars, services }) => {
  const { translator } = services;
  const t = (key: string, v = {}) => translator.t(turn.locale, key, v);
  const chosen = content(turn, vars);
  if (!chosen.prepared && Object.keys(chosen.texts).length === 0) {
    turn.reply('broadcast.nothing_written');
    return 'nothing';
  }
  const audience = audienceOf(turn, vars, services);
  const groups = byLocale(audience);
  const missing = groups.filter(([locale]) => !hasVersion(chosen, locale)).map(([locale]) => translator.t(locale, 'common.language.name'));
  if (missing.length > 0 && fallbackTexts(chosen).length === 0) {
    turn.reply('broadcast.need_fallback', { languages: missing.join(', ') });
    return 'nothing';
  }
  turn.reply('broadcast.preview.title', { count: audience.recipients.length, opted_out: audience.optedOut.length });
  for (const [locale, list] of groups) {
    const channels = new Map<string, number>();
    for (const r of list) channels.set(r.address.channel, (channels.get(r.address.channel) ?? 0) + 1);
    const perChannel = [...channels.entries()].map(([channel, count]) => `${t(`broadcast.channels.${channel}`)} ${count}`).join(', ');
    const outside = list.filter((r) => r.outsideWindow).length;
    const sample = messagesFor(services, chosen, locale, list.some((r) => r.address.channel === 'whatsapp') ? 'whatsapp' : 'telegram');
    const lines = [
      t('broadcast.preview.language', { language: translator.t(locale, 'common.language.name'), count: list.length, channels: perChannel }),
      ...(outside > 0 ? [t('broadcast.preview.outside_window', { count: outside })] : []),
      ...(hasVersion(chosen, locale) ? [] : [t('broadcast.preview.fallback')]),
      '',
      ...sample.map((text) => `┃ ${text.replace(/\n/g, '\n┃ ')}`),
    ];
    turn.send({ text: lines.join('\n'), kind: 'reply' });
  }
  return undefined;
};

function draftBroadcast(turn: Turn, vars: Record<string, unknown>, services: Services): Broadcast {
  const chosen = content(turn, vars);
  return {
    id: newBroadcastId(),
    createdBy: turn.member?.id ?? 'unknown',
    createdAt: turn.now,
    state: 'scheduled',
    audience: specFromAnswers(vars, turn.scope.groups()),
    texts: chosen.texts,
    ...(chosen.prepared ? { prepared: chosen.prepared } : {}),
    replyTo: turn.address,
    locale: turn.locale,
    itemIds: [],
    recipients: 0,
    optedOut: 0,
    edits: 0,
    ...(turn.member?.demo ? { demo: true } : {}),
  };
}

/** `broadcast.send`: sends now; the coordinator sees the progress message next. */
export const sendAction: FlowAction = ({ turn, vars, services }) => {
  const broadcast = draftBroadcast(turn, vars, services);
  const reached = startSending(services, broadcast, turn.member);
  if (reached === 0) {
    services.store.delete('broadcasts', broadcast.id);
    return 'empty';
  }
  turn.reply('broadcast.started', { count: reached, list: turn.command('broadcasts') });
  return undefined;
};

/** `broadcast.schedule`: plans the broadcast (a job at the chosen time); it can be cancelled with /broadcasts until it starts. */
export const scheduleAction: FlowAction = ({ turn, vars, services }) => {
  const at = Date.parse(String(vars.at));
  const broadcast = draftBroadcast(turn, vars, services);
  const audience = resolveAudience(services, turn.member, broadcast.audience);
  if (audience.recipients.length === 0) return 'empty';
  broadcast.scheduledAt = at;
  broadcast.recipients = audience.recipients.length;
  services.store.put('broadcasts', broadcast.id, broadcast);
  services.jobs.at(`bc:${broadcast.id}`, 'broadcast.send', at, { broadcastId: broadcast.id, memberId: broadcast.createdBy }, 24 * 3_600_000);
  audit(services, { at: turn.now, actor: broadcast.createdBy, action: 'broadcast.schedule', subject: broadcast.id, size: audience.recipients.length, groupIds: broadcast.audience.groupIds, details: { at: new Date(at).toISOString() } });
  turn.reply('broadcast.scheduled', { when: formatDateTime(at, turn.member?.timeZone ?? services.config.timeZone, turn.locale), count: audience.recipients.length, list: turn.command('broadcasts') });
  return undefined;
};

/** A date and time in the reader's language and time zone. */
export function formatDateTime(at: number, timeZone: string, locale: string): string {
  try {
    return new Intl.DateTimeFormat(locale, { timeZone, weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' }).format(new Date(at));
  } catch {
    return new Date(at).toISOString().slice(0, 16).replace('T', ' ');
  }
}

