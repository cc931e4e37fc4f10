// Random ids for outbox items, drawn from a pool of random bytes refilled 512 ids at a time (not one system call per item).
import { randomFillSync } from 'node:crypto';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const ID_BYTES = 8;
const pool = Buffer.alloc(ID_BYTES * 512);
let offset = pool.length;

/** 8 random bytes as base64url: 11 characters, as `randomBytes(8).toString('base64url')` gives. */
export function randomId(): string {
  if (offset + ID_BYTES > pool.length) {
    randomFillSync(pool);
    offset = 0;
  }
  const id = base64url8(pool, offset);
  offset += ID_BYTES;
  return id;
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
