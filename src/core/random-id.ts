// Random ids (outbox items, log correlation ids) drawn from one pool of random bytes, refilled 4 KB at a time: one system
// call per id cost more than the rest of making it.
import { randomFillSync } from 'node:crypto';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const pool = Buffer.alloc(4096);
let offset = pool.length;

/** Where the next `count` fresh random bytes start in the pool (refilled when they do not fit). */
function take(count: number): number {
  if (offset + count > pool.length) {
    randomFillSync(pool);
    offset = 0;
  }
  offset += count;
  return offset - count;
}

/** 8 random bytes as base64url: 11 characters, as `randomBytes(8).toString('base64url')` gives. */
export function randomId(): string {
  return base64url8(pool, take(8));
}

/** `bytes` random bytes as hex, as `randomBytes(bytes).toString('hex')` gives. */
export function randomHex(bytes: number): string {
  const start = take(bytes);
  return pool.toString('hex', start, start + bytes);
}

/** The 8 bytes of `b` from `i` as unpadded base64url (the same text as Buffer's `toString('base64url')`). */
export function base64url8(b: Uint8Array, i: number): string {
  return (
    ALPHABET[b[i]! >> 2]! +
    ALPHABET[((b[i]! & 3) << 4) | (b[i + 1]! >> 4)]! +
    ALPHABET[((b[i + 1]! & 15) << 2) | (b[i + 2]! >> 6)]! +
    ALPHABET[b[i + 2]! & 63]! +
    ALPHABET[b[i + 3]! >> 2]! +
    ALPHABET[((b[i + 3]! & 3) << 4) | (b[i + 4]! >> 4)]! +
    ALPHABET[((b[i + 4]! & 15) << 2) | (b[i + 5]! >> 6)]! +
    ALPHABET[b[i + 5]! & 63]! +
    ALPHABET[b[i + 6]! >> 2]! +
    ALPHABET[((b[i + 6]! & 3) << 4) | (b[i + 7]! >> 4)]! +
    ALPHABET[(b[i + 7]! & 15) << 2]!
  );
}
