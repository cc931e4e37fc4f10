// Text arbitraries for bad-input tests: control and bidi-override characters, mixed scripts, emoji, 100 KB strings.
import fc from 'fast-check';

/** Text nobody should be able to break a flow with. */
export const nastyText: fc.Arbitrary<string> = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme', maxLength: 60 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom('\u202E1\u202D', '\u2066\u2067x\u2069', '\u0000\u0007\u001b[31m', '\uFEFF', '\u200F\u200E', 'مرحبا hello Привіт ሰላም', '👩🏽‍🦱🇳🇱💥', '/start', '/cancel', 'STOP', '1', '0', '-1', '99', '  ', ''),
  fc.constantFrom('x'.repeat(100_000), 'ب'.repeat(50_000)),
  fc.stringMatching(/^[\p{L}\p{N}\p{P}\p{S}\p{Cc}\p{Cf} ]{1,80}$/u),
);

