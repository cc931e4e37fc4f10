// Starts the real welkom process (npm start's command) on a random port with a temp DATA_DIR, and always kills it.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const running = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of running) child.kill('SIGKILL');
});

/** A free TCP port on 127.0.0.1. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export interface BotProcess {
  url: string;
  /** CPU time (user + system) the process had used when /healthz first answered 200, in ms (Linux; 0 elsewhere). */
  cpuMsToHealthy: number;
  port: number;
  dataDir: string;
  child: ChildProcess;
  /** Everything the process printed (stdout + stderr), for assertions such as "no phone number in logs". */
  output(): string;
  /** SIGTERM and wait (graceful); SIGKILL after 10 s. */
  stop(): Promise<number | null>;
  /** SIGKILL at once (crash test). */
  kill(): Promise<void>;
}

/**
 * Spawns welkom and waits for GET /healthz to answer 200 (or "standby" with `standby`): by default the sources with tsx
 * (`npm run dev`); with `compiled`, `node scripts/start.mjs` (`npm start`: the compiled dist/, built first when missing or
 * stale). The process gets only the environment given here and an empty temporary working folder, so a developer's
 * `.env` is never read.
 */
export async function startBot(env: Record<string, string>, options: { dataDir?: string; timeoutMs?: number; standby?: boolean; compiled?: boolean } = {}): Promise<BotProcess> {
  const port = Number(env.PORT ?? (await freePort()));
  const dataDir = options.dataDir ?? mkdtempSync(path.join(tmpdir(), 'welkom-e2e-'));
  const workDir = mkdtempSync(path.join(tmpdir(), 'welkom-cwd-'));
  const child = spawn(process.execPath, options.compiled ? [path.join(ROOT, 'scripts/start.mjs')] : ['--import', import.meta.resolve('tsx'), path.join(ROOT, 'src/main.ts')], {
    cwd: workDir,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', LOG_LEVEL: 'info', ...env, PORT: String(port), DATA_DIR: dataDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.add(child);
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => {
    running.delete(child);
    rmSync(workDir, { recursive: true, force: true });
    resolve(code);
  }));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + (options.timeoutMs ?? 20_000);
  let exitCode: number | null | undefined;
  let cpuMsToHealthy = 0;
  void exited.then((code) => (exitCode = code));
  for (;;) {
    if (exitCode !== undefined) throw new Error(`welkom exited with code ${exitCode} before it was healthy:\n${output}`);
    try {
      const response = await fetch(`${url}/healthz`);
      if (response.status === 200) {
        cpuMsToHealthy = cpuMs(child.pid);
        break;
      }
      // With DATABASE_URL and another instance active: a standby answers 503 {"status":"standby"}.
      if (options.standby && response.status === 503 && ((await response.json()) as { status?: string }).status === 'standby') break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`welkom did not become healthy in time:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return {
    url,
    cpuMsToHealthy,
    port,
    dataDir,
    child,
    output: () => output,
    async stop() {
      if (exitCode !== undefined) return exitCode;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      const code = await exited;
      clearTimeout(timer);
      return code;
    },
    async kill() {
      if (exitCode !== undefined) return;
      child.kill('SIGKILL');
      await exited;
    },
  };
}

/** CPU time a process used so far (utime + stime from /proc, in ms); 0 where /proc does not exist. */
function cpuMs(pid: number | undefined): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    // After "pid (comm) ", field 3 is state; utime and stime are fields 14 and 15 of the full line (indexes 11 and 12 here), in clock ticks (100/s).
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return 0;
  }
}

/** Removes a data folder made by startBot. */
export function removeDataDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}
