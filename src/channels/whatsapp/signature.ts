// Meta's webhook signature: X-Hub-Signature-256 = "sha256=" + hex HMAC-SHA256(app secret, raw body bytes), compared in constant time.
import { createHmac, timingSafeEqual } from 'node:crypto';

export type SignatureVerdict = 'ok' | 'missing' | 'invalid';

/** Signs raw bytes the way Meta does (for tests and tools). */
export function signBody(appSecret: string, rawBody: Buffer | string): string {
  return `sha256=${createHmac('sha256', appSecret).update(typeof rawBody === 'string' ? Buffer.from(rawBody, 'utf8') : rawBody).digest('hex')}`;
}

/**
 * Checks the X-Hub-Signature-256 header against the exact bytes received (never a re-serialised body).
 * `missing` when there is no header, `invalid` when it is malformed or does not match.
 */
export function verifySignature(appSecret: string, rawBody: Buffer, header: string | string[] | undefined): SignatureVerdict {
  if (typeof header !== 'string' || header.trim() === '') return 'missing';
  const match = /^sha256=([0-9a-fA-F]{64})$/.exec(header.trim());
  if (!match?.[1]) return 'invalid';
  const given = Buffer.from(match[1], 'hex');
  const expected = createHmac('sha256', appSecret).update(rawBody).digest();
  return given.length === expected.length && timingSafeEqual(given, expected) ? 'ok' : 'invalid';
}
