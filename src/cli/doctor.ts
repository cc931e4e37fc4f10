// `welkom doctor`: checks the configuration, the platforms' view of it (tokens, webhook, phone number) and DATA_DIR, with a fix per problem.
import { constants } from 'node:fs';
import { access, mkdir, statfs, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ConfigError, createConfig, ENV_VARIABLES, type Config, type TelegramConfig, type WhatsAppConfig } from '../config.js';
import { inspectLock } from '../store/lock.js';

/** One line of the doctor's report. `fix` says what to do when the level is not `ok`. */
export interface Finding {
  level: 'ok' | 'warn' | 'fail';
  what: string;
  fix?: string;
}

export interface DoctorOptions {
  /** For tests; defaults to the global fetch. */
  fetch?: typeof fetch;
  /** Per request (default 10 s). */
  timeoutMs?: number;
}

/** Graph API version used for the phone-number check (the WhatsApp client uses the same). */
const GRAPH_VERSION = 'v23.0';
/** Below this much free space in DATA_DIR the store soon cannot write. */
const MIN_FREE_BYTES = 200 * 1024 * 1024;
const LOW_FREE_BYTES = 1024 * 1024 * 1024;
/** Prefixes of welkom's variables: an unknown one with these is probably a typo. */
const OUR_PREFIXES = ['TELEGRAM_', 'WHATSAPP_', 'PLAYGROUND'];

/** Runs every check against `env` (the process environment plus .env) and returns the findings in order. */
export async function runDoctor(env: Record<string, string | undefined>, options: DoctorOptions = {}): Promise<Finding[]> {
  const findings: Finding[] = [];
  const http = new Http(options.fetch ?? fetch, options.timeoutMs ?? 10_000);

  for (const name of Object.keys(env)) {
    if (ENV_VARIABLES.includes(name) || !OUR_PREFIXES.some((prefix) => name.startsWith(prefix)) || env[name] === undefined) continue;
    findings.push({ level: 'warn', what: `${name} is not a variable welkom knows, so it is ignored.`, fix: `Check the spelling against .env.example (known: ${ENV_VARIABLES.filter((v) => v.startsWith(name.split('_')[0]!)).join(', ')}).` });
  }

  let config: Config | undefined;
  try {
    config = createConfig(env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    for (const problem of error.problems) findings.push({ level: 'fail', what: problem, fix: 'Correct this variable in .env (or the environment); .env.example explains each one.' });
  }
  if (config) {
    findings.push(describeMode(config));
    if (config.telegram) findings.push(...(await checkTelegram(config.telegram, http)));
    if (config.whatsapp) findings.push(...(await checkWhatsApp(config.whatsapp, http)));
    if (config.publicUrl) findings.push(await checkPublicUrl(config.publicUrl, http));
  }
  findings.push(...(await checkDataDir(config?.dataDir ?? env.DATA_DIR ?? './data')));
  return findings;
}

function describeMode(config: Config): Finding {
  if (config.mode === 'local') {
    return {
      level: 'warn',
      what: 'No Telegram or WhatsApp credentials are set: welkom runs in local mode (only the playground on this machine).',
      fix: 'For a real deployment set TELEGRAM_BOT_TOKEN and/or the four WHATSAPP_* variables (README, "Deploy").',
    };
  }
  const channels = [config.telegram && `Telegram (${config.telegram.mode})`, config.whatsapp && 'WhatsApp'].filter(Boolean).join(' and ');
  return { level: 'ok', what: `Configuration is valid: ${channels}, data in ${path.resolve(config.dataDir)}, time zone ${config.timeZone}.` };
}

/** A small JSON-over-HTTP helper with a timeout that never throws: network failures come back as `error`. */
class Http {
  constructor(
    private readonly fetchFn: typeof fetch,
    private readonly timeoutMs: number,
  ) {}

  async get(url: string, headers: Record<string, string> = {}): Promise<{ status?: number; json?: Record<string, unknown>; error?: string }> {
    try {
      const response = await this.fetchFn(url, { headers, signal: AbortSignal.timeout(this.timeoutMs) });
      const text = await response.text();
      let json: Record<string, unknown> | undefined;
      try {
        const parsed: unknown = JSON.parse(text);
        if (parsed && typeof parsed === 'object') json = parsed as Record<string, unknown>;
      } catch {
        // not JSON: status is enough
      }
      return { status: response.status, json };
    } catch (error) {
      const cause = (error as { cause?: { code?: string; message?: string } }).cause;
      return { error: cause?.code ?? cause?.message ?? (error as Error).message };
    }
  }
}

async function checkTelegram(telegram: TelegramConfig, http: Http): Promise<Finding[]> {
  const call = (method: string) => http.get(`${telegram.apiRoot}/bot${telegram.token}/${method}`);
  const me = await call('getMe');
  if (me.error) return [{ level: 'fail', what: `Cannot reach the Telegram Bot API at ${telegram.apiRoot} (${me.error}).`, fix: 'Check the server can reach the internet (DNS, firewall, outgoing HTTPS) and that TELEGRAM_API_ROOT is right (normally leave it unset).' }];
  if (me.status === 401 || me.status === 404) {
    return [{ level: 'fail', what: `Telegram refused TELEGRAM_BOT_TOKEN (${me.status} ${String(me.json?.description ?? '')}).`.replace(' )', ')'), fix: 'Copy the token again from @BotFather (/mybots → your bot → API Token) into TELEGRAM_BOT_TOKEN. A token revoked in BotFather stops working at once.' }];
  }
  const bot = me.json?.result as { username?: string } | undefined;
  if (me.status !== 200 || !bot?.username) return [{ level: 'fail', what: `Telegram's getMe answered ${me.status} unexpectedly.`, fix: 'Try again in a minute; if it stays, check TELEGRAM_API_ROOT.' }];
  const findings: Finding[] = [{ level: 'ok', what: `Telegram accepts the token: the bot is @${bot.username}.` }];

  const info = await call('getWebhookInfo');
  const webhook = info.json?.result as { url?: string; last_error_message?: string; last_error_date?: number; pending_update_count?: number } | undefined;
  if (!webhook) {
    findings.push({ level: 'fail', what: `Telegram's getWebhookInfo failed (${info.error ?? info.status}).`, fix: 'Try again in a minute.' });
    return findings;
  }
  const registered = webhook.url ?? '';
  if (telegram.mode === 'polling') {
    if (registered) findings.push({ level: 'warn', what: `A webhook is registered (${registered}) although TELEGRAM_MODE is polling.`, fix: 'welkom removes it when it starts. If another server should receive the updates, set TELEGRAM_MODE=webhook there and stop this one.' });
    else findings.push({ level: 'ok', what: 'No webhook is registered, as expected for TELEGRAM_MODE=polling.' });
    return findings;
  }
  findings.push(...compareWebhook(telegram, registered));
  if (registered && webhook.last_error_message) {
    const when = webhook.last_error_date ? ` at ${new Date(webhook.last_error_date * 1000).toISOString()}` : '';
    findings.push({
      level: 'fail',
      what: `Telegram could not deliver updates to the webhook${when}: "${webhook.last_error_message}" (${webhook.pending_update_count ?? 0} waiting).`,
      fix: 'Check that welkom is running, that the address reaches it from the internet (Caddy up, ports 80/443 open, DNS pointing here) and that TELEGRAM_WEBHOOK_SECRET is the one registered.',
    });
  }
  return findings;
}

function compareWebhook(telegram: Extract<TelegramConfig, { mode: 'webhook' }>, registered: string): Finding[] {
  const wanted = telegram.webhookUrl;
  if (!wanted) {
    if (!registered) return [{ level: 'fail', what: 'TELEGRAM_MODE is webhook but no webhook is registered and TELEGRAM_WEBHOOK_URL is not set.', fix: 'Set TELEGRAM_WEBHOOK_URL=https://<your domain>/webhooks/telegram; welkom registers it at start-up.' }];
    return [{ level: 'ok', what: `The webhook is registered elsewhere as ${registered} (TELEGRAM_WEBHOOK_URL is not set, so it is not compared).` }];
  }
  if (registered === wanted) return [{ level: 'ok', what: `The registered Telegram webhook is TELEGRAM_WEBHOOK_URL (${wanted}).` }];
  if (!registered) return [{ level: 'warn', what: `No webhook is registered yet (TELEGRAM_WEBHOOK_URL is ${wanted}).`, fix: 'Start welkom: it registers TELEGRAM_WEBHOOK_URL at start-up. Run doctor again afterwards.' }];
  return [
    {
      level: 'fail',
      what: `Telegram sends updates to ${registered}, but TELEGRAM_WEBHOOK_URL is ${wanted}.`,
      fix: 'Restart welkom so it registers TELEGRAM_WEBHOOK_URL, or correct TELEGRAM_WEBHOOK_URL. Is another server using the same bot token? Only one can receive its updates.',
    },
  ];
}

async function checkWhatsApp(whatsapp: WhatsAppConfig, http: Http): Promise<Finding[]> {
  const url = `${whatsapp.apiBaseUrl}/${GRAPH_VERSION}/${whatsapp.phoneNumberId}?fields=display_phone_number,verified_name,quality_rating`;
  const answer = await http.get(url, { authorization: `Bearer ${whatsapp.accessToken}` });
  if (answer.error) return [{ level: 'fail', what: `Cannot reach the Graph API at ${whatsapp.apiBaseUrl} (${answer.error}).`, fix: 'Check the server can reach the internet (DNS, firewall, outgoing HTTPS) and that WHATSAPP_API_BASE_URL is right (normally leave it unset).' }];
  const error = answer.json?.error as { code?: number; message?: string } | undefined;
  if (error?.code === 190 || answer.status === 401) {
    return [{ level: 'fail', what: `Meta refused WHATSAPP_ACCESS_TOKEN (${error?.message ?? answer.status}).`, fix: 'Create a permanent token: Meta Business Settings → System users → your system user → Generate token with whatsapp_business_messaging and whatsapp_business_management (docs/whatsapp.md). Temporary tokens from the API Setup page expire after 24 hours.' }];
  }
  if (error || answer.status !== 200) {
    return [{ level: 'fail', what: `The Graph API does not know WHATSAPP_PHONE_NUMBER_ID ${whatsapp.phoneNumberId} for this token (${error?.message ?? answer.status}).`, fix: 'Copy the "Phone number ID" (not the phone number) from the app\'s WhatsApp → API Setup page, and make sure the token\'s system user has access to that WhatsApp account.' }];
  }
  const shown = String(answer.json?.display_phone_number ?? '');
  const digits = shown.replace(/\D/g, '');
  const findings: Finding[] = [{ level: 'ok', what: `Meta accepts the WhatsApp token; phone number id ${whatsapp.phoneNumberId} is ${shown || 'known'}${answer.json?.verified_name ? ` ("${String(answer.json.verified_name)}")` : ''}.` }];
  if (!whatsapp.phoneNumber) {
    findings.push({ level: 'warn', what: 'WHATSAPP_PHONE_NUMBER is not set, so invites for newcomers have no wa.me link or QR code.', fix: `Set WHATSAPP_PHONE_NUMBER=${digits || '<the number, digits only>'}.` });
  } else if (whatsapp.phoneNumber !== digits) {
    findings.push({ level: 'fail', what: `WHATSAPP_PHONE_NUMBER is ${whatsapp.phoneNumber}, but phone number id ${whatsapp.phoneNumberId} belongs to ${shown}: invite links would open a chat with the wrong number.`, fix: `Set WHATSAPP_PHONE_NUMBER=${digits}, or correct WHATSAPP_PHONE_NUMBER_ID.` });
  } else {
    findings.push({ level: 'ok', what: `WHATSAPP_PHONE_NUMBER matches the number Meta has for the phone number id (${shown}).` });
  }
  return findings;
}

async function checkPublicUrl(publicUrl: string, http: Http): Promise<Finding> {
  const answer = await http.get(`${publicUrl}/healthz`);
  if (answer.status === 200) return { level: 'ok', what: `${publicUrl}/healthz answers 200: the public address reaches a running welkom.` };
  return {
    level: 'warn',
    what: `${publicUrl}/healthz does not answer 200 (${answer.error ?? answer.status}).`,
    fix: 'Fine before the first start. Otherwise check that welkom runs, that the domain\'s DNS points to this server and that the reverse proxy (Caddy) is up.',
  };
}

async function checkDataDir(dataDir: string): Promise<Finding[]> {
  const dir = path.resolve(dataDir);
  const findings: Finding[] = [];
  try {
    await mkdir(dir, { recursive: true, mode: 0o700 });
    await access(dir, constants.W_OK);
    const probe = path.join(dir, `.doctor-${process.pid}`);
    await writeFile(probe, 'ok', { mode: 0o600 });
    await unlink(probe);
  } catch (error) {
    return [{ level: 'fail', what: `DATA_DIR ${dir} is not writable (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}).`, fix: `Create it and give it to the user welkom runs as, e.g. "sudo chown -R $(id -u):$(id -g) ${dir}" (in Docker the volume is owned by the image's user).` }];
  }
  const space = await statfs(dir);
  const free = space.bavail * space.bsize;
  const freeText = `${(free / 1024 ** 3).toFixed(1)} GB free`;
  if (free < MIN_FREE_BYTES) findings.push({ level: 'fail', what: `DATA_DIR ${dir} is writable but has only ${freeText}.`, fix: 'Free disk space (old logs, docker images: "docker system prune") or move DATA_DIR to a bigger disk; welkom stops accepting messages when it cannot write.' });
  else if (free < LOW_FREE_BYTES) findings.push({ level: 'warn', what: `DATA_DIR ${dir} is writable; only ${freeText}.`, fix: 'Plan more room: the store, its 7 daily backups and your own backups grow with the programme.' });
  else findings.push({ level: 'ok', what: `DATA_DIR ${dir} is writable (${freeText}).` });
  const lock = await inspectLock(dir);
  if (lock?.live) findings.push({ level: 'ok', what: `A welkom process is using DATA_DIR now (${lock.info.purpose}, process ${lock.info.pid} on ${lock.info.host}).` });
  return findings;
}

/** The report as text: one line per finding, its fix indented below, and a summary. */
export function formatFindings(findings: Finding[]): string {
  const mark = { ok: '✓', warn: '!', fail: '✗' } as const;
  const lines = findings.flatMap((f) => [`${mark[f.level]} ${f.what}`, ...(f.level !== 'ok' && f.fix ? [`    → ${f.fix}`] : [])]);
  const fails = findings.filter((f) => f.level === 'fail').length;
  const warns = findings.filter((f) => f.level === 'warn').length;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  lines.push('', fails === 0 ? `All is well${warns ? ` (${plural(warns, 'warning')})` : ''}.` : `${plural(fails, 'problem')} to fix${warns ? `, ${plural(warns, 'warning')}` : ''}.`);
  return lines.join('\n');
}
