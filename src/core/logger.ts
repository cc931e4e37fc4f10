// Structured logging (pino) that never prints message texts, phone numbers or tokens.
import { pino, type Logger } from 'pino';
import { currentLogContext } from './log-context.js';

export type { Logger };

/** Field names whose values are replaced by "[redacted]" wherever they appear (one level deep and at the top). */
const REDACTED_FIELDS = ['text', 'body', 'phone', 'wa_id', 'from', 'to', 'token', 'accessToken', 'name', 'caption', 'userId', 'chatId'];

/** Creates the process logger. `destination` defaults to stdout; tests pass a stream to inspect what is logged. */
export function createLogger(level: string, destination?: NodeJS.WritableStream): Logger {
  const options = {
    level,
    base: { app: 'welkom' },
    // The update / request being handled (see log-context.ts), on every line written while handling it.
    mixin: () => ({ ...currentLogContext() }),
    redact: { paths: [...REDACTED_FIELDS, ...REDACTED_FIELDS.map((field) => `*.${field}`)], censor: '[redacted]' },
  };
  return destination ? pino(options, destination as unknown as pino.DestinationStream) : pino(options);
}

/** A logger that drops everything, for tests that do not look at logs. */
export function silentLogger(): Logger {
  return pino({ level: 'silent' });
}
