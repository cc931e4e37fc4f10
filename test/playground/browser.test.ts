// The playground in headless Chromium against the real process: a newcomer joins in Arabic with buttons, the group and volunteers see it, time jumps.
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeDataDir, startBot, type BotProcess } from '../helpers/bot-process.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const ARTIFACTS = path.join(ROOT, 'test-artifacts');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const WAIT = 10_000;

/** Texts from the locale files, so the test follows translation changes. */
function text(locale: string, namespace: string, key: string): string {
  const data = JSON.parse(readFileSync(path.join(ROOT, 'locales', locale, `${namespace}.json`), 'utf8')) as Record<string, unknown>;
  const value = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], data);
  return String(value);
}
/** The longest fixed piece of a text with {{variables}}: what any interpolation of it must contain. */
const fixedPart = (template: string) => template.split(/{{\s*\w+\s*}}/).sort((a, b) => b.length - a.length)[0]!.trim();

/**
 * A time zone in which it is now around noon. Notices to members wait during quiet hours (22:00–08:00 in their time zone),
 * so the test would depend on the hour it runs; TZ_DEFAULT makes the demo members live where it is daytime.
 */
function daytimeZone(now = Date.now()): string {
  let offset = 12 - new Date(now).getUTCHours();
  if (offset > 12) offset -= 24;
  if (offset < -11) offset += 24;
  return offset === 0 ? 'Etc/UTC' : `Etc/GMT${offset > 0 ? '-' : '+'}${Math.abs(offset)}`; // Etc/GMT-3 is UTC+3
}

let bot: BotProcess | undefined;
let browser: Browser | undefined;

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium is needed for this test: apt-get install -y chromium (or set CHROMIUM_PATH). Not found: ${CHROMIUM}`);
  mkdirSync(ARTIFACTS, { recursive: true });
  [bot, browser] = await Promise.all([
    startBot({ TZ_DEFAULT: daytimeZone() }),
    chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] }),
  ]);
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await bot?.stop();
  if (bot) removeDataDir(bot.dataDir);
});

/** A bot message in a pane that contains `fragment`. */
const botMessage = (pane: Locator, fragment: string) => pane.locator('.msg--bot', { hasText: fragment });

async function send(pane: Locator, message: string): Promise<void> {
  const input = pane.locator('.composer__input');
  await input.fill(message);
  await input.press('Enter');
}

async function openPage(page: Page): Promise<void> {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  await page.goto(`${bot!.url}/`);
  await page.locator('body.is-ready').waitFor({ timeout: WAIT });
  expect(errors).toEqual([]);
}

/** The main story, step by step: see the test's name. */
async function joinAndTalk(page: Page): Promise<void> {
  const whatsapp = page.locator('section[data-chat="demo-newcomer"]');
  const group = page.locator('section[data-chat="demo-group"]');
  const anna = page.locator('section[data-chat="demo-anna"]');
  const ben = page.locator('section[data-chat="demo-ben"]');
  await expect(whatsapp.locator('.pane__body').getAttribute('dir')).resolves.toBe('rtl');
  await expect(page.locator('.badge').textContent()).resolves.toBe('Demo');

  // The invitation is ready to send: no documentation needed.
  const join = whatsapp.locator('.suggest__join');
  await expect(join.textContent()).resolves.toMatch(/^JOIN [0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/);
  await join.click();

  // Eight languages: WhatsApp shows a list; the language question comes in Arabic (the phone's language).
  await botMessage(whatsapp, text('ar', 'onboarding', 'language.question').split('\n')[0]!).waitFor();
  await whatsapp.locator('.wa-buttons__list').last().click();
  await page.locator('#wa-list[open] button[data-choice="ar"]').click();

  // Yes/no: two reply buttons.
  const consent = botMessage(whatsapp, text('ar', 'onboarding', 'consent.question').split('\n')[0]!);
  await consent.waitFor();
  await expect(consent.locator('.wa-buttons__btn').allTextContents()).resolves.toEqual([text('ar', 'common', 'answers.yes'), text('ar', 'common', 'answers.no')]);
  await consent.locator('button[data-choice="yes"]').click();

  await botMessage(whatsapp, text('ar', 'onboarding', 'name.question')).waitFor();
  await send(whatsapp, 'سارة');
  await botMessage(whatsapp, text('ar', 'onboarding', 'newcomer_languages.question')).waitFor();
  await send(whatsapp, 'العربية، الإنجليزية');

  // Several answers: WhatsApp has no multi-select, so the options are numbered and the newcomer types numbers.
  const interests = botMessage(whatsapp, text('ar', 'onboarding', 'interests.question'));
  await interests.waitFor();
  await expect(interests.locator('.msg__numbered li').count()).resolves.toBe(7);
  await send(whatsapp, '1، 2');

  const helpFirst = botMessage(whatsapp, text('ar', 'onboarding', 'help_first.question'));
  await helpFirst.waitFor();
  await helpFirst.locator('.wa-buttons__list').click();
  await page.locator('#wa-list[open] button[data-choice="housing"]').click();

  await botMessage(whatsapp, fixedPart(text('ar', 'onboarding', 'welcome'))).waitFor();
  await whatsapp.locator('.suggest__join').waitFor({ state: 'detached' });

  // The join notice reaches the group chat and each volunteer, in their own language.
  const notice = (locale: string) => fixedPart(text(locale, 'onboarding', 'joined_notice'));
  await botMessage(group, notice('nl')).filter({ hasText: 'سارة' }).waitFor();
  await botMessage(anna, notice('nl')).filter({ hasText: 'سارة' }).waitFor();
  await botMessage(ben, notice('uk')).filter({ hasText: 'سارة' }).waitFor();

  // Ben writes in the group chat; the answer is in Ukrainian and lists the newcomer. Anna proposes something.
  await group.locator('select').selectOption('demo-ben');
  await send(group, '/mygroup');
  await botMessage(group, fixedPart(text('uk', 'groups', 'mygroup.members_few'))).filter({ hasText: 'سارة' }).waitFor();
  await group.locator('select').selectOption('demo-anna');
  await send(group, 'Zullen we zaterdag samen koffie drinken in de bibliotheek?');
  await group.locator('.msg--person.msg--own', { hasText: 'koffie drinken' }).waitFor();

  // The clock jumps a day ahead.
  const clock = page.locator('#clock-now');
  const before = Date.parse((await clock.getAttribute('datetime'))!);
  await page.locator('#plus-day').click();
  await expect.poll(async () => Date.parse((await clock.getAttribute('datetime')) ?? ''), { timeout: WAIT }).toBeGreaterThanOrEqual(before + 86_400_000);
  await expect(page.locator('#status').textContent()).resolves.not.toBe('');
}

describe('playground in a browser', () => {
  it('a newcomer joins in Arabic with buttons; the group chat and the volunteers see it in Dutch and Ukrainian; time jumps', async () => {
    const context = await browser!.newContext({ viewport: { width: 1600, height: 1000 }, locale: 'en-GB' });
    const page = await context.newPage();
    page.setDefaultTimeout(WAIT);
    await openPage(page);
    try {
      await joinAndTalk(page);
    } catch (error) {
      await page.screenshot({ path: path.join(ARTIFACTS, 'playground-failure.png'), fullPage: true }).catch(() => undefined);
      throw error;
    }
    await page.screenshot({ path: path.join(ARTIFACTS, 'playground.png'), fullPage: true });
    await context.close();
  }, 60_000);

  it('works on a phone-sized screen and with the keyboard, with labels on every control', async () => {
    const context = await browser!.newContext({ viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
    const page = await context.newPage();
    page.setDefaultTimeout(WAIT);
    await openPage(page);
    await page.screenshot({ path: path.join(ARTIFACTS, 'playground-phone.png') });

    // Panes stack in one column and nothing scrolls sideways.
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(375);
    const panes = await page.locator('section.pane').all();
    expect(panes.length).toBe(5);
    const boxes = await Promise.all(panes.map((pane) => pane.boundingBox()));
    for (const [index, box] of boxes.entries()) {
      expect(box!.width).toBeLessThanOrEqual(375);
      if (index > 0) expect(box!.y).toBeGreaterThanOrEqual(boxes[index - 1]!.y + boxes[index - 1]!.height);
    }

    // Every control has a name; transcripts are live regions.
    const unnamed = await page.evaluate(`[
      ...[...document.querySelectorAll('button')].filter((b) => !b.textContent.trim() && !b.getAttribute('aria-label')).map((b) => b.outerHTML),
      ...[...document.querySelectorAll('input, select')].filter((c) => c.labels.length === 0 && !c.getAttribute('aria-label')).map((c) => c.outerHTML),
    ]`);
    expect(unnamed).toEqual([]);
    expect(await page.locator('.pane__log[aria-live="polite"]').count()).toBe(5);

    // Keyboard: the skip link comes first; a message is sent with Enter.
    await page.keyboard.press('Tab');
    expect(await page.evaluate('document.activeElement.className')).toBe('skip');
    const coordinator = page.locator('section[data-chat="demo-coordinator"]');
    await coordinator.locator('.composer__input').focus();
    await page.keyboard.type('/help');
    await page.keyboard.press('Enter');
    await botMessage(coordinator, '/newgroup').waitFor();
    await context.close();
  }, 30_000);
});
