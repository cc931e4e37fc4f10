// Tests for src/http/secrets.ts: secrets compare equal only when identical, whatever their length or type.
import { describe, expect, it } from 'vitest';
import { secretMatches } from '../../src/http/secrets.js';

describe('secretMatches', () => {
  it('accepts only the exact secret', () => {
    expect(secretMatches('s3cret_-X', 's3cret_-X')).toBe(true);
    for (const wrong of ['s3cret_-x', 's3cret_-X ', '', 'x'.repeat(300)]) expect(secretMatches(wrong, 's3cret_-X')).toBe(false);
    expect(secretMatches(undefined, 's3cret_-X')).toBe(false);
    expect(secretMatches(['s3cret_-X', 's3cret_-X'], 's3cret_-X')).toBe(false);
  });
});
