// Writes an instant or a calendar day back in a person's language and date format (Intl through luxon), in a given zone.
import { DateTime } from 'luxon';
import type { CalendarDate } from './zone.js';

/** Our locale codes to Intl locales: Gregorian calendar everywhere (appointments here follow Dutch letters and calendars). */
export function intlLocale(locale: string): string {
  const region: Record<string, string> = { nl: 'nl-NL', en: 'en-GB' };
  return `${region[locale] ?? locale}-u-ca-gregory`;
}

/** "zaterdag 5 december, 15:00" / "Saturday 5 December, 15:00" / "السبت ٥ ديسمبر، ١٥:٠٠". */
export function formatWhen(at: number, options: { locale: string; timeZone: string; year?: boolean }): string {
  return DateTime.fromMillis(at, { zone: options.timeZone })
    .setLocale(intlLocale(options.locale))
    .toLocaleString({ weekday: 'long', day: 'numeric', month: 'long', ...(options.year ? { year: 'numeric' } : {}), hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
}

/** Only the clock time, "15:00". */
export function formatTime(at: number, options: { locale: string; timeZone: string }): string {
  return DateTime.fromMillis(at, { zone: options.timeZone }).setLocale(intlLocale(options.locale)).toLocaleString({ hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
}

/** A calendar day (due dates), "vrijdag 4 december". */
export function formatDay(date: CalendarDate | string, options: { locale: string; year?: boolean }): string {
  const dt = typeof date === 'string' ? DateTime.fromISO(date, { zone: 'UTC' }) : DateTime.fromObject(date, { zone: 'UTC' });
  return dt.setLocale(intlLocale(options.locale)).toLocaleString({ weekday: 'long', day: 'numeric', month: 'long', ...(options.year ? { year: 'numeric' } : {}) });
}

/** A short form for buttons and lists, "za 5 dec, 15:00" (fits WhatsApp's 20/24-character titles in most languages). */
export function formatShortWhen(at: number, options: { locale: string; timeZone: string }): string {
  return DateTime.fromMillis(at, { zone: options.timeZone })
    .setLocale(intlLocale(options.locale))
    .toLocaleString({ weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
}
