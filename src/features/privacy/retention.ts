// The daily retention job: members of groups that ended more than RETENTION_MONTHS ago are erased; older backups deleted.
import { readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { DateTime } from 'luxon';
import type { Feature } from '../../core/feature.js';
import type { Services } from '../../core/services.js';
import type { JobHandler } from '../../scheduler/scheduler.js';
import { eraseMember } from './erase.js';

/** The moment before which a group's end makes its members due for erasure. */
export function retentionCutoff(now: number, months: number, timeZone: string): number {
  return DateTime.fromMillis(now, { zone: timeZone }).minus({ months }).toMillis();
}

/** Erases every member whose groups all ended before the cutoff (coordinators stay: they are staff, not participants). */
export function eraseExpiredMembers(services: Services, features: readonly Feature[], now: number): number {
  const { store, config } = services;
  const cutoff = retentionCutoff(now, config.retentionMonths, config.timeZone);
  let erased = 0;
  for (const member of [...store.values('members')]) {
    if (member.role === 'coordinator' || member.groupIds.length === 0) continue;
    const groups = member.groupIds.map((id) => store.get('groups', id));
    if (groups.some((g) => !g || g.endsAt >= cutoff)) continue;
    eraseMember(services, member, features, 'retention');
    erased += 1;
  }
  return erased;
}

/** Deletes backup files in DATA_DIR/backups older than the retention period; returns how many. */
export function deleteOldBackups(services: Services, now: number): number {
  const dir = path.join(services.config.dataDir, 'backups');
  const cutoff = retentionCutoff(now, services.config.retentionMonths, services.config.timeZone);
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return 0; // no backups yet
  }
  let deleted = 0;
  for (const name of names) {
    const file = path.join(dir, name);
    try {
      if (statSync(file).mtimeMs >= cutoff) continue;
      rmSync(file, { recursive: true, force: true });
      deleted += 1;
    } catch (error) {
      services.logger.warn({ err: error instanceof Error ? error.name : 'error' }, 'an old backup could not be deleted; retention tries again tomorrow');
    }
  }
  return deleted;
}

/** The scheduled job; `features` gives the app's features (for their privacy hooks). */
export function retentionJob(features: () => readonly Feature[]): JobHandler {
  return (_job, { services, now }) => {
    const erased = eraseExpiredMembers(services, features(), now);
    const backups = deleteOldBackups(services, now);
    if (erased > 0 || backups > 0) services.logger.info({ erased, backups }, 'retention: erased members of long-ended groups and old backups');
  };
}
