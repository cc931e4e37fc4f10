// The fixture corpora: welkom's own (test/fixtures, always there) and the extra shared one (../shared/fixtures, when present).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Update } from 'grammy/types';

const TEST_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** test/fixtures: payloads written from the platforms' documentation. */
export const OWN_FIXTURES = path.join(TEST_DIR, 'fixtures');
/** ../shared/fixtures beside the clone: payloads other projects published (an extra corpus). */
export const SHARED_FIXTURES = path.resolve(TEST_DIR, '../../shared/fixtures');

export type Platform = 'telegram' | 'whatsapp';
export type CorpusName = 'own' | 'shared';

const said = new Set<Platform>();

/** The shared corpus folder of a platform, or undefined (and a note in the test output, once) when it is not there. */
export function sharedFixtures(platform: Platform): string | undefined {
  const dir = path.join(SHARED_FIXTURES, platform);
  if (existsSync(dir)) return dir;
  if (!said.has(platform)) {
    said.add(platform);
    console.info(`[fixtures] ${dir} is not there: only welkom's own ${platform} corpus (test/fixtures/${platform}) runs.`);
  }
  return undefined;
}

/** The corpora of a platform that are present: always our own, the shared one when it is there. */
export function corpora(platform: Platform): Array<{ corpus: CorpusName; dir: string }> {
  const shared = sharedFixtures(platform);
  return [{ corpus: 'own', dir: path.join(OWN_FIXTURES, platform) }, ...(shared ? [{ corpus: 'shared' as const, dir: shared }] : [])];
}

/** Every Telegram Update of the present corpora (each file is a JSON array of Updates). */
export function telegramUpdates(only?: CorpusName): Array<{ corpus: CorpusName; file: string; update: Update }> {
  return corpora('telegram')
    .filter((c) => !only || c.corpus === only)
    .flatMap(({ corpus, dir }) =>
      readdirSync(dir)
        .filter((name) => name.endsWith('.json'))
        .sort()
        .flatMap((file) => (JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as Update[]).map((update) => ({ corpus, file, update }))),
    );
}
