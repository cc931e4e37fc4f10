// Prints the top entries of a V8 .cpuprofile (from `node --cpu-prof`) by self time, optionally up to a time (ms after start).
import { readFileSync } from 'node:fs';

interface Node { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }
interface Profile { nodes: Node[]; startTime: number; endTime: number; samples: number[]; timeDeltas: number[] }

/** Self time per function (ms), biggest first, over the samples taken within `untilMs` of the start. */
export function topEntries(file: string, count = 12, untilMs = Infinity): Array<{ fn: string; where: string; ms: number; share: number }> {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map<string, { fn: string; where: string; us: number }>();
  let elapsed = 0;
  let total = 0;
  for (let i = 0; i < profile.samples.length; i += 1) {
    const delta = profile.timeDeltas[i] ?? 0;
    elapsed += delta;
    if (elapsed / 1000 > untilMs) break;
    const node = byId.get(profile.samples[i]!)!;
    const fn = node.callFrame.functionName || '(anonymous)';
    const where = node.callFrame.url ? `${node.callFrame.url.replace(/^.*\/(node_modules|src)\//, '$1/')}:${node.callFrame.lineNumber + 1}` : '';
    const key = `${fn} ${where}`;
    const entry = self.get(key) ?? { fn, where, us: 0 };
    entry.us += delta;
    total += delta;
    self.set(key, entry);
  }
  return [...self.values()].sort((a, b) => b.us - a.us).slice(0, count).map((e) => ({ fn: e.fn, where: e.where, ms: Math.round(e.us / 1000), share: Number(((e.us / total) * 100).toFixed(1)) }));
}

if (process.argv[2]) console.table(topEntries(process.argv[2], Number(process.argv[3] ?? 12), Number(process.argv[4] ?? Infinity)));
