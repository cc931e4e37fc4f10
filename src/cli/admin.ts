// The CLI's store commands: create an invite (with links and a QR code) and seed the demo group, on a stopped bot's DATA_DIR.
import QRCode from 'qrcode';
import { waMeLink } from '../channels/whatsapp/invites.js';
import { telegramInviteLink } from '../channels/telegram/links.js';
import type { Config } from '../config.js';
import { systemClock } from '../core/clock.js';
import { silentLogger, type Logger } from '../core/logger.js';
import type { ChannelName, MemberRole } from '../core/types.js';
import { createInvite, formatInviteCode } from '../features/onboarding/invites.js';
import { findDemo, resetDemo, seedDemo, type DemoView } from '../playground/demo.js';
import type { Group, Invite } from '../store/schema.js';
import { Store } from '../store/store.js';

/** A mistake in what the operator typed: the message says what to type instead. */
export class UsageError extends Error {
  override name = 'UsageError';
}

const ROLE_WORDS: Record<string, MemberRole> = {
  volunteer: 'volunteer',
  vrijwilliger: 'volunteer',
  newcomer: 'newcomer',
  nieuwkomer: 'newcomer',
  coordinator: 'coordinator',
  coördinator: 'coordinator',
};

/** `volunteer`, `nieuwkomer`, … → the role. */
export function parseRole(word: string): MemberRole {
  const role = ROLE_WORDS[word.trim().toLowerCase()];
  if (!role) throw new UsageError(`"${word}" is not a role. Use volunteer, newcomer or coordinator.`);
  return role;
}

/** A group by id, exact name (any case) or a unique part of its name. */
export function findGroup(store: Store, wanted: string): Group {
  const groups = store.values('groups');
  const needle = wanted.trim().toLowerCase();
  const exact = groups.find((g) => g.id === wanted) ?? groups.filter((g) => g.name.toLowerCase() === needle);
  if (!Array.isArray(exact)) return exact;
  if (exact.length === 1) return exact[0]!;
  const partial = exact.length > 1 ? exact : groups.filter((g) => g.name.toLowerCase().includes(needle));
  if (partial.length === 1) return partial[0]!;
  const list = (items: Group[]) => items.slice(0, 20).map((g) => `  ${g.id}  ${g.name} (${g.municipality})`).join('\n');
  if (partial.length > 1) throw new UsageError(`"${wanted}" matches ${partial.length} groups; give the id:\n${list(partial)}`);
  if (groups.length === 0) throw new UsageError('There are no groups yet. A coordinator creates one with /newgroup (or try "welkom seed-demo").');
  throw new UsageError(`No group matches "${wanted}". Groups:\n${list([...groups].sort((a, b) => a.name.localeCompare(b.name)))}`);
}

export interface InviteResult {
  group: Group;
  invite: Invite;
  links: Array<{ channel: ChannelName; url: string }>;
  /** The link the QR code shows (the role's usual channel), if any. */
  qrLink?: { channel: ChannelName; url: string };
  /** Why a channel has no link (e.g. Telegram unreachable), for the operator. */
  notes: string[];
}

/** Opens the store (refused while a bot runs on it), creates the invite like /invite does, and builds its links. */
export async function createCliInvite(config: Config, groupWanted: string, roleWord: string, options: { logger?: Logger; fetch?: typeof fetch; channel?: ChannelName } = {}): Promise<InviteResult> {
  const role = parseRole(roleWord);
  const store = await Store.open({ dataDir: config.dataDir, databaseUrl: config.databaseUrl, logger: options.logger ?? silentLogger(), purpose: 'cli invite' });
  let group: Group;
  let invite: Invite;
  try {
    group = findGroup(store, groupWanted);
    invite = createInvite({ config, store }, group.id, role, 'cli', systemClock.now());
    await store.committed();
  } finally {
    await store.close();
  }
  const links: InviteResult['links'] = [];
  const notes: string[] = [];
  if (config.telegram) {
    const username = await botUsername(config.telegram, options.fetch ?? fetch).catch((error: Error) => {
      notes.push(`No Telegram link: ${error.message} (run "welkom doctor").`);
      return undefined;
    });
    if (username) links.push({ channel: 'telegram', url: telegramInviteLink(username, invite.code) });
  }
  if (config.whatsapp?.phoneNumber) links.push({ channel: 'whatsapp', url: waMeLink(config.whatsapp.phoneNumber, invite.code) });
  else if (config.whatsapp) notes.push('No WhatsApp link: set WHATSAPP_PHONE_NUMBER.');
  const preferred: ChannelName = options.channel ?? (role === 'newcomer' ? 'whatsapp' : 'telegram');
  const qrLink = links.find((l) => l.channel === preferred) ?? links[0];
  return { group, invite, links, qrLink, notes };
}

async function botUsername(telegram: NonNullable<Config['telegram']>, fetchFn: typeof fetch): Promise<string> {
  const response = await fetchFn(`${telegram.apiRoot}/bot${telegram.token}/getMe`, { signal: AbortSignal.timeout(10_000) });
  const body = (await response.json()) as { ok?: boolean; result?: { username?: string }; description?: string };
  if (!body.ok || !body.result?.username) throw new Error(`Telegram answered ${response.status} ${body.description ?? ''}`.trim());
  return body.result.username;
}

/** The invite as the operator reads it: code, group, expiry, links and a QR code drawn in the terminal. */
export async function formatInvite(result: InviteResult, options: { qr: boolean }): Promise<string> {
  const { invite, group } = result;
  const lines = [
    `Invite for a ${invite.role} of "${group.name}" (${group.municipality})`,
    `  code:    ${formatInviteCode(invite.code)}`,
    `  valid:   until ${new Date(invite.expiresAt).toISOString().slice(0, 16).replace('T', ' ')} UTC, for ${invite.usesLeft} ${invite.usesLeft === 1 ? 'person' : 'people'}`,
    ...result.links.map((link) => `  ${link.channel.padEnd(8)} ${link.url}`),
    ...result.notes.map((note) => `  note:    ${note}`),
  ];
  if (result.links.length === 0) lines.push(`  No channel is configured: in the playground, send "/start ${formatInviteCode(invite.code)}".`);
  if (options.qr && result.qrLink) {
    lines.push('', `QR code (${result.qrLink.channel}): scan it with the phone's camera`, await QRCode.toString(result.qrLink.url, { type: 'terminal', small: true, errorCorrectionLevel: 'M' }));
  }
  return lines.join('\n');
}

/** Seeds the playground's demo group into the store (or, with `reset`, removes the old demo first). */
export async function seedDemoCommand(config: Config, options: { reset?: boolean; logger?: Logger } = {}): Promise<{ view: DemoView; created: boolean }> {
  const store = await Store.open({ dataDir: config.dataDir, databaseUrl: config.databaseUrl, logger: options.logger ?? silentLogger(), purpose: 'cli seed-demo' });
  try {
    const services = { store, clock: systemClock, config };
    const existing = findDemo(services);
    if (existing && !options.reset) return { view: existing, created: false };
    const view = existing ? resetDemo(services, { clear: () => undefined }) : seedDemo(services);
    await store.committed();
    return { view, created: true };
  } finally {
    await store.close();
  }
}
