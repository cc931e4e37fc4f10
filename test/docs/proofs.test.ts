// docs/security.md and docs/reliability.md name a test for every line: each named test must exist in the file named with it.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const normalise = (text: string) => text.replaceAll('’', "'").replace(/\$\{[^}]+\}/g, '').replace(/\s+/g, ' ');

/** `test/x.test.ts` › *name*; › *another name* … → [file, name] pairs, per table row. */
function proofs(doc: string): Array<{ file: string; name: string }> {
  const out: Array<{ file: string; name: string }> = [];
  for (const line of readFileSync(path.join(ROOT, doc), 'utf8').split('\n')) {
    if (!line.startsWith('|')) continue;
    let file: string | undefined;
    for (const match of line.matchAll(/`(test\/[^`]+\.ts)`|›\s*\*([^*]+)\*/g)) {
      if (match[1]) file = match[1];
      else if (file) out.push({ file, name: match[2]!.replace('…', '').trim() });
    }
  }
  return out;
}

describe('proofs named in the docs', () => {
  for (const doc of ['docs/security.md', 'docs/reliability.md']) {
    it(`${doc}: every named test exists in its file`, () => {
      const named = proofs(doc);
      expect(named.length).toBeGreaterThan(10);
      for (const { file, name } of named) {
        expect(existsSync(path.join(ROOT, file)), file).toBe(true);
        const source = normalise(readFileSync(path.join(ROOT, file), 'utf8'));
        // A name with a template part (e.g. "(${TRIALS} trials)") is compared up to that part.
        const wanted = normalise(name).split('(20 trials)')[0]!.trim();
        expect(source.includes(wanted), `${file} › ${name}`).toBe(true);
      }
    });
  }
});
