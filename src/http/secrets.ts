// Constant-time comparison of secrets (webhook tokens, verify tokens, the playground token).
import { createHash, timingSafeEqual } from 'node:crypto';

/** True when `given` equals `expected`, compared in constant time (hashing first makes the lengths equal). A list or nothing never matches. */
export function secretMatches(given: string | string[] | null | undefined, expected: string): boolean {
  if (typeof given !== 'string') return false;
  const digest = (value: string) => createHash('sha256').update(value, 'utf8').digest();
  return timingSafeEqual(digest(given), digest(expected));
}
