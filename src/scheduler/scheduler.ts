// Runs due jobs from the store on a node-cron tick: one-off, daily and weekly jobs, catch-up after downtime, stale ones skipped.
import cron, { type ScheduledTask } from 'node-cron';
import type { Jobs, Services } from '../core/services.js';
import type { Job } from '../store/schema.js';
import { nextOccurrence } from './daily.js';

/** A job handler. `occurrence` is unique per run (use it in outbox keys so a run never sends twice). */
export type JobHandler = (job: Job, context: { services: Services; occurrence: string; now: number }) => void;

/** What one tick did: when, how late its most overdue run was, and how many runs ran, were skipped (too late) or failed. */
export interface TickReport {
  at: number;
  lagMs: number;
  ran: number;
  skipped: number;
  failed: number;
}

export interface SchedulerOptions {
  /** Told after every tick (for metrics). */
  onTick?: (report: TickReport) => void;
}

export class Scheduler implements Jobs {
  private task?: ScheduledTask;
  private readonly handlers = new Map<string, JobHandler>();
  /** Job ids already reported as having no handler (said once, not every tick). */
  private readonly reportedUnknown = new Set<string>();

  constructor(
    private readonly services: Services,
    private readonly options: SchedulerOptions = {},
  ) {}

  register(type: string, handler: JobHandler): void {
    this.handlers.set(type, handler);
  }

  /** Creates or replaces a job (call inside a turn or a handler; the store commit makes it durable). */
  upsert(job: Job): void {
    this.services.store.put('jobs', job.id, job);
  }

  /** A one-off job at `dueAt`; the same id again replaces it. */
  at(id: string, type: string, dueAt: number, payload: Record<string, unknown> = {}, graceMs = 6 * 3_600_000): void {
    this.upsert({ id, type, dueAt, graceMs, payload });
  }

  cancel(id: string): boolean {
    if (!this.services.store.get('jobs', id)) return false;
    this.services.store.delete('jobs', id);
    return true;
  }

  /** A daily job at `hh:mm` in a time zone (e.g. a learner's practice time), first run at the next such time. */
  daily(id: string, type: string, hhmm: string, timeZone: string, payload: Record<string, unknown> = {}, graceMs = 6 * 3_600_000): Job {
    return this.recurring(id, type, { time: hhmm, timeZone }, payload, graceMs);
  }

  /** A weekly job on `weekday` (0 = Sunday) at `hh:mm` in a time zone (e.g. a weekly digest). */
  weekly(id: string, type: string, weekday: number, hhmm: string, timeZone: string, payload: Record<string, unknown> = {}, graceMs = 24 * 3_600_000): Job {
    return this.recurring(id, type, { time: hhmm, weekday, timeZone }, payload, graceMs);
  }

  private recurring(id: string, type: string, schedule: NonNullable<Job['schedule']>, payload: Record<string, unknown>, graceMs: number): Job {
    const existing = this.services.store.get('jobs', id);
    const unchanged = existing?.schedule && JSON.stringify(existing.schedule) === JSON.stringify(schedule);
    const job: Job = {
      id,
      type,
      dueAt: unchanged ? existing.dueAt : nextOccurrence(this.services.clock.now(), schedule),
      schedule,
      graceMs,
      payload,
      lastRunAt: existing?.lastRunAt,
    };
    this.upsert(job);
    return job;
  }

  /** Ticks every 15 seconds (node-cron), and whenever `tick()` is called (e.g. after the playground clock jumps). */
  start(): void {
    if (this.task) return;
    this.task = cron.schedule('*/15 * * * * *', () => this.tick(), { name: 'welkom-scheduler' });
    this.tick();
  }

  stop(): void {
    void this.task?.stop();
    void this.task?.destroy();
    this.task = undefined;
  }

  /** Runs every due job once. Missed runs older than their grace are skipped (and logged); recurring jobs move to their next time. */
  tick(): number {
    const { store, clock, logger } = this.services;
    const now = clock.now();
    let ran = 0;
    let lagMs = 0;
    let skipped = 0;
    let failed = 0;
    for (const job of store.values('jobs')) {
      if (job.dueAt > now) continue;
      const handler = this.handlers.get(job.type);
      const late = now - job.dueAt;
      if (!handler) {
        if (!this.reportedUnknown.has(job.id)) logger.warn({ job: job.id, type: job.type }, 'no handler for this job type; it is kept for a later version');
        this.reportedUnknown.add(job.id);
        continue;
      }
      if (late > job.graceMs) {
        logger.info({ job: job.id, lateMs: late }, 'skipped a missed job run: too late to be useful');
        skipped += 1;
      } else {
        lagMs = Math.max(lagMs, late);
        try {
          handler(job, { services: this.services, occurrence: `${job.id}@${job.dueAt}`, now });
          ran += 1;
        } catch (error) {
          logger.error({ err: error, job: job.id }, 'job failed');
          failed += 1;
        }
      }
      const current = store.get('jobs', job.id);
      if (!current) continue; // the handler removed it
      if (current.schedule) {
        store.put('jobs', job.id, { ...current, lastRunAt: now, dueAt: nextOccurrence(Math.max(now, job.dueAt), current.schedule) });
      } else if (current.dueAt === job.dueAt) {
        store.delete('jobs', job.id);
      } // else the handler planned its next run under the same id: keep it
    }
    this.options.onTick?.({ at: now, lagMs, ran, skipped, failed });
    return ran;
  }
}
