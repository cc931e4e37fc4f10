// Tests for mapping Graph API errors to delivery failures, with real GraphApiErrors produced by the Kapso client against the fake API.
import { GraphApiError } from '@kapso/whatsapp-cloud-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { classify, GraphSender, safeText } from '../../../src/channels/whatsapp/sender.js';
import { startFakeWhatsApp, type FakeWhatsApp } from '../../fakes/whatsapp-api.js';

const USER = '31612345678';
let fake: FakeWhatsApp;
let sender: GraphSender;

beforeAll(async () => {
  fake = await startFakeWhatsApp({ templates: [{ name: 'welkom_reminder', language: 'nl', bodyParams: 1 }] });
  sender = new GraphSender({ accessToken: fake.token, phoneNumberId: fake.phoneNumberId, baseUrl: fake.baseUrl, timeoutMs: 3_000 });
});
afterAll(() => fake.close());

async function problemFor(code: number, extra: { body?: string; status?: number } = {}) {
  fake.userWrote(USER);
  fake.failNext({ code, ...extra });
  try {
    await sender.part(USER, { type: 'text', body: 'x' });
  } catch (error) {
    return classify(error);
  }
  throw new Error('expected the send to fail');
}

describe('classify (errors from the real client against the fake Graph API)', () => {
  it('131047 ⇒ window, 131026 ⇒ unreachable, 190 ⇒ token', async () => {
    expect((await problemFor(131047)).kind).toBe('window');
    expect((await problemFor(131026)).kind).toBe('unreachable');
    expect((await problemFor(190)).kind).toBe('token');
  });

  it('130429 and 131056 ⇒ rate limited, with a pause', async () => {
    expect(await problemFor(130429)).toMatchObject({ kind: 'rate_limited', retryAfterMs: 1000 });
    expect(await problemFor(131056)).toMatchObject({ kind: 'rate_limited', retryAfterMs: 6000 });
  });

  it('5xx, 131000 and an HTML proxy page ⇒ transient; 4xx validation ⇒ permanent; 132001 ⇒ template', async () => {
    expect((await problemFor(503)).kind).toBe('transient');
    expect((await problemFor(131000)).kind).toBe('transient');
    expect((await problemFor(502, { body: '<html>Bad gateway</html>' })).kind).toBe('transient');
    expect((await problemFor(100)).kind).toBe('permanent');
    expect((await problemFor(131009)).kind).toBe('permanent');
    expect((await problemFor(132001)).kind).toBe('template');
  });

  it('network failures and timeouts ⇒ transient', async () => {
    const closed = new GraphSender({ accessToken: 'x', phoneNumberId: '1', baseUrl: 'http://127.0.0.1:9', timeoutMs: 300 });
    await expect(closed.part(USER, { type: 'text', body: 'x' }).catch(classify)).resolves.toMatchObject({ kind: 'transient' });
    fake.userWrote(USER);
    fake.delayNext(6_000);
    const problem = await sender.part(USER, { type: 'text', body: 'x' }).catch(classify);
    expect(problem).toMatchObject({ kind: 'transient', reason: 'WhatsApp API did not answer in time' });
  });

  it('buttons the client refuses before sending ⇒ permanent, without an HTTP call', async () => {
    const before = fake.calls.length;
    const problem = await sender.part(USER, { type: 'buttons', body: 'x', buttons: [{ id: 'a', title: 'x'.repeat(30) }] }).catch(classify);
    expect(problem).toMatchObject({ kind: 'permanent' });
    expect(fake.calls.length).toBe(before);
  });

  it('a Retry-After given by the API wins', () => {
    const error = new GraphApiError({ message: 'slow', httpStatus: 429, code: 4, type: 'x', category: 'throttling', retry: { action: 'retry_after', retryAfterMs: 2500 }, raw: null });
    expect(classify(error)).toMatchObject({ kind: 'rate_limited', retryAfterMs: 2500 });
  });

  it('sends templates with one body parameter, and marks messages read', async () => {
    const id = await sender.template(USER, 'welkom_reminder', 'nl', 'Morgen om 10:00 bij de bieb');
    const sent = fake.sent(USER).find((m) => m.id === id);
    expect(sent?.body).toMatchObject({ type: 'template', template: { name: 'welkom_reminder', language: { code: 'nl' }, components: [{ type: 'body', parameters: [{ type: 'text', text: 'Morgen om 10:00 bij de bieb' }] }] } });
    await sender.markRead('wamid.abc');
    expect(fake.reads().at(-1)?.messageId).toBe('wamid.abc');
  });
});

describe('safeText', () => {
  it('masks phone numbers and keeps one short line', () => {
    expect(safeText('cannot send to +31 6 12345678\nnow')).toBe('cannot send to [number] now');
    expect(safeText('x'.repeat(500)).length).toBe(160);
  });
});
