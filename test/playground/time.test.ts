// Durations the clock control accepts.
import { describe, expect, it } from 'vitest';
import { parseDuration } from '../../src/playground/time.js';

describe('parseDuration', () => {
  it('reads days, hours, minutes and seconds', () => {
    expect(parseDuration('PT1H')).toBe(3_600_000);
    expect(parseDuration('P1D')).toBe(86_400_000);
    expect(parseDuration('p2dt3h30m')).toBe((2 * 24 + 3.5) * 3_600_000);
    expect(parseDuration('PT90S')).toBe(90_000);
  });

  it('refuses anything else', () => {
    for (const text of ['', 'P', 'PT', 'P1DT', '1H', 'PT-1H', 'P1W', 'P1Y', 'PT1.5H', 'tomorrow']) expect(parseDuration(text), text).toBeUndefined();
  });
});
