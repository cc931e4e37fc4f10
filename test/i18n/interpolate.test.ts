// The translator's shortcuts (remembered plain texts, placeholders filled without i18next) give exactly i18next's texts.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/core/paths.js';
import { createTranslator, flatten, LOCALES, type TextVars } from '../../src/i18n/i18n.js';
import { fillPlain, isPlainTemplate } from '../../src/i18n/interpolate.js';

const localesDir = path.join(PROJECT_ROOT, 'locales');
const fast = createTranslator(localesDir);
const slow = createTranslator(localesDir, { shortcuts: false });

/** Every text key (plural forms as their base key) with the placeholder names its Dutch text uses. */
function keysWithNames(): Array<{ key: string; names: string[] }> {
  const flat = flatten(fast.resources().nl ?? {});
  const byKey = new Map<string, Set<string>>();
  for (const [key, value] of Object.entries(flat)) {
    if (typeof value !== 'string') continue;
    const base = key.replace(/_(zero|one|two|few|many|other)$/, '');
    const names = byKey.get(base) ?? new Set<string>();
    for (const match of value.matchAll(/{{(.+?)}}/g)) names.add(match[1]!.trim());
    byKey.set(base, names);
  }
  return [...byKey].map(([key, names]) => ({ key, names: [...names] }));
}

describe('translator shortcuts', () => {
  it('every text in every language, with all, some or none of its variables, equals i18next’s own result', () => {
    const keys = keysWithNames();
    expect(keys.length).toBeGreaterThan(300);
    let compared = 0;
    for (const locale of [...LOCALES, 'xx']) {
      for (const { key, names } of keys) {
        const all: TextVars = Object.fromEntries(names.map((name, i) => [name, i % 3 === 0 ? 7 : i % 3 === 1 ? `Sara {{${name}}} $t(common.error)` : ['a', 'b']]));
        const some: TextVars = Object.fromEntries(names.slice(1).map((name) => [name, 'x']));
        for (const vars of [undefined, {}, all, some, { ...all, unused: 'y' }, { ...all, count: 2 }]) {
          expect(fast.t(locale, key, vars)).toBe(slow.t(locale, key, vars));
          compared += 1;
        }
      }
    }
    expect(compared).toBeGreaterThan(10_000);
    expect(fast.t('nl', 'no.such.key', { name: 'x' })).toBe(slow.t('nl', 'no.such.key', { name: 'x' }));
  });

  it('leaves nesting, formats, unescaped and dotted placeholders, and i18next’s option names to i18next', () => {
    expect(isPlainTemplate('Hallo {{name}}, {{ other }}!')).toBe(true);
    for (const template of ['$t(common.error)', '{{- name}}', '{{when, datetime}}', '{{user.name}}', '{{count}}', '{{lng}}']) expect(isPlainTemplate(template)).toBe(false);
    expect(fillPlain('Hallo {{name}} en {{missing}}', { name: '{{missing}}' })).toBe('Hallo {{missing}} en {{missing}}');
  });
});
