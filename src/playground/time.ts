// Moving the playground's clock forward: through every job due on the way, so reminders fire as they would in real time.
import type { ManualClock } from '../core/clock.js';
import type { Services } from '../core/services.js';
import type { Delivery } from '../delivery/outbox.js';
import type { Scheduler } from '../scheduler/scheduler.js';

const HOUR = 3_600_000;
/** The longest single jump (a year). */
export const MAX_ADVANCE_MS = 366 * 24 * HOUR;
/** Enough stops for a year of daily jobs plus some. */
const MAX_STOPS = 2_000;

/** `PT1H`, `P1D`, `P2DT3H30M` (days, hours, minutes, seconds) → milliseconds; undefined when not understood. */
export function parseDuration(text: string): number | undefined {
  const match = /^P(?:(\d{1,3})D)?(?:T(?:(\d{1,4})H)?(?:(\d{1,5})M)?(?:(\d{1,6})S)?)?$/.exec(text.trim().toUpperCase());
  if (!match || text.trim().length <= 1 || /T$/.test(text.trim())) return undefined;
  const [, days = '0', hours = '0', minutes = '0', seconds = '0'] = match;
  return ((Number(days) * 24 + Number(hours)) * 60 + Number(minutes)) * 60_000 + Number(seconds) * 1000;
}

export interface AdvanceResult {
  now: number;
  /** Job runs that happened on the way. */
  jobsRun: number;
}

/**
 * Advances `clock` by `ms`, stopping at each job's due time so the scheduler runs it on time (a single jump would
 * find it too late and skip it), and lets delivery send what became due at every stop.
 */
export async function advanceTime(
  parts: { clock: ManualClock; services: Services; scheduler: Scheduler; delivery: Delivery; settle: () => Promise<void> },
  ms: number,
): Promise<AdvanceResult> {
  const { clock, services, scheduler, delivery, settle } = parts;
  const target = clock.now() + ms;
  let jobsRun = 0;
  for (let stop = 0; stop <= MAX_STOPS; stop += 1) {
    const now = clock.now();
    let next = target;
    for (const job of services.store.values('jobs')) if (job.dueAt > now && job.dueAt < next) next = job.dueAt;
    clock.advance(next - now);
    jobsRun += scheduler.tick();
    delivery.tick();
    await settle();
    if (next >= target) break;
  }
  return { now: clock.now(), jobsRun };
}
