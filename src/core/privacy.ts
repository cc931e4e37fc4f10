// The privacy text people agree to, by version: when its meaning changes, bump the version and everyone is asked again.

/** Version of the privacy text (`onboarding.consent.question`, `privacy.consent.changed`); bump it when their meaning changes. */
export const PRIVACY_VERSION = '2026-11';
