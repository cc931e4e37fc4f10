// Privacy for members: /mydata (everything kept, as text and a JSON file), /forget (erase after a confirmation), re-consent, retention.
import { audit } from '../../core/audit.js';
import type { Command } from '../../core/commands.js';
import type { Feature, FeatureApi } from '../../core/feature.js';
import { isOlderPrivacyVersion, PRIVACY_VERSION } from '../../core/privacy.js';
import { canSeeGroup } from '../../core/scope.js';
import { notifyMember, type Services } from '../../core/services.js';
import type { Turn } from '../../core/turn.js';
import type { Member } from '../../store/schema.js';
import { ERASE_ARCHIVE_JOB, eraseArchiveJob, eraseMember } from './erase.js';
import { collectMemberData } from './export.js';
import { retentionJob } from './retention.js';

/** How long a "forget me?" question may be answered. */
export const FORGET_CONFIRM_MS = 15 * 60_000;
const PREFIX = 'pv';

let featuresOf: () => readonly Feature[] = () => [];

export const privacyFeature: Feature = {
  name: 'privacy',
  commands(api: FeatureApi): Command[] {
    featuresOf = api.features;
    return [
      { name: 'mydata', roles: ['newcomer', 'volunteer', 'coordinator'], run: (turn) => sendMyData(turn, api.services) },
      { name: 'forget', roles: ['newcomer', 'volunteer', 'coordinator'], run: (turn) => askForget(turn, api.services) },
    ];
  },
  buttons: {
    [PREFIX]: (turn, payload, services) => {
      if (!turn.member) return turn.reply('common.flow.closed_question');
      if (payload === 'forget:yes') return confirmForget(turn, services, turn.member);
      if (payload === 'forget:no') {
        services.store.delete('meta', forgetKey(turn.member.id));
        return turn.reply('privacy.forget.kept');
      }
      if (payload === 'consent:yes' || payload === 'consent:no') return answerConsent(turn, services, turn.member, payload === 'consent:yes');
      turn.reply('common.flow.closed_question');
    },
  },
  // The privacy text changed since this member agreed: ask again before anything else (commands still work).
  // (Only members who agreed to an older version: coordinators named in the configuration never went through onboarding.)
  holds: (turn) => turn.inbound.chatType === 'private' && outdatedConsent(turn.member),
  onMessage: (turn, services) => {
    if (turn.inbound.chatType !== 'private' || !outdatedConsent(turn.member)) return false;
    const word = (turn.inbound.text ?? '').trim().toLowerCase();
    const privacyWords = ['mydata', 'forget'].flatMap((name) => [...services.translator.wordsInAllLocales(`commands.${name}.keywords`)]);
    if (privacyWords.includes(word)) return false; // /mydata and /forget stay possible without agreeing first
    askConsent(turn, services);
    return true;
  },
  jobs: { 'privacy.retention': retentionJob(() => featuresOf()), [ERASE_ARCHIVE_JOB]: eraseArchiveJob },
  setup(api) {
    featuresOf = api.features;
    // A missed run (bot down at night) still runs within a day.
    api.services.jobs.daily('privacy.retention', 'privacy.retention', '03:30', api.services.config.timeZone, {}, 24 * 3_600_000);
  },
};

function outdatedConsent(member: Member | undefined): boolean {
  return member?.consent !== undefined && isOlderPrivacyVersion(member.consent.version);
}

function forgetKey(memberId: string): string {
  return `privacy.forget:${memberId}`;
}

/** `/mydata`: a readable summary in the member's language and the full JSON as a file. */
function sendMyData(turn: Turn, services: Services): void {
  const member = turn.member!;
  const data = collectMemberData(services, member, featuresOf());
  const { translator, store } = services;
  const t = (key: string, vars = {}) => translator.t(turn.locale, key, vars);
  const groups = member.groupIds.flatMap((id) => store.get('groups', id)?.name ?? []);
  const messages = (data.messagesToYou as unknown[]).length;
  const sections = Object.keys(data).filter((k) => !['exportedAt', 'member', 'groups', 'conversations', 'messagesToYou', 'reachability', 'chats', 'invitesYouMade', 'auditLinesAboutYou'].includes(k));
  const lines = [
    t('privacy.mydata.header'),
    `• ${t('privacy.mydata.name', { name: member.name })}`,
    `• ${t('privacy.mydata.role', { role: t(`common.role.${member.role}`) })}`,
    `• ${t('privacy.mydata.language', { language: translator.t(member.locale, 'common.language.name') })}`,
    `• ${t('privacy.mydata.groups', { groups: groups.length > 0 ? groups.join(', ') : '–' })}`,
    `• ${member.consent ? t('privacy.mydata.consent', { date: new Date(member.consent.at).toISOString().slice(0, 10), version: member.consent.version }) : t('privacy.mydata.no_consent')}`,
    `• ${t('privacy.mydata.messages', { count: messages })}`,
    ...(sections.length > 0 ? [`• ${t('privacy.mydata.features', { features: sections.join(', ') })}`] : []),
    '',
    t('privacy.mydata.file', { forget: turn.command('forget') }),
  ];
  const json = Buffer.from(`${JSON.stringify(data, null, 2)}\n`, 'utf8').toString('base64');
  turn.send({ text: lines.join('\n'), kind: 'reply', attachment: { kind: 'document', filename: 'welkom-my-data.json', mimeType: 'application/json', data: json } });
  audit(services, { actor: member.id, action: 'data.export', subject: member.id });
}

/** `/forget`: asks first; the answer must come within 15 minutes. */
function askForget(turn: Turn, services: Services): void {
  const member = turn.member!;
  services.store.put('meta', forgetKey(member.id), { key: forgetKey(member.id), value: { askedAt: turn.now } });
  turn.reply('privacy.forget.confirm', {}, {
    choices: [
      { id: `${PREFIX}:forget:yes`, label: services.translator.t(turn.locale, 'privacy.forget.yes') },
      { id: `${PREFIX}:forget:no`, label: services.translator.t(turn.locale, 'privacy.forget.no') },
    ],
  });
}

function confirmForget(turn: Turn, services: Services, member: Member): void {
  const asked = services.store.get('meta', forgetKey(member.id))?.value as { askedAt?: number } | undefined;
  if (!asked?.askedAt || turn.now - asked.askedAt > FORGET_CONFIRM_MS) return turn.reply('privacy.forget.expired', { forget: turn.command('forget') });
  services.store.delete('meta', forgetKey(member.id));
  // Told before the erasure (afterwards nothing links the notice to the groups any more); no name in it.
  for (const coordinator of coordinatorsOf(services, member)) {
    for (const groupId of member.groupIds) {
      const group = services.store.get('groups', groupId);
      if (group && canSeeGroup(coordinator, group)) notifyMember(services, coordinator, 'privacy.forget.coordinator_notice', { group: group.name }, { dedupKey: `privacy.forgotten:${member.id}:${groupId}` });
    }
  }
  const locale = turn.locale;
  eraseMember(services, member, featuresOf(), member.id);
  turn.member = undefined;
  turn.locale = locale;
  turn.reply('privacy.forget.done');
}

/** Coordinators who look after the member's groups: the group's creator and coordinators whose scope covers it. */
function coordinatorsOf(services: Services, member: Member): Member[] {
  const groups = member.groupIds.flatMap((id) => services.store.get('groups', id) ?? []);
  return [...services.store.values('members')].filter((m) => m.role === 'coordinator' && m.id !== member.id && groups.some((g) => g.createdBy === m.id || (m.scope !== undefined && canSeeGroup(m, g))));
}

function askConsent(turn: Turn, services: Services): void {
  const t = (key: string) => services.translator.t(turn.locale, key);
  turn.reply('privacy.consent.changed', { text: t('onboarding.consent.question') }, {
    choices: [
      { id: `${PREFIX}:consent:yes`, label: t('privacy.consent.yes') },
      { id: `${PREFIX}:consent:no`, label: t('privacy.consent.no') },
    ],
  });
}

function answerConsent(turn: Turn, services: Services, member: Member, yes: boolean): void {
  if (!yes) return turn.reply('privacy.consent.declined', { forget: turn.command('forget'), mydata: turn.command('mydata') });
  services.store.put('members', member.id, { ...member, consent: { at: turn.now, version: PRIVACY_VERSION } });
  audit(services, { actor: member.id, action: 'privacy.consent', subject: member.id });
  turn.reply('privacy.consent.thanks');
}
