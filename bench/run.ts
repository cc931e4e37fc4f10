// `npm run bench`: runs every benchmark section, prints the figures and writes bench/results/latest.json and docs/benchmarks.md.
// `npm run bench -- snapshot startup` runs only those sections (and then writes the files from them alone).
// Each section runs in a fresh process of its own: a bot measured in the benchmark's process would otherwise share a
// heap with what earlier sections left (a full collection of it stopped the webhook section's first run for ≈ 250 ms).
import { fork } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { broadcast } from './sections/broadcast.js';
import { broadcastCommand } from './sections/broadcast-command.js';
import { startup } from './sections/startup.js';
import { telegramThroughput } from './sections/telegram-throughput.js';
import { whatsappWebhook } from './sections/whatsapp-webhook.js';
import { storeScaling } from './sections/store-scaling.js';
import { snapshotStall } from './sections/snapshot.js';

/** One goal of issue 16 next to the figure measured for it. */
export interface Goal {
  measure: string;
  figure: string;
  goal: string;
  met: boolean;
}
import { practiceScale } from './sections/practice.js';
import { pgStore } from './sections/pg-store.js';
import { bridgeLatency } from './sections/bridge.js';

export interface SectionResult {
  name: string;
  goals?: Goal[];
  rows: Array<Record<string, string | number>>;
  ratio: Record<string, number>;
  note?: string;
  raw: unknown;
}

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
/** Profile findings (`node --cpu-prof`, see bench/profile-top.ts), appended to docs/benchmarks.md as they are. */
const PROFILE_NOTES = path.join(ROOT, 'bench/profile-notes.md');
const only = process.argv.slice(2);

const SECTIONS: Array<[string, () => Promise<SectionResult>]> = [
  ['throughput', () => telegramThroughput(RUNS)],
  ['scaling', () => storeScaling(RUNS)],
  ['webhook', () => whatsappWebhook(RUNS)],
  ['broadcast', () => broadcast(RUNS)],
  ['broadcast-command', () => broadcastCommand(RUNS)],
  ['startup', () => startup(RUNS)],
  ['snapshot', () => snapshotStall(RUNS)],
  ['practice', () => practiceScale(RUNS)],
  ['pg-store', () => pgStore(RUNS)],
  ['bridge', () => bridgeLatency(RUNS)],
];

function table(rows: SectionResult['rows']): string {
  const headers = Object.keys(rows[0] ?? {});
  return [`| ${headers.join(' | ')} |`, `|${headers.map(() => '---').join('|')}|`, ...rows.map((row) => `| ${headers.map((h) => row[h]).join(' | ')} |`)].join('\n');
}

/** The machine's 1-, 5- and 15-minute load averages: figures measured while other work ran are inflated. */
const loadAverage = () => os.loadavg().map((load) => load.toFixed(2)).join(' ');

/** In a section's own process (see runInOwnProcess): run it, hand its result over in a file, and exit. */
const childSection = process.env.WELKOM_BENCH_SECTION;
if (childSection) {
  const run = SECTIONS.find(([id]) => id === childSection)?.[1];
  if (!run) throw new Error(`no benchmark section "${childSection}"`);
  writeFileSync(process.env.WELKOM_BENCH_OUT!, JSON.stringify(await run()));
  process.exit(0);
}

/** Runs one section in a fresh process (this file, with WELKOM_BENCH_SECTION) and returns its result. */
function runInOwnProcess(id: string): Promise<SectionResult> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'welkom-bench-section-'));
  const out = path.join(dir, 'result.json');
  return new Promise<SectionResult>((resolve, reject) => {
    const child = fork(fileURLToPath(import.meta.url), [], { execArgv: ['--import', 'tsx'], env: { ...process.env, WELKOM_BENCH_SECTION: id, WELKOM_BENCH_OUT: out }, stdio: 'inherit' });
    child.once('error', reject);
    child.once('exit', (code) => {
      try {
        if (code !== 0) throw new Error(`benchmark section ${id} exited with ${code}`);
        resolve(JSON.parse(readFileSync(out, 'utf8')) as SectionResult);
      } catch (error) {
        reject(error as Error);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });
}

const results: SectionResult[] = [];
const started = Date.now();
for (const [id] of SECTIONS) {
  if (only.length > 0 && !only.includes(id)) continue;
  process.stdout.write(`\n== ${id} == (load average ${loadAverage()})\n`);
  const result = await runInOwnProcess(id);
  console.log(`load average after ${id}: ${loadAverage()}`);
  results.push(result);
  console.log(result.name);
  console.table(result.rows);
  console.log('ratio', result.ratio);
  for (const goal of result.goals ?? []) console.log(`goal: ${goal.measure}: ${goal.figure} (goal ${goal.goal}) ${goal.met ? 'MET' : 'NOT MET'}`);
}
const goals = results.flatMap((r) => r.goals ?? []);

const machine = `${os.cpus()[0]?.model ?? 'unknown CPU'} × ${os.cpus().length}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, ${os.platform()} ${os.release()}`;
const meta = { date: new Date().toISOString(), node: process.version, machine, runs: RUNS, seconds: Math.round((Date.now() - started) / 1000), loadAverageAtEnd: loadAverage() };
mkdirSync(path.join(ROOT, 'bench/results'), { recursive: true });
if (only.length > 0) {
  // A partial run (while working) does not replace the full report.
  const file = `bench/results/partial-${only.join('-')}.json`;
  writeFileSync(path.join(ROOT, file), JSON.stringify({ meta, results }, null, 2) + '\n');
  console.log(`\nwrote ${file} in ${meta.seconds} s (docs/benchmarks.md is written by a full run)`);
  process.exit(0);
}
writeFileSync(path.join(ROOT, 'bench/results/latest.json'), JSON.stringify({ meta, results }, null, 2) + '\n');
const markdown = [
  '# Benchmarks',
  '',
  `Measured by \`npm run bench\` on ${meta.date.slice(0, 10)}: Node ${meta.node}, ${machine}. Each figure is the median of ${RUNS} runs, with the spread (min–max) in brackets; ratios compare with a baseline measured in the same run. The machine’s load average (1, 5, 15 min) at the end was ${meta.loadAverageAtEnd}; other work running meanwhile inflates absolute times, not the same-run ratios. Raw numbers: \`bench/results/latest.json\`.`,
  '',
  ...(goals.length > 0
    ? ['## Goals (issues 11, 14 and 16), each next to the figure this run measured', '', table(goals.map((g) => ({ measure: g.measure, measured: g.figure, goal: g.goal, met: g.met ? 'yes' : '**no**' }))), '']
    : []),
  ...results.flatMap((r) => [`## ${r.name}`, '', table(r.rows), '', `Ratio: ${Object.entries(r.ratio).map(([k, v]) => `${k} = **${v}**`).join(', ')}`, '', ...(r.note ? [r.note, ''] : [])]),
  ...(existsSync(PROFILE_NOTES) ? [readFileSync(PROFILE_NOTES, 'utf8')] : []),
].join('\n');
writeFileSync(path.join(ROOT, 'docs/benchmarks.md'), markdown);
console.log(`\nwrote bench/results/latest.json and docs/benchmarks.md in ${meta.seconds} s`);
