// Quiet hours: when a non-urgent message to a member must wait, and until when (in the member's time zone, DST-safe).

import { localTime } from '../core/when/zone.js';

export { localTime };

export const DEFAULT_QUIET_HOURS = { from: '22:00', to: '08:00' } as const;

function minutes(hhmm: string): number {
  const [h = '0', m = '0'] = hhmm.split(':');
  return Number(h) * 60 + Number(m);
}

/** The last answer per zone and quiet hours: a batch (a nudge run, a broadcast) asks thousands of times for the same instant. */
const lastAnswers = new Map<string, { at: number; until: number | undefined }>();

/** When `at` falls in quiet hours, the instant they end; otherwise undefined. */
export function quietUntil(at: number, timeZone: string, quiet: { from: string; to: string } = DEFAULT_QUIET_HOURS): number | undefined {
  const key = `${timeZone}|${quiet.from}|${quiet.to}`;
  const last = lastAnswers.get(key);
  if (last?.at === at) return last.until;
  const until = computeQuietUntil(at, timeZone, quiet);
  if (lastAnswers.size > 1_000) lastAnswers.clear();
  lastAnswers.set(key, { at, until });
  return until;
}

function computeQuietUntil(at: number, timeZone: string, quiet: { from: string; to: string }): number | undefined {
  const from = minutes(quiet.from);
  const to = minutes(quiet.to);
  if (from === to) return undefined;
  const local = localTime(at, timeZone);
  const now = local.hour * 60 + local.minute;
  const inside = from < to ? now >= from && now < to : now >= from || now < to;
  if (!inside) return undefined;
  const wait = (to - now + 1440) % 1440;
  let end = at - local.second * 1000 - (at % 1000) + wait * 60_000;
  // A DST change tonight shifts the local clock by an hour: correct to the real local `to` time.
  for (let i = 0; i < 2; i += 1) {
    const check = localTime(end, timeZone);
    const diff = to - (check.hour * 60 + check.minute);
    if (diff === 0) break;
    end += (((diff + 720 + 1440) % 1440) - 720) * 60_000;
  }
  return end;
}
