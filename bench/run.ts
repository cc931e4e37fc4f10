// `npm run bench`: runs every benchmark section, prints the figures and writes bench/results/latest.json and docs/benchmarks.md.
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { broadcast } from './sections/broadcast.js';
import { startup } from './sections/startup.js';
import { telegramThroughput } from './sections/telegram-throughput.js';
import { whatsappWebhook } from './sections/whatsapp-webhook.js';
import { storeScaling } from './sections/store-scaling.js';
import { practiceScale } from './sections/practice.js';

export interface SectionResult {
  name: string;
  rows: Array<Record<string, string | number>>;
  ratio: Record<string, number>;
  note?: string;
  raw: unknown;
}

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const only = process.argv.slice(2);

const SECTIONS: Array<[string, () => Promise<SectionResult>]> = [
  ['throughput', () => telegramThroughput(RUNS)],
  ['scaling', () => storeScaling(RUNS)],
  ['webhook', () => whatsappWebhook(RUNS)],
  ['broadcast', () => broadcast(RUNS)],
  ['startup', () => startup(RUNS)],
  ['practice', () => practiceScale(RUNS)],
];

function table(rows: SectionResult['rows']): string {
  const headers = Object.keys(rows[0] ?? {});
  return [`| ${headers.join(' | ')} |`, `|${headers.map(() => '---').join('|')}|`, ...rows.map((row) => `| ${headers.map((h) => row[h]).join(' | ')} |`)].join('\n');
}

const results: SectionResult[] = [];
const started = Date.now();
for (const [id, run] of SECTIONS) {
  if (only.length > 0 && !only.includes(id)) continue;
  process.stdout.write(`\n== ${id} ==\n`);
  const result = await run();
  results.push(result);
  console.log(result.name);
  console.table(result.rows);
  console.log('ratio', result.ratio);
}

const machine = `${os.cpus()[0]?.model ?? 'unknown CPU'} × ${os.cpus().length}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, ${os.platform()} ${os.release()}`;
const meta = { date: new Date().toISOString(), node: process.version, machine, runs: RUNS, seconds: Math.round((Date.now() - started) / 1000) };
mkdirSync(path.join(ROOT, 'bench/results'), { recursive: true });
writeFileSync(path.join(ROOT, 'bench/results/latest.json'), JSON.stringify({ meta, results }, null, 2) + '\n');
const markdown = [
  '# Benchmarks',
  '',
  `Measured by \`npm run bench\` on ${meta.date.slice(0, 10)}: Node ${meta.node}, ${machine}. Each figure is the median of ${RUNS} runs, with the spread (min–max) in brackets; ratios compare with a baseline measured in the same run. Raw numbers: \`bench/results/latest.json\`.`,
  '',
  ...results.flatMap((r) => [`## ${r.name}`, '', table(r.rows), '', `Ratio: ${Object.entries(r.ratio).map(([k, v]) => `${k} = **${v}**`).join(', ')}`, '', ...(r.note ? [r.note, ''] : [])]),
].join('\n');
writeFileSync(path.join(ROOT, 'docs/benchmarks.md'), markdown);
console.log(`\nwrote bench/results/latest.json and docs/benchmarks.md in ${meta.seconds} s`);
