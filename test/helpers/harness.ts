// Test harness: a real welkom app in a temp folder, driven through the local channel by named people.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createApp, type App, type AppOptions } from '../../src/app.js';
import type { LocalMessage, LocalSender } from '../../src/channels/local/local-channel.js';
import { createConfig } from '../../src/config.js';
import { ManualClock } from '../../src/core/clock.js';
import type { Member } from '../../src/store/schema.js';

/** A person in a test: writes, presses buttons, and reads what the bot sent since their last action. */
export class Person {
  private seen = 0;
  constructor(
    private readonly harness: Harness,
    readonly sender: LocalSender,
  ) {}

  /** Types a message, waits for delivery, returns the bot's new replies in this chat. */
  async say(text: string): Promise<LocalMessage[]> {
    await this.harness.app.local.say(this.sender, text);
    return this.collect();
  }

  /** Presses a button of the latest question (by choice id). */
  async press(choiceId: string, token?: string): Promise<LocalMessage[]> {
    await this.harness.app.local.press(this.sender, choiceId, token);
    return this.collect();
  }

  /** Replies that arrived without this person doing anything (notices). */
  async inbox(): Promise<LocalMessage[]> {
    return this.collect();
  }

  /** The latest question with buttons sent to this person. */
  lastQuestion(): LocalMessage | undefined {
    return [...this.harness.app.local.transcript(this.sender.chatId)].reverse().find((m) => m.direction === 'out' && m.choices);
  }

  member(): Member | undefined {
    const identity = this.harness.app.services.store.get('identities', `local:${this.sender.userId}`);
    return identity ? this.harness.app.services.store.get('members', identity.memberId) : undefined;
  }

  private async collect(): Promise<LocalMessage[]> {
    await this.harness.app.delivery.idle();
    const replies = this.harness.app.local.repliesSince(this.sender.chatId, this.seen);
    const last = this.harness.app.local.transcript(this.sender.chatId).at(-1);
    if (last) this.seen = last.id;
    return replies;
  }
}

export interface Harness {
  app: App;
  clock: ManualClock;
  dataDir: string;
  person(userId: string, options?: Partial<LocalSender>): Person;
  /** Stops the app gracefully (final snapshot) and builds a new one on the same data folder. Crash restarts (SIGKILL) are in test/faults and test/delivery/crash.e2e.test.ts. */
  restart(): Promise<void>;
  close(): Promise<void>;
}

export const START_TIME = Date.UTC(2026, 10, 30, 10, 0, 0); // Monday 30 Nov 2026, 11:00 in Amsterdam

/** Builds and starts an app on a random port with a temp DATA_DIR and a manual clock. */
export async function createHarness(env: Record<string, string> = {}, options: Partial<AppOptions> = {}): Promise<Harness> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'welkom-test-'));
  const clock = new ManualClock(undefined, START_TIME);
  const config = createConfig({ DATA_DIR: dataDir, PORT: '0', ...env });
  const build = async () => {
    const app = await createApp({ config, clock, ...options });
    await app.start();
    return app;
  };
  const harness: Harness = {
    app: await build(),
    clock,
    dataDir,
    person(userId, overrides = {}) {
      return new Person(harness, { chatId: overrides.chatId ?? userId, userId, chatType: 'private', ...overrides });
    },
    async restart() {
      await harness.app.stop();
      harness.app = await build();
    },
    async close() {
      await harness.app.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
  return harness;
}

/** Makes a coordinator member directly in the store (as COORDINATOR_TELEGRAM_IDS would), for the local channel. */
export async function seedCoordinator(harness: Harness, userId = 'coord', locale = 'nl'): Promise<Person> {
  const { store } = harness.app.services;
  const key = `local:${userId}`;
  store.put('members', `m_${userId}`, {
    id: `m_${userId}`,
    name: 'Carla',
    role: 'coordinator',
    locale,
    identities: [key],
    groupIds: [],
    profile: {},
    timeZone: 'Europe/Amsterdam',
    createdAt: harness.clock.now(),
  });
  store.put('identities', key, { key, memberId: `m_${userId}` });
  await store.committed();
  return harness.person(userId);
}

export function texts(messages: LocalMessage[]): string {
  return messages.map((m) => m.text).join('\n---\n');
}
