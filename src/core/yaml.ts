// Strict YAML for data files (flows, the deck, templates): the YAML 1.2 core schema through js-yaml, nothing executable.
import { CORE_SCHEMA, load, YAMLException } from 'js-yaml';

/** A file that is not valid YAML, with the 1-based line of the problem when known. */
export class YamlSyntaxError extends Error {
  constructor(
    message: string,
    readonly line?: number,
  ) {
    super(message);
    this.name = 'YamlSyntaxError';
  }
}

/**
 * Parses one YAML document with the core schema (plain maps, lists, strings, numbers, booleans, null): duplicate keys
 * and unknown tags (e.g. `!!js/function`) are errors. An empty document gives `null`. Throws YamlSyntaxError.
 */
export function parseYamlStrict(text: string): unknown {
  try {
    return load(text, { schema: CORE_SCHEMA }) ?? null;
  } catch (error) {
    if (error instanceof YAMLException) {
      const line = error.mark ? error.mark.line + 1 : undefined;
      throw new YamlSyntaxError(error.reason || error.message.split('\n')[0]!, line);
    }
    throw error;
  }
}
