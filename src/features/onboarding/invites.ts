// Invite codes: 80 random bits in Crockford base32, shown as XXXX-XXXX-XXXX-XXXX, with expiry, uses and throttling of wrong tries.
import { randomBytes } from 'node:crypto';
import type { Services } from '../../core/services.js';
import type { MemberRole } from '../../core/types.js';
import type { Invite } from '../../store/schema.js';

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
/** Wrong codes allowed per sender within THROTTLE_WINDOW_MS before they must wait. */
export const MAX_WRONG_CODES = 5;
export const THROTTLE_WINDOW_MS = 15 * 60_000;
/** How many people one code can bring in, per role (a newcomer family may be several people). */
export const USES_PER_ROLE: Record<MemberRole, number> = { volunteer: 10, newcomer: 6, coordinator: 1 };

/** 16 characters of base32: 80 bits from the system's secure random source. */
export function newInviteCode(): string {
  const bytes = randomBytes(10);
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  return out;
}

/** What people type → the stored form: upper case, no spaces or dashes, O→0 and I/L→1 as in Crockford base32. */
export function normalizeInviteCode(typed: string): string {
  return typed.toUpperCase().replace(/[\s\-_.]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
}

/** `K7M2QX9P...` → `K7M2-QX9P-...` for reading aloud and copying. */
export function formatInviteCode(code: string): string {
  return code.match(/.{1,4}/g)?.join('-') ?? code;
}

export function createInvite(services: Pick<Services, 'config' | 'store'>, groupId: string, role: MemberRole, createdBy: string, now: number): Invite {
  const invite: Invite = {
    code: newInviteCode(),
    groupId,
    role,
    createdBy,
    createdAt: now,
    expiresAt: now + services.config.inviteTtlDays * 86_400_000,
    usesLeft: USES_PER_ROLE[role],
  };
  services.store.put('invites', invite.code, invite);
  return invite;
}

export type InviteVerdict = { ok: true; invite: Invite } | { ok: false; reason: 'invalid' | 'expired' | 'used_up' | 'throttled' };

/** Looks a typed code up; wrong codes count towards the sender's throttle. */
export function checkInvite(services: Services, typed: string, sender: string, now: number): InviteVerdict {
  const { store } = services;
  const throttleKey = `invite:${sender}`;
  const throttle = store.get('throttles', throttleKey);
  if (throttle?.blockedUntil && throttle.blockedUntil > now) return { ok: false, reason: 'throttled' };
  const invite = store.get('invites', normalizeInviteCode(typed));
  if (!invite) {
    const fresh = !throttle || now - throttle.windowStart > THROTTLE_WINDOW_MS;
    const count = fresh ? 1 : throttle.count + 1;
    store.put('throttles', throttleKey, {
      key: throttleKey,
      count,
      windowStart: fresh ? now : throttle.windowStart,
      blockedUntil: count >= MAX_WRONG_CODES ? now + THROTTLE_WINDOW_MS : undefined,
    });
    return { ok: false, reason: count >= MAX_WRONG_CODES ? 'throttled' : 'invalid' };
  }
  if (invite.expiresAt <= now) return { ok: false, reason: 'expired' };
  if (invite.usesLeft <= 0) return { ok: false, reason: 'used_up' };
  return { ok: true, invite };
}
