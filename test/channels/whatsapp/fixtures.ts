// The shared WhatsApp webhook fixtures (../shared/fixtures/whatsapp): each file is one payload or an object of named payloads.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** ../shared/fixtures/whatsapp next to the repository. */
export const FIXTURES_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../shared/fixtures/whatsapp');

/** Every webhook payload in the fixtures folder, named `file` or `file#name`. */
export function fixturePayloads(dir = FIXTURES_DIR): Array<{ name: string; payload: Record<string, unknown> }> {
  const out: Array<{ name: string; payload: Record<string, unknown> }> = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
    const data = JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as Record<string, unknown>;
    if ('entry' in data) out.push({ name: file, payload: data });
    else for (const [name, payload] of Object.entries(data)) out.push({ name: `${file}#${name}`, payload: payload as Record<string, unknown> });
  }
  return out;
}
