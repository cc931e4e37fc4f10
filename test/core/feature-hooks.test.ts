// Feature extension points of the router: buttons by prefix, messages nothing else took, and jobs planned at run time.
import { afterEach, describe, expect, it } from 'vitest';
import type { Feature } from '../../src/core/feature.js';
import { FEATURES } from '../../src/features/index.js';
import { createHarness, type Harness } from '../helpers/harness.js';

let harness: Harness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

const seen: string[] = [];
const probe: Feature = {
  name: 'probe',
  buttons: {
    zq: (turn, payload) => {
      seen.push(`button:${payload}`);
      turn.send({ text: `pressed ${payload}`, kind: 'reply' });
    },
  },
  onMessage: (turn) => {
    if (!turn.inbound.text?.startsWith('relay ')) return false;
    seen.push(`message:${turn.inbound.text}`);
    turn.send({ text: 'relayed', kind: 'reply' });
    return true;
  },
  jobs: {
    'probe.ping': (job, { services }) => {
      seen.push(`job:${String(job.payload.n)}`);
      services.outbox.enqueue({ to: { channel: 'local', chatId: 'c1' }, message: { text: 'ping', kind: 'notice' }, priority: 'bulk', urgent: true, key: `probe:${job.id}` });
    },
  },
};

describe('feature hooks', () => {
  it('routes a prefixed button to its feature, even outside any flow', async () => {
    harness = await createHarness({}, { features: [...FEATURES, probe] });
    const person = harness.person('u1', { chatId: 'c1' });
    const replies = await person.press('zq:meetup-7:2');
    expect(replies.map((r) => r.text)).toEqual(['pressed meetup-7:2']);
    expect(seen).toContain('button:meetup-7:2');
  });

  it('an unknown prefix still gets the "closed question" answer', async () => {
    harness = await createHarness({}, { features: [...FEATURES, probe] });
    const replies = await harness.person('u1', { chatId: 'c1' }).press('zz:1');
    expect(replies).toHaveLength(1);
    expect(replies[0]!.text).not.toContain('pressed');
  });

  it('offers text that no command or flow took to the features, and falls back when none takes it', async () => {
    harness = await createHarness({}, { features: [...FEATURES, probe] });
    const person = harness.person('u1', { chatId: 'c1' });
    expect((await person.say('relay hello')).map((r) => r.text)).toEqual(['relayed']);
    const other = await person.say('something else');
    expect(other.map((r) => r.text)).not.toContain('relayed');
    expect(other).toHaveLength(1);
  });

  it('runs a one-off job planned through services.jobs at its time, once, and a cancelled one never', async () => {
    harness = await createHarness({}, { features: [...FEATURES, probe] });
    const { services, scheduler } = harness.app;
    const now = harness.clock.now();
    services.jobs.at('probe:1', 'probe.ping', now + 60_000, { n: 1 });
    services.jobs.at('probe:2', 'probe.ping', now + 60_000, { n: 2 });
    expect(services.jobs.cancel('probe:2')).toBe(true);
    expect(services.jobs.cancel('probe:2')).toBe(false);
    await services.store.committed();
    scheduler.tick();
    expect(seen.filter((s) => s.startsWith('job:'))).toEqual([]);
    harness.clock.advance(61_000);
    scheduler.tick();
    scheduler.tick();
    expect(seen.filter((s) => s.startsWith('job:'))).toEqual(['job:1']);
    expect(services.store.get('jobs', 'probe:1')).toBeUndefined();
  });

  it('refuses two features with the same button prefix at start-up', async () => {
    const twin: Feature = { name: 'twin', buttons: { zq: () => undefined } };
    await expect(createHarness({}, { features: [...FEATURES, probe, twin] })).rejects.toThrow(/prefix "zq"/);
  });
});
