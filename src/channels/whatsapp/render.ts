// Renders an Outbound for WhatsApp: plain text (split at 4096), reply buttons (≤ 3), a list (≤ 10) or numbered text.
import type { Choice, Outbound } from '../../core/types.js';
import { DONE_CHOICE } from '../../flows/engine.js';
import { FSI, PDI } from '../../i18n/i18n.js';
import { encodeReplyId } from './inbound.js';

/** Cloud API limits (characters as the API counts them: UTF-16 code units). */
export const LIMITS = {
  text: 4096,
  interactiveBody: 1024,
  buttons: 3,
  buttonTitle: 20,
  listRows: 10,
  rowTitle: 24,
  rowDescription: 72,
  rowId: 200,
  listButton: 20,
} as const;

export type WaPart =
  | { type: 'text'; body: string }
  | { type: 'buttons'; body: string; buttons: Array<{ id: string; title: string }> }
  | { type: 'list'; body: string; buttonText: string; rows: Array<{ id: string; title: string; description?: string }> };

/** Localized bits the renderer adds around choices. */
export interface RenderTexts {
  /** Label of the button that opens a list, e.g. "Kies". */
  listButton: string;
  /** Under numbered choices: how to answer one. */
  pickOne: string;
  /** Under numbered choices of a multiple-answer question: "type the numbers, e.g. 1, 3". */
  pickMany: string;
}

/** The messages (usually one) to send for an Outbound, in order. The last one carries the buttons or list, if any. */
export function render(message: Outbound, texts: RenderTexts): WaPart[] {
  const body = neutralizeFormatting(message.text).trim() || '…';
  const choices = message.choices ?? [];
  if (choices.length === 0) return splitText(body, LIMITS.text).map((chunk) => ({ type: 'text', body: chunk }));

  const ids = choices.map((choice) => encodeReplyId(choice.id, message.askToken));
  const numbered = message.multiple || choices.length > LIMITS.listRows || ids.some((id) => id.length > LIMITS.rowId);
  if (numbered) return numberedText(body, message.multiple ? choices.filter((c) => c.id !== DONE_CHOICE) : choices, message.multiple ? texts.pickMany : texts.pickOne);

  const [head, tail] = splitForInteractive(body);
  const lead: WaPart[] = head ? splitText(head, LIMITS.text).map((chunk) => ({ type: 'text', body: chunk })) : [];
  const buttons = choices.length <= LIMITS.buttons ? buttonTitles(choices) : undefined;
  if (buttons) return [...lead, { type: 'buttons', body: tail, buttons: buttons.map((title, index) => ({ id: ids[index]!, title })) }];
  const rows = choices.map((choice, index) => {
    const full = label(choice);
    const title = shorten(full, LIMITS.rowTitle);
    const row: { id: string; title: string; description?: string } = { id: ids[index]!, title };
    if (title !== full) row.description = shorten(full, LIMITS.rowDescription);
    return row;
  });
  return [...lead, { type: 'list', body: tail, buttonText: shorten(oneLine(texts.listButton), LIMITS.listButton), rows }];
}

/** Button titles when all fit in 20 characters, or when shortened titles stay distinct; otherwise undefined (use a list). */
function buttonTitles(choices: Choice[]): string[] | undefined {
  const labels = choices.map(label);
  // WhatsApp wants distinct button titles; a list can show two equal labels.
  if (new Set(labels).size !== labels.length) return undefined;
  if (labels.every((title) => title.length <= LIMITS.buttonTitle)) return labels;
  // Shortening loses words: only for labels a little too long, and only when the buttons stay distinguishable.
  if (labels.some((title) => title.length > LIMITS.buttonTitle * 2)) return undefined;
  const short = labels.map((title) => shorten(title, LIMITS.buttonTitle));
  return new Set(short).size === short.length ? short : undefined;
}

function numberedText(body: string, choices: Choice[], hint: string): WaPart[] {
  const lines = choices.map((choice, index) => `*${index + 1}.* ${neutralizeFormatting(label(choice), true)}`);
  return splitText(`${body}\n\n${lines.join('\n')}\n\n${hint}`, LIMITS.text).map((chunk) => ({ type: 'text', body: chunk }));
}

/** Splits a long body so the part that goes with the buttons fits 1024 characters: [text before (may be ''), interactive body]. */
function splitForInteractive(body: string): [string, string] {
  if (body.length <= LIMITS.interactiveBody) return ['', body];
  const cut = boundary(body, body.length - LIMITS.interactiveBody, body.length, true);
  return [body.slice(0, cut).trimEnd(), body.slice(cut).trimStart() || '…'];
}

/** Splits text into chunks of at most `max` characters, at a paragraph, line or word boundary where possible. */
export function splitText(text: string, max: number): string[] {
  const chunks: string[] = [];
  let rest = text;
  while (rest.length > max) {
    const cut = boundary(rest, 1, max, false);
    const chunk = rest.slice(0, cut).trimEnd();
    if (chunk) chunks.push(chunk);
    rest = rest.slice(cut).trimStart();
  }
  if (rest) chunks.push(rest);
  return chunks.length > 0 ? chunks : ['…'];
}

/**
 * A cut position in [from, to]: the last (or, with `first`, the first) paragraph break, else line break, else space;
 * otherwise a hard cut at `to` (or `from`) that does not split a surrogate pair.
 */
function boundary(text: string, from: number, to: number, first: boolean): number {
  for (const separator of ['\n\n', '\n', ' ']) {
    const index = first ? text.indexOf(separator, from) : text.lastIndexOf(separator, to - separator.length);
    if (index >= from && index + separator.length <= to) return index + separator.length;
  }
  let cut = first ? from : to;
  if (isLowSurrogate(text.charCodeAt(cut))) cut += first ? 1 : -1;
  return cut;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** Shortens to at most `max` characters, at a word boundary when one is close, with "…". */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = max - 1;
  if (isLowSurrogate(text.charCodeAt(cut))) cut -= 1;
  const space = text.lastIndexOf(' ', cut);
  if (space >= Math.floor(max * 0.6)) cut = space;
  return `${text.slice(0, cut).trimEnd()}…`;
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** A choice's label on one line (its id when the label is empty: WhatsApp refuses empty titles). */
function label(choice: Choice): string {
  return oneLine(choice.label) || choice.id;
}

const LOOKALIKES: Record<string, string> = { '*': '∗', _: 'ˍ', '~': '∼', '`': 'ˋ' };

/**
 * WhatsApp reads *bold*, _italic_, ~strike~ and ```code``` in texts. Values people typed (names, group names) reach us
 * inside bidi isolates (FSI…PDI); their formatting characters are swapped for look-alikes so they cannot restyle the
 * message around them. With `all`, the whole text is treated as typed by people.
 */
export function neutralizeFormatting(text: string, all = false): string {
  const swap = (part: string) => part.replace(/[*_~`]/g, (char) => LOOKALIKES[char] ?? char);
  if (all) return swap(text);
  return text.replace(new RegExp(`${FSI}[^${PDI}]*${PDI}`, 'g'), swap);
}
