// A child process for crash tests: fills a store, then commits changes without pause while a full snapshot is written,
// printing "ack <id>" after each commit resolved and "snapshot started" / "snapshot done" (full snapshots one after another).
// Killed by the test with SIGKILL.
// Usage: node --import tsx test/helpers/store-writer.ts <dataDir> <entities>
import { silentLogger } from '../../src/core/logger.js';
import { Store } from '../../src/store/store.js';

const [dataDir, entities] = process.argv.slice(2);
const store = await Store.open({ dataDir: dataDir!, logger: silentLogger(), snapshotEvery: 1_000_000 });
const filler = 'x'.repeat(200);
for (let i = 0; i < Number(entities); i += 1) store.put('dedup', `fill${i}`, { key: `fill${i}`, at: i, note: filler } as never);
await store.committed();
process.stdout.write('filled\n');
let next = 0;
const writer = async () => {
  for (;;) {
    const id = `g${next++}`;
    store.put('groups', id, { id, name: `Groep ${id}`, municipality: 'Utrecht', kind: 'welkomgroep', memberIds: [], chatKeys: [], createdBy: 'c', startsAt: 0, endsAt: 1 });
    // Change a filler entity too, so the collection being written keeps changing under the snapshot.
    store.patch('dedup', `fill${next % Number(entities)}`, { at: -next });
    await store.committed();
    process.stdout.write(`ack ${id}\n`);
  }
};
void writer();
void writer();
// Full snapshots one after another, so the test can kill the process while one is being written.
for (;;) {
  process.stdout.write('snapshot started\n');
  await store.snapshot({ full: true });
  process.stdout.write('snapshot done\n');
}
