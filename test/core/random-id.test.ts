// Tests for src/core/random-id.ts: the pooled ids are base64url of 8 random bytes, as Buffer writes them, and do not repeat.
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { base64url8, randomId } from '../../src/core/random-id.js';

describe('outbox ids', () => {
  it('encode 8 bytes exactly as Buffer.toString("base64url") does', () => {
    const edges = [Buffer.alloc(8, 0), Buffer.alloc(8, 255), Buffer.from([0xfb, 0xff, 0xbf, 0x03, 0xf0, 0x0f, 0x3e, 0x3f])];
    for (const bytes of [...edges, ...Array.from({ length: 200 }, () => randomBytes(8))]) expect(base64url8(bytes, 0)).toBe(bytes.toString('base64url'));
    const longer = randomBytes(24);
    expect(base64url8(longer, 8)).toBe(longer.subarray(8, 16).toString('base64url'));
  });

  it('are 11 base64url characters and distinct across several pool refills', () => {
    const ids = Array.from({ length: 5_000 }, () => randomId());
    for (const id of ids) expect(id).toMatch(/^[A-Za-z0-9_-]{11}$/);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
