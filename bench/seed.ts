// Builds a realistic store for benchmarks: N groups of ~6 members with invites, 14 days of outbox history and processed-update ids,
// written the way a running welkom leaves it: recent history live, older delivered messages in the archive.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { silentLogger } from '../src/core/logger.js';
import type { ArchiveEntry } from '../src/store/backend.js';
import { JsonFileBackend } from '../src/store/json-file-backend.js';
import { writeFileAtomic } from '../src/store/secure-json-file.js';
import { COLLECTIONS, SCHEMA_VERSION, emptyData, type StoreData } from '../src/store/schema.js';

const HOUR = 3_600_000;
/** History older than this is in the archive: the hourly job moves messages finished a day ago, so up to 25 hours stay live (the worst case, just before the job runs). */
const LIVE_MS = 25 * HOUR;

const LOCALES = ['nl', 'en', 'ar', 'ti', 'tr', 'fa', 'so', 'uk'];

/**
 * Writes a store with `groups` groups under `dataDir`; returns the ids benchmarks drive (one newcomer per group).
 * `layout: 'legacy'` writes the single welkom.json with all history inline, as welkom did before the archive (for comparisons).
 */
export async function seedStore(dataDir: string, groups: number, now = Date.now(), layout: 'current' | 'legacy' = 'current'): Promise<{ newcomers: string[]; volunteers: string[] }> {
  mkdirSync(dataDir, { recursive: true });
  const data: StoreData = emptyData();
  const newcomers: string[] = [];
  const volunteers: string[] = [];
  let seq = 0;
  for (let g = 0; g < groups; g += 1) {
    const groupId = `g${g}`;
    const memberIds: string[] = [];
    for (let m = 0; m < 6; m += 1) {
      const role = m === 0 ? 'newcomer' : 'volunteer';
      const userId = `${g * 10 + m + 1}`;
      const channel = role === 'newcomer' ? 'whatsapp' : 'telegram';
      const id = `m${g}_${m}`;
      const key = `${channel}:${role === 'newcomer' ? `3161${String(g * 10 + m).padStart(7, '0')}` : userId}`;
      data.members[id] = {
        id,
        name: `${role === 'newcomer' ? 'Sara' : 'Anna'} ${g}-${m}`,
        role,
        locale: LOCALES[(g + m) % LOCALES.length]!,
        identities: [key],
        groupIds: [groupId],
        consent: { at: now, version: '2026-11' },
        profile: role === 'newcomer' ? { languages: 'Arabisch, Engels', interests: ['cooking', 'sport'], helpFirst: 'housing' } : { skills: ['paperwork', 'transport'], languages: 'Nederlands, Engels', availability: ['evenings'] },
        timeZone: 'Europe/Amsterdam',
        createdAt: now,
      };
      data.identities[key] = { key, memberId: id };
      memberIds.push(id);
      if (role === 'newcomer') newcomers.push(key);
      else if (m === 1) volunteers.push(key);
      // Some delivery history per member, spread over the 14 days the outbox keeps it.
      for (let o = 0; o < 3; o += 1) {
        const outId = `o${g}_${m}_${o}`;
        const at = now - ((g * 18 + m * 3 + o) % 336) * HOUR;
        data.outbox[outId] = {
          id: outId,
          key: `seed:${outId}`,
          to: { channel, chatId: key.split(':')[1]! },
          memberId: id,
          message: { text: 'Fijn dat je er bent! Typ /help om te zien wat je kunt doen.', kind: 'reply' },
          priority: 'interactive',
          urgent: true,
          state: 'sent',
          attempts: 1,
          notBefore: at,
          createdAt: at,
          updatedAt: at,
          sentAt: at,
          platformId: `p${outId}`,
        };
      }
      data.dedup[`seed:${g}:${m}`] = { key: `seed:${g}:${m}`, at: now };
    }
    data.groups[groupId] = { id: groupId, name: `Welkomgroep ${g}`, municipality: 'Utrecht', kind: 'welkomgroep', memberIds, chatKeys: [`telegram:-100${g}`], createdBy: 'm_coord', startsAt: now, endsAt: now + 365 * 86_400_000 };
    data.chats[`telegram:-100${g}`] = { key: `telegram:-100${g}`, address: { channel: 'telegram', chatId: `-100${g}` }, kind: 'group', groupId, status: 'active', updatedAt: now };
    for (const role of ['volunteer', 'newcomer'] as const) {
      const code = `SEED${role === 'volunteer' ? 'V' : 'N'}${String(g).padStart(11, '0')}`;
      data.invites[code] = { code, groupId, role, createdBy: 'm_coord', createdAt: now, expiresAt: now + 14 * 86_400_000, usesLeft: 5 };
    }
    seq += 1;
  }
  data.seq = seq;
  if (layout === 'legacy') {
    await writeFileAtomic(path.join(dataDir, 'welkom.json'), JSON.stringify(data));
    return { newcomers, volunteers };
  }
  const backend = new JsonFileBackend({ dataDir, logger: silentLogger(), now: () => now });
  await backend.load();
  const archived: ArchiveEntry[] = [];
  for (const item of Object.values(data.outbox)) {
    if (item.updatedAt >= now - LIVE_MS) continue;
    archived.push({ collection: 'outbox', id: item.id, at: item.updatedAt, json: JSON.stringify(item) });
    delete data.outbox[item.id];
  }
  await backend.archive(archived);
  await backend.snapshot({ seq, version: SCHEMA_VERSION, collections: data, changed: new Set(COLLECTIONS), durable: async () => undefined });
  await backend.close();
  return { newcomers, volunteers };
}
