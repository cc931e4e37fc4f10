// Reads the Contract's environment variables into one validated, typed config (pure: tests call createConfig directly).
import { z } from 'zod';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

const optionalText = z.string().trim().min(1).optional();
const url = (name: string) =>
  z
    .string()
    .trim()
    .url({ message: `${name} must be a URL such as https://example.org` })
    .refine((value) => !value.endsWith('/'), { message: `${name} must not end with a slash` });

const envSchema = z.object({
  PORT: z.coerce
    .number({ message: 'PORT must be a whole number from 0 to 65535' })
    .int('PORT must be a whole number from 0 to 65535')
    .min(0, 'PORT must be a whole number from 0 to 65535')
    .max(65535, 'PORT must be a whole number from 0 to 65535')
    .default(3000),
  HOST: optionalText,
  DATA_DIR: z.string().trim().min(1).default('./data'),
  DATABASE_URL: z
    .string()
    .trim()
    .regex(/^postgres(ql)?:\/\/\S+$/, 'DATABASE_URL must be a PostgreSQL address such as postgres://welkom@db.example.org:5432/welkom')
    .optional(),
  TZ_DEFAULT: z
    .string()
    .trim()
    .default('Europe/Amsterdam')
    .refine(isTimeZone, { message: 'TZ_DEFAULT must be an IANA time zone such as Europe/Amsterdam' }),
  TELEGRAM_BOT_TOKEN: z
    .string()
    .trim()
    .regex(/^\d+:[A-Za-z0-9_-]+$/, 'TELEGRAM_BOT_TOKEN must look like 123456:ABC-DEF (from BotFather)')
    .optional(),
  TELEGRAM_API_ROOT: url('TELEGRAM_API_ROOT').default('https://api.telegram.org'),
  TELEGRAM_MODE: z.enum(['polling', 'webhook'], { message: 'TELEGRAM_MODE must be "polling" or "webhook"' }).default('polling'),
  TELEGRAM_WEBHOOK_SECRET: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,256}$/, 'TELEGRAM_WEBHOOK_SECRET must be 1-256 characters A-Z, a-z, 0-9, _ or -')
    .optional(),
  TELEGRAM_WEBHOOK_URL: url('TELEGRAM_WEBHOOK_URL')
    .refine((value) => value.startsWith('https://'), { message: 'TELEGRAM_WEBHOOK_URL must start with https:// (Telegram only calls HTTPS webhooks)' })
    .optional(),
  WHATSAPP_ACCESS_TOKEN: optionalText,
  WHATSAPP_PHONE_NUMBER_ID: z.string().trim().regex(/^\d+$/, 'WHATSAPP_PHONE_NUMBER_ID must be digits only').optional(),
  WHATSAPP_APP_SECRET: optionalText,
  WHATSAPP_VERIFY_TOKEN: optionalText,
  WHATSAPP_API_BASE_URL: url('WHATSAPP_API_BASE_URL').default('https://graph.facebook.com'),
  PUBLIC_URL: url('PUBLIC_URL').optional(),
  WHATSAPP_PHONE_NUMBER: z.string().trim().regex(/^\d{6,15}$/, 'WHATSAPP_PHONE_NUMBER must be the number in international format, digits only (e.g. 31612345678)').optional(),
  COORDINATOR_TELEGRAM_IDS: z
    .string()
    .trim()
    .regex(/^(\d+)(\s*,\s*\d+)*$|^$/, 'COORDINATOR_TELEGRAM_IDS must be comma-separated Telegram user ids, e.g. 12345,67890')
    .optional(),
  LOG_LEVEL: z.enum(LOG_LEVELS, { message: `LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}` }).default('info'),
  PLAYGROUND: z.enum(['0', '1'], { message: 'PLAYGROUND must be 0 or 1' }).optional(),
  PLAYGROUND_TOKEN: optionalText,
  INVITE_TTL_DAYS: z.coerce.number().int().min(1).max(365).default(14),
  FLOW_TIMEOUT_HOURS: z.coerce.number().min(0.01).max(24 * 30).default(24),
  SNAPSHOT_EVERY: z.coerce.number().int().min(1).default(20_000),
  RETENTION_MONTHS: z.coerce.number({ message: 'RETENTION_MONTHS must be a number of months, e.g. 6' }).int('RETENTION_MONTHS must be a whole number of months').min(1, 'RETENTION_MONTHS must be at least 1').max(120, 'RETENTION_MONTHS must be at most 120').default(6),
});

/** Every variable welkom reads (for `welkom doctor`, which points out unknown ones that look like typos). */
export const ENV_VARIABLES: readonly string[] = Object.keys(envSchema.shape);

function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

export type TelegramConfig =
  | { token: string; apiRoot: string; mode: 'polling'; webhookSecret?: string }
  | {
      token: string;
      apiRoot: string;
      mode: 'webhook';
      webhookSecret: string;
      /** Public HTTPS address of POST /webhooks/telegram; when set, start-up registers it with setWebhook. */
      webhookUrl?: string;
    };

export interface WhatsAppConfig {
  accessToken: string;
  phoneNumberId: string;
  appSecret: string;
  verifyToken: string;
  apiBaseUrl: string;
  /** The bot's own number, for wa.me invite links. */
  phoneNumber?: string;
}

/** The validated configuration of one welkom process. */
export interface Config {
  /** `local` when no channel credentials are given: the playground runs and nothing leaves the machine. */
  mode: 'local' | 'live';
  port: number;
  host: string;
  dataDir: string;
  /** PostgreSQL address: when set, the store lives there instead of DATA_DIR and instances share it (one active, others standby). */
  databaseUrl?: string;
  timeZone: string;
  /** The address people reach this server on (e.g. https://welkom.example.org), for links such as invite QR codes. */
  publicUrl?: string;
  telegram?: TelegramConfig;
  whatsapp?: WhatsAppConfig;
  coordinatorTelegramIds: string[];
  logLevel: (typeof LOG_LEVELS)[number];
  playground: { enabled: boolean; token?: string };
  inviteTtlDays: number;
  flowTimeoutHours: number;
  /** Journal records after which a new snapshot is written. */
  snapshotEvery: number;
  /** Members of groups that ended longer ago than this many months are erased (and older backups deleted). */
  retentionMonths: number;
}

/** A bad environment: `problems` names each variable and what it expects. */
export class ConfigError extends Error {
  override name = 'ConfigError';
  constructor(readonly problems: string[]) {
    super(`Welkom cannot start because of its configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}\nSee .env.example for every variable.`);
  }
}

const WHATSAPP_VARIABLES = ['WHATSAPP_ACCESS_TOKEN', 'WHATSAPP_PHONE_NUMBER_ID', 'WHATSAPP_APP_SECRET', 'WHATSAPP_VERIFY_TOKEN'] as const;

/** Validates an environment (e.g. `process.env`) and returns the config, or throws a ConfigError naming every bad variable. */
export function createConfig(env: Record<string, string | undefined>): Config {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ''));
  const parsed = envSchema.safeParse(cleaned);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => {
        const variable = String(issue.path[0] ?? 'environment');
        return issue.message.startsWith(variable) ? issue.message : `${variable}: ${issue.message}`;
      }),
    );
  }
  const e = parsed.data;
  const problems: string[] = [];

  let telegram: TelegramConfig | undefined;
  if (e.TELEGRAM_BOT_TOKEN) {
    if (e.TELEGRAM_MODE === 'webhook') {
      if (!e.TELEGRAM_WEBHOOK_SECRET) problems.push('TELEGRAM_WEBHOOK_SECRET is required when TELEGRAM_MODE=webhook');
      else telegram = { token: e.TELEGRAM_BOT_TOKEN, apiRoot: e.TELEGRAM_API_ROOT, mode: 'webhook', webhookSecret: e.TELEGRAM_WEBHOOK_SECRET, webhookUrl: e.TELEGRAM_WEBHOOK_URL };
    } else {
      telegram = { token: e.TELEGRAM_BOT_TOKEN, apiRoot: e.TELEGRAM_API_ROOT, mode: 'polling', webhookSecret: e.TELEGRAM_WEBHOOK_SECRET };
    }
  }

  let whatsapp: WhatsAppConfig | undefined;
  const givenWhatsApp = WHATSAPP_VARIABLES.filter((name) => e[name] !== undefined);
  if (givenWhatsApp.length > 0 && givenWhatsApp.length < WHATSAPP_VARIABLES.length) {
    const missing = WHATSAPP_VARIABLES.filter((name) => e[name] === undefined);
    problems.push(`${missing.join(', ')} must be set too: WhatsApp needs all of ${WHATSAPP_VARIABLES.join(', ')}`);
  } else if (givenWhatsApp.length === WHATSAPP_VARIABLES.length) {
    whatsapp = {
      accessToken: e.WHATSAPP_ACCESS_TOKEN!,
      phoneNumberId: e.WHATSAPP_PHONE_NUMBER_ID!,
      appSecret: e.WHATSAPP_APP_SECRET!,
      verifyToken: e.WHATSAPP_VERIFY_TOKEN!,
      apiBaseUrl: e.WHATSAPP_API_BASE_URL,
      phoneNumber: e.WHATSAPP_PHONE_NUMBER,
    };
  }
  if (problems.length > 0) throw new ConfigError(problems);

  const mode = telegram || whatsapp ? 'live' : 'local';
  const playgroundEnabled = mode === 'local' || e.PLAYGROUND === '1';
  const host = e.HOST ?? (mode === 'local' ? '127.0.0.1' : '0.0.0.0');
  // Next to real people the playground can act as any user; a loopback HOST is not enough (a reverse proxy forwards to it).
  if (mode === 'live' && playgroundEnabled && !e.PLAYGROUND_TOKEN) {
    throw new ConfigError(['PLAYGROUND_TOKEN is required when PLAYGROUND=1 with real channels: the playground can act as any user. Set a long random token.']);
  }
  return {
    mode,
    port: e.PORT,
    host,
    dataDir: e.DATA_DIR,
    databaseUrl: e.DATABASE_URL,
    timeZone: e.TZ_DEFAULT,
    publicUrl: e.PUBLIC_URL,
    telegram,
    whatsapp,
    coordinatorTelegramIds: (e.COORDINATOR_TELEGRAM_IDS ?? '').split(',').map((id) => id.trim()).filter(Boolean),
    logLevel: e.LOG_LEVEL,
    playground: { enabled: e.PLAYGROUND === '0' ? false : playgroundEnabled, token: e.PLAYGROUND_TOKEN },
    inviteTtlDays: e.INVITE_TTL_DAYS,
    flowTimeoutHours: e.FLOW_TIMEOUT_HOURS,
    snapshotEvery: e.SNAPSHOT_EVERY,
    retentionMonths: e.RETENTION_MONTHS,
  };
}

