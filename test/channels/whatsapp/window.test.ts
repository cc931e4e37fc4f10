// Tests for the 24-hour window rule, the templates file and the template parameter.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_TEMPLATES_FILE, loadTemplates, parseTemplates, pickTemplate, templateParameter, TEMPLATE_PARAM_MAX, TemplatesConfigError, WINDOW_MS, windowOpen } from '../../../src/channels/whatsapp/window.js';

const HOUR = 3_600_000;
const NOW = Date.UTC(2026, 10, 30, 10, 0, 0);

describe('windowOpen', () => {
  it('is open for 24 hours (minus a minute) after the last message, closed before anyone wrote', () => {
    expect(windowOpen(undefined, NOW)).toBe(false);
    expect(windowOpen({ key: 'whatsapp:1' }, NOW)).toBe(false);
    expect(windowOpen({ key: 'whatsapp:1', lastInboundAt: NOW - HOUR }, NOW)).toBe(true);
    expect(windowOpen({ key: 'whatsapp:1', lastInboundAt: NOW - 23.9 * HOUR }, NOW)).toBe(true);
    expect(windowOpen({ key: 'whatsapp:1', lastInboundAt: NOW - WINDOW_MS + 30_000 }, NOW)).toBe(false);
    expect(windowOpen({ key: 'whatsapp:1', lastInboundAt: NOW - 25 * HOUR }, NOW)).toBe(false);
  });

  it('is closed after Meta said so (131047), until the person writes again', () => {
    const contact = { key: 'whatsapp:1', lastInboundAt: NOW - 2 * HOUR };
    expect(windowOpen(contact, NOW, NOW - HOUR)).toBe(false);
    expect(windowOpen({ ...contact, lastInboundAt: NOW - 10_000 }, NOW, NOW - HOUR)).toBe(true);
  });
});

describe('templates file', () => {
  it('the shipped file is valid and maps the five kinds', () => {
    const config = loadTemplates(DEFAULT_TEMPLATES_FILE);
    expect(Object.keys(config.templates).sort()).toEqual(['broadcast', 'meetup_poll', 'meetup_reminder', 'practice_nudge', 'reminder']);
    expect(pickTemplate(config, 'meetup_reminder', 'fa')).toEqual({ name: 'welkom_meetup_reminder', language: 'fa' });
    expect(pickTemplate(config, 'meetup_reminder', 'so')).toEqual({ name: 'welkom_meetup_reminder', language: 'en' });
    expect(pickTemplate(config, 'reminder', 'ar')).toEqual({ name: 'welkom_reminder', language: 'ar' });
    expect(pickTemplate(config, 'reminder', 'ti')).toEqual({ name: 'welkom_reminder', language: 'en' });
    expect(pickTemplate(config, 'broadcast', 'nl')).toEqual({ name: 'welkom_broadcast', language: 'nl' });
    expect(pickTemplate(config, 'notice', 'nl')).toBeUndefined();
    expect(pickTemplate(config, 'reply', 'nl')).toBeUndefined();
  });

  it('an empty file means: hold everything outside the window', () => {
    expect(parseTemplates('').templates).toEqual({});
    expect(parseTemplates('templates: {}').templates).toEqual({});
  });

  it('names the file and field of each mistake', () => {
    const bad = 'templates:\n  reminder:\n    name: Welkom Reminder\n    default: english\n  holiday:\n    name: x\n    default: en\n';
    let error: unknown;
    try {
      parseTemplates(bad, 'flows/templates/whatsapp.yaml');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(TemplatesConfigError);
    const message = (error as Error).message;
    expect(message).toContain('flows/templates/whatsapp.yaml: templates.reminder.name: template names use lower-case letters, digits and _');
    expect(message).toContain('templates.reminder.default');
    expect(message).toContain('holiday');
    expect(() => parseTemplates('templates: [', 'x.yaml')).toThrow(/x\.yaml: not valid YAML/);
    expect(() => loadTemplates(path.join('/nonexistent', 'whatsapp.yaml'))).toThrow(/Cannot read the WhatsApp templates file/);
  });
});

describe('templateParameter', () => {
  it('puts the text on one line and appends numbered choices', () => {
    const text = templateParameter({ text: 'Kom je zaterdag?\n\nWe eten samen.\tTot dan!', choices: [{ id: 'yes', label: 'Ja' }, { id: 'no', label: 'Nee' }, { id: '_done', label: 'Klaar' }], kind: 'meetup_poll' });
    expect(text).toBe('Kom je zaterdag? · We eten samen. Tot dan! — 1. Ja · 2. Nee');
    expect(text).not.toMatch(/[\n\t]| {5}/);
  });

  it('shortens long texts to fit the template', () => {
    const text = templateParameter({ text: 'lang '.repeat(400), kind: 'broadcast' });
    expect(text.length).toBeLessThanOrEqual(TEMPLATE_PARAM_MAX);
    expect(text.endsWith('…')).toBe(true);
  });
});
