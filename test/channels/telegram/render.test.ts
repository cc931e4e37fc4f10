// Rendering for Telegram: escaping user text, splitting long texts on paragraph boundaries, compact callback_data.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeCallbackData, encodeCallbackData, escapeHtml, inlineKeyboard, MAX_CALLBACK_BYTES, MAX_MESSAGE_CHARS, renderMessage, splitText } from '../../../src/channels/telegram/render.js';
import type { Outbound } from '../../../src/core/types.js';
import { DONE_CHOICE } from '../../../src/flows/engine.js';
import { parseTelegramHtml } from '../../fakes/telegram-api.js';

const RLM = '\u200F';
const LRM = '\u200E';
const NASTY = `${RLM}<b>Ali & ${LRM}Sara</b> &amp; <i>${RLM}`;

/** What Telegram would show for a part, or the parse error it would give. */
function shown(html: string): string {
  const parsed = parseTelegramHtml(html);
  if (!parsed.ok) throw new Error(`Telegram would refuse this HTML: ${parsed.error}`);
  expect(parsed.entities).toEqual([]);
  return parsed.text;
}

describe('escapeHtml', () => {
  it('turns markup-looking names into plain text that passes Telegram’s HTML parser unchanged', () => {
    expect(escapeHtml('<b>&')).toBe('&lt;b&gt;&amp;');
    expect(shown(escapeHtml(NASTY))).toBe(NASTY);
  });

  it('keeps right-to-left marks and bidi isolates as they are', () => {
    const text = `مرحبا \u2068${NASTY}\u2069!`;
    expect(shown(escapeHtml(text))).toBe(text);
  });
});

describe('splitText', () => {
  it('leaves short texts alone', () => {
    expect(splitText('Hallo')).toEqual(['Hallo']);
    expect(splitText('x'.repeat(MAX_MESSAGE_CHARS))).toHaveLength(1);
  });

  it('splits on the last paragraph boundary that fits', () => {
    const paragraphs = Array.from({ length: 12 }, (_, i) => `${i}:${'woord '.repeat(80).trim()}`);
    const text = paragraphs.join('\n\n');
    const parts = splitText(text);
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) {
      expect(part.length).toBeLessThanOrEqual(MAX_MESSAGE_CHARS);
      // every part is whole paragraphs
      for (const paragraph of part.split('\n\n')) expect(paragraphs).toContain(paragraph);
    }
    expect(parts.join('\n\n')).toBe(text);
  });

  it('falls back to lines, then spaces, then a hard cut that never splits a surrogate pair', () => {
    const lines = Array.from({ length: 100 }, () => 'regel '.repeat(10).trim()).join('\n');
    expect(splitText(lines, 100).every((p) => p.length <= 100 && !p.includes('\n\n'))).toBe(true);
    const words = 'woord '.repeat(100).trim();
    expect(splitText(words, 50).every((p) => p.length <= 50 && !p.startsWith(' '))).toBe(true);
    const emoji = '😀'.repeat(60); // 120 UTF-16 units, no spaces
    const parts = splitText(emoji, 51);
    expect(parts.join('')).toBe(emoji);
    for (const part of parts) expect(part).toMatch(/^(?:\uD83D\uDE00)+$/);
  });

  it('never cuts inside an HTML entity: every part of escaped text is valid Telegram HTML within the limit (property)', () => {
    const pieces = fc.constantFrom('<b>', '&', '&amp;', '>', 'a', ' ', '\n', '\n\n', '😀', RLM, 'سارة', 'x'.repeat(50));
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 400 }), fc.integer({ min: 20, max: 200 }), (list, max) => {
        const text = list.join('');
        const parts = splitText(text, max);
        for (const part of parts) {
          expect(part.length).toBeLessThanOrEqual(max);
          expect(shown(escapeHtml(part))).toBe(part);
        }
        expect(parts.join('').replace(/\s+/g, '')).toBe(text.replace(/\s+/g, ''));
      }),
      { numRuns: 200 },
    );
  });
});

describe('callback data', () => {
  const token = 'Ab3_-z';

  it('round-trips token and choice id; foreign data is not ours', () => {
    for (const id of ['yes', 'paperwork', 'g_AbCdEf1', 'ar', DONE_CHOICE, 'a'.repeat(24)]) {
      expect(decodeCallbackData(encodeCallbackData(token, id))).toEqual({ id, token });
    }
    expect(decodeCallbackData(encodeCallbackData(undefined, 'yes'))).toEqual({ id: 'yes' });
    expect(decodeCallbackData('some_other_bot_data')).toBeUndefined();
    expect(decodeCallbackData('abc|')).toBeUndefined();
    expect(decodeCallbackData(undefined)).toBeUndefined();
  });

  it('stays within 64 bytes for Arabic labels, because labels never go into callback_data', () => {
    const labels = ['نعم، أوافق على شروط الخصوصية وأريد المتابعة الآن من فضلك', 'لا', 'الأوراق والبريد والمواعيد مع البلدية'];
    const keyboard = inlineKeyboard(labels.map((label, i) => ({ id: `choice_${i}_${'x'.repeat(14)}`, label })), token)!;
    const buttons = keyboard.inline_keyboard.flat();
    expect(buttons.map((b) => b.text)).toEqual(labels);
    for (const button of buttons) {
      const data = 'callback_data' in button ? button.callback_data : '';
      expect(Buffer.byteLength(data, 'utf8')).toBeLessThanOrEqual(MAX_CALLBACK_BYTES);
      for (const label of labels) expect(data).not.toContain(label);
    }
  });

  it('puts short labels two to a row and the “done” button on its own last row', () => {
    const keyboard = inlineKeyboard(
      [
        { id: 'a', label: 'Wonen' },
        { id: 'b', label: 'Vervoer' },
        { id: 'c', label: 'Taal' },
        { id: DONE_CHOICE, label: 'Klaar' },
      ],
      token,
    )!;
    expect(keyboard.inline_keyboard.map((row) => row.map((b) => b.text))).toEqual([['Wonen', 'Vervoer'], ['Taal'], ['Klaar']]);
  });
});

describe('renderMessage', () => {
  it('puts the keyboard on the last part of a long question', () => {
    const message: Outbound = { text: `${'a'.repeat(3000)}\n\n${'b'.repeat(3000)}`, choices: [{ id: 'yes', label: 'Ja' }], askToken: 'tok123', kind: 'reply' };
    const parts = renderMessage(message);
    expect(parts).toHaveLength(2);
    expect(parts[0]!.keyboard).toBeUndefined();
    expect(parts[1]!.keyboard?.inline_keyboard[0]?.[0]).toEqual({ text: 'Ja', callback_data: 'tok123|yes' });
  });

  it('escapes the text after splitting, so a part never exceeds 4096 characters as Telegram counts them', () => {
    const text = '<&>'.repeat(3000);
    const parts = renderMessage({ text, kind: 'reply' });
    expect(parts.map((p) => shown(p.html)).join('')).toBe(text);
    for (const part of parts) expect(shown(part.html).length).toBeLessThanOrEqual(MAX_MESSAGE_CHARS);
  });

  it('falls back to a numbered list when a choice id would not fit in callback_data', () => {
    const parts = renderMessage({ text: 'Kies', choices: [{ id: 'x'.repeat(70), label: 'Lang' }, { id: 'y', label: 'Kort' }], askToken: 'tok123', kind: 'reply' });
    expect(parts).toEqual([{ html: 'Kies\n\n1. Lang\n2. Kort' }]);
  });
});
