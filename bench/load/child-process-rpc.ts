// Starts a benchmark helper (a fake platform) in its own process and talks to it over IPC: the child says `ready` with
// what the parent needs, then answers questions `{id, ...}` with `{id, value}`; `{type: 'close'}` ends it.
import { fork } from 'node:child_process';

export interface ChildRpc<Q> {
  /** Sends a question and resolves with the child's answer. */
  ask<T>(question: Q): Promise<T>;
  /** Asks the child to close and waits until it has exited. */
  close(): Promise<void>;
}

/** Forks `file` (a TypeScript module, with `child` as its argument) and resolves once it is ready, with what it said. */
export function startChildRpc<Q extends object, R>(file: string, what: string): Promise<{ ready: R; rpc: ChildRpc<Q> }> {
  const child = fork(file, ['child'], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  let next = 0;
  const waiting = new Map<number, (value: unknown) => void>();
  const rpc: ChildRpc<Q> = {
    ask: <T>(question: Q) =>
      new Promise<T>((resolve) => {
        const id = (next += 1);
        waiting.set(id, resolve as (value: unknown) => void);
        child.send({ ...question, id });
      }),
    close: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((done) => child.once('exit', done));
      child.send({ type: 'close', id: 0 });
      await exited;
    },
  };
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`the ${what} process exited with ${code}`)));
    child.on('message', (message: { id?: number; ready?: R; value?: unknown }) => {
      if (message.ready) return resolve({ ready: message.ready, rpc });
      const done = message.id !== undefined ? waiting.get(message.id) : undefined;
      if (done) {
        waiting.delete(message.id!);
        done(message.value);
      }
    });
  });
}
