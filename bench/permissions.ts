// `npm run permissions`: writes the permission table of every registered command (features and flows) into README.md.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createApp, PROJECT_ROOT } from '../src/app.js';
import { createConfig } from '../src/config.js';
import { permissionMarkdown, PERMISSIONS_BEGIN, PERMISSIONS_END } from '../src/core/permissions.js';

const dataDir = mkdtempSync(path.join(tmpdir(), 'welkom-permissions-'));
try {
  const app = await createApp({ config: createConfig({ DATA_DIR: dataDir, PORT: '0', LOG_LEVEL: 'silent', PLAYGROUND: '0' }) });
  const table = permissionMarkdown(app.router.list());
  await app.stop();
  const file = path.join(PROJECT_ROOT, 'README.md');
  const readme = readFileSync(file, 'utf8');
  const start = readme.indexOf(PERMISSIONS_BEGIN);
  const end = readme.indexOf(PERMISSIONS_END);
  if (start < 0 || end < start) throw new Error(`README.md has no ${PERMISSIONS_BEGIN} … ${PERMISSIONS_END} markers.`);
  writeFileSync(file, `${readme.slice(0, start + PERMISSIONS_BEGIN.length)}\n${table}\n${readme.slice(end)}`);
  console.log('README.md: permission table updated');
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}
