// Tests for the X-Hub-Signature-256 check: good, wrong, missing, malformed, and non-ASCII (Arabic) bodies signed over their bytes.
import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { signBody, verifySignature } from '../../../src/channels/whatsapp/signature.js';

const SECRET = 'app-secret';
const sign = (raw: Buffer, secret = SECRET) => `sha256=${createHmac('sha256', secret).update(raw).digest('hex')}`;

describe('verifySignature', () => {
  const raw = Buffer.from('{"object":"whatsapp_business_account","entry":[]}', 'utf8');

  it('accepts the HMAC of the exact bytes (hex in either case)', () => {
    expect(verifySignature(SECRET, raw, sign(raw))).toBe('ok');
    expect(verifySignature(SECRET, raw, sign(raw).toUpperCase().replace('SHA256=', 'sha256='))).toBe('ok');
    expect(signBody(SECRET, raw)).toBe(sign(raw));
  });

  it('refuses a wrong secret, changed bytes, a malformed or a missing header', () => {
    expect(verifySignature(SECRET, raw, sign(raw, 'other'))).toBe('invalid');
    expect(verifySignature(SECRET, Buffer.concat([raw, Buffer.from(' ')]), sign(raw))).toBe('invalid');
    expect(verifySignature(SECRET, raw, 'sha256=deadbeef')).toBe('invalid');
    expect(verifySignature(SECRET, raw, `sha1=${'0'.repeat(40)}`)).toBe('invalid');
    expect(verifySignature(SECRET, raw, undefined)).toBe('missing');
    expect(verifySignature(SECRET, raw, '')).toBe('missing');
    expect(verifySignature(SECRET, raw, ['a', 'b'])).toBe('missing');
  });

  it('signs the UTF-8 bytes of Arabic text, not the JavaScript string length', () => {
    const arabic = Buffer.from(JSON.stringify({ text: 'مرحبا، أنا أبحث عن سكن 🏠' }), 'utf8');
    expect(arabic.length).toBeGreaterThan(arabic.toString('utf8').length);
    expect(verifySignature(SECRET, arabic, sign(arabic))).toBe('ok');
    expect(verifySignature(SECRET, arabic, signBody(SECRET, arabic.toString('utf8')))).toBe('ok');
    // Re-encoding the text differently (e.g. escaped \u0645) changes the bytes, so the signature no longer matches.
    const escaped = Buffer.from(JSON.stringify({ text: 'مرحبا، أنا أبحث عن سكن 🏠' }).replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`));
    expect(verifySignature(SECRET, escaped, sign(arabic))).toBe('invalid');
  });
});
