// The pause between slices of a snapshot: longer while the event loop is busy with other work, shorter while it is idle.
import { describe, expect, it } from 'vitest';
import { MAX_PAUSE_MS, MIN_PAUSE_MS, nextPause } from '../../src/store/pacer.js';

describe('nextPause', () => {
  it('doubles while the loop was mostly busy during the pause, up to the maximum', () => {
    let pause = MIN_PAUSE_MS;
    const seen: number[] = [];
    for (let i = 0; i < 10; i += 1) seen.push((pause = nextPause(pause, 0.9)));
    expect(seen.slice(0, 3)).toEqual([2 * MIN_PAUSE_MS, 4 * MIN_PAUSE_MS, 8 * MIN_PAUSE_MS]);
    expect(pause).toBe(MAX_PAUSE_MS);
  });

  it('halves while the loop was mostly idle, down to the minimum', () => {
    expect(nextPause(MAX_PAUSE_MS, 0.1)).toBe(MAX_PAUSE_MS / 2);
    expect(nextPause(MIN_PAUSE_MS, 0)).toBe(MIN_PAUSE_MS);
    expect(nextPause(8, 0.5)).toBe(4);
  });
});
