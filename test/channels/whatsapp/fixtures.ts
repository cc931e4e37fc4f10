// WhatsApp webhook fixtures: our own corpus (test/fixtures/whatsapp) and the shared one when present; a file is one payload or an object of named payloads.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { corpora, OWN_FIXTURES, type CorpusName } from '../../helpers/fixtures.js';

/** Our own corpus, always there. */
export const OWN_WHATSAPP_FIXTURES = path.join(OWN_FIXTURES, 'whatsapp');

/** Every payload of the present corpora (own, and shared when it is there), named `file` or `file#name`. */
export function allFixturePayloads(only?: CorpusName): Array<{ corpus: CorpusName; name: string; payload: Record<string, unknown> }> {
  return corpora('whatsapp')
    .filter((c) => !only || c.corpus === only)
    .flatMap(({ corpus, dir }) => fixturePayloads(dir).map((p) => ({ corpus, ...p })));
}

/** Every webhook payload in one fixtures folder, named `file` or `file#name`. */
export function fixturePayloads(dir: string): Array<{ name: string; payload: Record<string, unknown> }> {
  const out: Array<{ name: string; payload: Record<string, unknown> }> = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
    const data = JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as Record<string, unknown>;
    if ('entry' in data) out.push({ name: file, payload: data });
    else for (const [name, payload] of Object.entries(data)) out.push({ name: `${file}#${name}`, payload: payload as Record<string, unknown> });
  }
  return out;
}
