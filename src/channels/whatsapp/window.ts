// The 24-hour customer-service window: is it open for a person, and which approved template carries a message outside it.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { projectPath } from '../../core/paths.js';
import { z } from 'zod';
import type { Outbound } from '../../core/types.js';
import { DONE_CHOICE } from '../../flows/engine.js';
import { parseYamlStrict } from '../../core/yaml.js';
import { LOCALES } from '../../i18n/i18n.js';
import type { Contact } from '../../store/schema.js';
import { neutralizeFormatting, shorten } from './render.js';

/** Free-form messages are allowed this long after the person's last message (Meta's customer-service window). */
export const WINDOW_MS = 24 * 60 * 60 * 1000;
/** We stop sending free-form a minute early, so a message in flight does not arrive just after the window closed. */
export const WINDOW_MARGIN_MS = 60 * 1000;
/** Longest text we put into a template's body parameter (the approved body around it must stay under 1024). */
export const TEMPLATE_PARAM_MAX = 700;

/** The default templates file, in the repository (the flow loader only reads top-level flows/*.yaml). */
export const DEFAULT_TEMPLATES_FILE = projectPath('flows', 'templates', 'whatsapp.yaml');

const KINDS = ['reply', 'notice', 'reminder', 'meetup_poll', 'meetup_reminder', 'practice_nudge', 'broadcast', 'relay'] as const;
const languageCode = z.string().regex(/^[a-z]{2,3}(_[A-Z]{2})?$/, 'a Meta template language code such as nl, en, en_GB or ar');

const templateSchema = z
  .object({
    /** The template's name at Meta: lower-case letters, digits and _. */
    name: z.string().regex(/^[a-z0-9_]{1,512}$/, 'template names use lower-case letters, digits and _'),
    /** Template language per welkom locale; locales left out use `default`. */
    languages: z.partialRecord(z.enum(LOCALES), languageCode).default({}),
    default: languageCode,
  })
  .strict();

const templatesFileSchema = z
  .object({
    templates: z.partialRecord(z.enum(KINDS, { message: `kinds are ${KINDS.join(', ')}` }), templateSchema).default({}),
  })
  .strict();

export type TemplateSpec = z.infer<typeof templateSchema>;
export type TemplatesConfig = z.infer<typeof templatesFileSchema>;

/** Thrown at start-up when the templates file is missing or wrong; the message names the file and the field. */
export class TemplatesConfigError extends Error {
  override name = 'TemplatesConfigError';
}

/** Parses and validates the templates file's text. */
export function parseTemplates(text: string, file = 'flows/templates/whatsapp.yaml'): TemplatesConfig {
  let data: unknown;
  try {
    data = parseYamlStrict(text) ?? {};
  } catch (error) {
    throw new TemplatesConfigError(`${file}: not valid YAML (${(error as Error).message})`);
  }
  const parsed = templatesFileSchema.safeParse(data);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${file}: ${issue.path.join('.') || '(top)'}: ${issue.message}`);
    throw new TemplatesConfigError(`The WhatsApp templates file is not valid:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
  return parsed.data;
}

/** Reads the templates file (start-up). */
export function loadTemplates(file = DEFAULT_TEMPLATES_FILE): TemplatesConfig {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new TemplatesConfigError(`Cannot read the WhatsApp templates file ${file}: ${(error as Error).message}`);
  }
  return parseTemplates(text, path.relative(process.cwd(), file) || file);
}

/** The template (name + language code) for a kind of message in a locale, or undefined when none is configured. */
export function pickTemplate(config: TemplatesConfig, kind: Outbound['kind'], locale: string): { name: string; language: string } | undefined {
  const spec = config.templates[kind];
  if (!spec) return undefined;
  return { name: spec.name, language: spec.languages[locale as (typeof LOCALES)[number]] ?? spec.default };
}

/** Whether free-form messages may be sent now: the person wrote less than 24 hours ago (minus a margin), and Meta did not say otherwise since. */
export function windowOpen(contact: Contact | undefined, now: number, closedByMetaAt?: number): boolean {
  const last = contact?.lastInboundAt;
  if (last === undefined) return false;
  if (closedByMetaAt !== undefined && closedByMetaAt >= last) return false;
  return now - last < WINDOW_MS - WINDOW_MARGIN_MS;
}

/**
 * The body parameter of a template: the message text on one line (Meta refuses new lines, tabs and more than
 * four spaces in a row in parameters), with numbered choices appended so a typed "2" still answers, shortened to fit.
 */
export function templateParameter(message: Outbound): string {
  const choices = (message.choices ?? []).filter((c) => c.id !== DONE_CHOICE);
  // Names people typed must not restyle the template either (as in render()).
  const numbered = choices.map((choice, index) => `${index + 1}. ${neutralizeFormatting(choice.label, true)}`).join(' · ');
  const body = neutralizeFormatting(message.text);
  const text = numbered ? `${body} — ${numbered}` : body;
  const flat = text
    .replace(/\s*\n+\s*/g, ' · ')
    .replace(/\s+/g, ' ')
    .trim();
  return shorten(flat || '…', TEMPLATE_PARAM_MAX);
}
