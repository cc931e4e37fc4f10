// Every message the outbox ever held in a test: the live ones and those the hourly job moved to the archive (a day after
// they finished). Tests that look back more than a day need both.
import type { Store } from '../../src/store/store.js';
import type { OutboxItem } from '../../src/store/schema.js';

export async function outboxHistory(store: Store): Promise<OutboxItem[]> {
  const byId = new Map<string, OutboxItem>();
  for await (const entry of store.readArchive('outbox')) byId.set(entry.id, entry.value);
  for (const item of store.values('outbox')) byId.set(item.id, item);
  return [...byId.values()].sort((a, b) => a.createdAt - b.createdAt);
}
