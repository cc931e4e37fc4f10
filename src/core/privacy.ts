// The privacy text people agree to, by version: when its meaning changes, bump the version and everyone is asked again.

/** Version of the privacy text (`onboarding.consent.question`, `privacy.consent.changed`); bump it when their meaning changes. */
export const PRIVACY_VERSION = '2026-11';

/** Versions are the month the text was written (YYYY-MM): a member who agreed to an earlier one must be asked again. */
export function isOlderPrivacyVersion(version: string): boolean {
  return /^\d{4}-\d{2}$/.test(version) && version < PRIVACY_VERSION;
}
