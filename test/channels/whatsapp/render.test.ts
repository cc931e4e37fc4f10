// Tests for rendering Outbound messages for WhatsApp: buttons, shortened titles, lists, numbered text, long texts, formatting.
import { describe, expect, it } from 'vitest';
import { render, shorten, splitText, neutralizeFormatting, type WaPart } from '../../../src/channels/whatsapp/render.js';
import type { Choice, Outbound } from '../../../src/core/types.js';
import { FSI, PDI } from '../../../src/i18n/i18n.js';

const TEXTS = { listButton: 'Kies', pickOne: 'Typ het nummer van je antwoord.', pickMany: 'Typ de nummers, bijvoorbeeld: 1, 3' };
const choices = (labels: string[]): Choice[] => labels.map((label, index) => ({ id: `c${index + 1}`, label }));
const ask = (labels: string[], extra: Partial<Outbound> = {}): Outbound => ({ text: 'Vraag?', choices: choices(labels), askToken: 'TOKEN1', kind: 'reply', ...extra });
const only = (parts: WaPart[]): WaPart => {
  expect(parts).toHaveLength(1);
  return parts[0]!;
};

describe('render', () => {
  it('plain text stays one text message', () => {
    expect(render({ text: 'Hallo!', kind: 'reply' }, TEXTS)).toEqual([{ type: 'text', body: 'Hallo!' }]);
  });

  it('≤ 3 short choices ⇒ reply buttons whose ids carry the question token', () => {
    expect(only(render(ask(['Ja', 'Nee']), TEXTS))).toEqual({
      type: 'buttons',
      body: 'Vraag?',
      buttons: [
        { id: 'TOKEN1|c1', title: 'Ja' },
        { id: 'TOKEN1|c2', title: 'Nee' },
      ],
    });
  });

  it('titles a little over 20 characters are shortened (at a word when one is close) with "…"', () => {
    const part = only(render(ask(['Gezondheid en huisarts', 'Bank en geld', 'Gemeente en papieren!']), TEXTS));
    expect(part.type).toBe('buttons');
    if (part.type !== 'buttons') return;
    for (const button of part.buttons) expect(button.title.length).toBeLessThanOrEqual(20);
    expect(part.buttons.map((b) => b.title)).toEqual(['Gezondheid en…', 'Bank en geld', 'Gemeente en papiere…']);
  });

  it('falls back to a list when shortened titles would look the same, with the full label as description', () => {
    const part = only(render(ask(['Afspraak op maandagochtend', 'Afspraak op maandagmiddag']), TEXTS));
    expect(part.type).toBe('list');
    if (part.type !== 'list') return;
    expect(part.buttonText).toBe('Kies');
    expect(part.rows[0]).toEqual({ id: 'TOKEN1|c1', title: 'Afspraak op maandagocht…', description: 'Afspraak op maandagochtend' });
    for (const row of part.rows) expect(row.title.length).toBeLessThanOrEqual(24);
  });

  it('4 to 10 choices ⇒ a list', () => {
    const labels = ['Nederlands', 'English', 'العربية', 'ትግርኛ', 'Türkçe', 'فارسی', 'Soomaali', 'Українська'];
    const part = only(render(ask(labels), TEXTS));
    expect(part).toMatchObject({ type: 'list', body: 'Vraag?', buttonText: 'Kies' });
    if (part.type !== 'list') return;
    expect(part.rows.map((r) => r.title)).toEqual(labels);
    expect(part.rows.every((r) => r.description === undefined)).toBe(true);
  });

  it('more than 10 choices ⇒ numbered text with a bold number and a hint', () => {
    const labels = Array.from({ length: 11 }, (_, i) => `Optie ${i + 1}`);
    const part = only(render(ask(labels), TEXTS));
    expect(part.type).toBe('text');
    expect(part.body).toContain('*1.* Optie 1\n*2.* Optie 2');
    expect(part.body).toContain('*11.* Optie 11');
    expect(part.body.endsWith(TEXTS.pickOne)).toBe(true);
  });

  it('multiple-answer questions ⇒ numbered text without the "done" choice (people type "1, 3")', () => {
    const message = ask(['Sport', 'Koken'], { multiple: true, choices: [...choices(['Sport', 'Koken']), { id: '_done', label: 'Klaar' }] });
    const part = only(render(message, TEXTS));
    expect(part.type).toBe('text');
    expect(part.body).toBe(`Vraag?\n\n*1.* Sport\n*2.* Koken\n\n${TEXTS.pickMany}`);
  });

  it('splits long texts at 4096 on a paragraph boundary', () => {
    const paragraph = 'woord '.repeat(500).trim(); // 2999 characters
    const parts = render({ text: `${paragraph}\n\n${paragraph}\n\n${paragraph}`, kind: 'broadcast' }, TEXTS);
    expect(parts.length).toBe(3);
    for (const part of parts) expect(part.body.length).toBeLessThanOrEqual(4096);
    expect(parts.map((p) => p.body).join('\n\n')).toBe(`${paragraph}\n\n${paragraph}\n\n${paragraph}`);
  });

  it('a question longer than 1024 characters: the start as text, the end with the buttons', () => {
    const long = `${'Lange uitleg. '.repeat(100)}\n\nKom je?`;
    const parts = render({ text: long, choices: choices(['Ja', 'Nee']), askToken: 'T', kind: 'meetup_poll' }, TEXTS);
    expect(parts.map((p) => p.type)).toEqual(['text', 'buttons']);
    expect(parts[1]?.body).toBe('Kom je?');
    expect(parts[0]!.body.length + parts[1]!.body.length).toBeLessThanOrEqual(long.length);
  });

  it('values typed by people cannot restyle the message', () => {
    const text = `Welkom ${FSI}*Sara* _x_${PDI}! Typ *HELP*.`;
    expect(neutralizeFormatting(text)).toBe(`Welkom ${FSI}∗Sara∗ ˍxˍ${PDI}! Typ *HELP*.`);
    const part = only(render({ text, kind: 'reply' }, TEXTS));
    expect(part.body).toContain('∗Sara∗');
  });
});

describe('shorten and splitText', () => {
  it('never splits a surrogate pair', () => {
    const text = `${'a'.repeat(19)}😀😀`;
    const short = shorten(text, 20);
    expect(short.length).toBeLessThanOrEqual(20);
    expect(short).toBe(`${'a'.repeat(19)}…`);
    const chunks = splitText('😀'.repeat(10), 5);
    for (const chunk of chunks) expect(chunk).not.toMatch(/^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/);
    expect(chunks.join('')).toBe('😀'.repeat(10));
  });
});

describe('render edge cases', () => {
  it('equal labels cannot be buttons (WhatsApp wants distinct titles): a list instead', () => {
    const part = render({ text: 'Welke groep?', choices: [{ id: 'g1', label: 'Utrecht' }, { id: 'g2', label: 'Utrecht' }], askToken: 'T', kind: 'reply' }, TEXTS)[0]!;
    expect(part.type).toBe('list');
  });

  it('an empty label falls back to the choice id', () => {
    const part = render({ text: 'x', choices: [{ id: 'a', label: ' ' }, { id: 'b', label: 'B' }], kind: 'reply' }, TEXTS)[0]!;
    expect(part).toMatchObject({ type: 'buttons', buttons: [{ id: '|a', title: 'a' }, { id: '|b', title: 'B' }] });
  });
});
