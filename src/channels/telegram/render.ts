// Turns an Outbound into Telegram messages: HTML-escaped text split into parts of at most 4096 characters, choices as an inline keyboard.
import type { InlineKeyboardButton, InlineKeyboardMarkup } from 'grammy/types';
import type { Choice, Outbound } from '../../core/types.js';
import { DONE_CHOICE } from '../../flows/engine.js';

/** Telegram's limit for one message, counted after HTML parsing (UTF-16 code units). */
export const MAX_MESSAGE_CHARS = 4096;
/** Telegram's limit for a button's callback_data, in UTF-8 bytes. */
export const MAX_CALLBACK_BYTES = 64;
/** Separates the question token from the choice id in callback_data. */
const SEPARATOR = '|';
/** Labels up to this many characters go two to a row; longer ones get a row each. */
const SHORT_LABEL = 14;

/** One sendMessage call: HTML text and, on the last part only, the keyboard. */
export interface RenderedPart {
  html: string;
  keyboard?: InlineKeyboardMarkup;
}

/** Escapes the three characters Telegram's HTML parser treats specially. Texts are plain, so this is all the markup there is. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * Splits plain text into parts of at most `max` UTF-16 code units: at the last paragraph break that fits, else the last
 * line break, else the last space, else hard (never between the two halves of a surrogate pair). Blank parts are dropped.
 * Splitting happens before escaping, so no HTML entity can be cut.
 */
export function splitText(text: string, max = MAX_MESSAGE_CHARS): string[] {
  const parts: string[] = [];
  let rest = text;
  while (rest.length > max) {
    const window = rest.slice(0, max + 1);
    let cut = -1;
    let skip = 0;
    for (const separator of ['\n\n', '\n', ' ']) {
      const at = window.lastIndexOf(separator, max);
      if (at > 0) {
        cut = at;
        skip = separator.length;
        break;
      }
    }
    if (cut <= 0) {
      cut = max;
      const code = rest.charCodeAt(cut - 1);
      if (code >= 0xd800 && code <= 0xdbff) cut -= 1; // keep a surrogate pair together
      skip = 0;
    }
    parts.push(rest.slice(0, cut));
    rest = rest.slice(cut + skip);
  }
  parts.push(rest);
  return parts.filter((part) => part.trim() !== '');
}

/** `token|choiceId`: a few bytes, whatever the label (labels never go into callback_data). */
export function encodeCallbackData(token: string | undefined, choiceId: string): string {
  return `${token ?? ''}${SEPARATOR}${choiceId}`;
}

/** Reads callback_data written by `encodeCallbackData`; undefined for anything else (another bot's buttons, games). */
export function decodeCallbackData(data: string | undefined): { id: string; token?: string } | undefined {
  if (!data) return undefined;
  const at = data.indexOf(SEPARATOR);
  if (at < 0) return undefined;
  const token = data.slice(0, at);
  const id = data.slice(at + 1);
  if (id === '') return undefined;
  return token === '' ? { id } : { id, token };
}

/** The inline keyboard for a question, or undefined when a choice id is too long for callback_data. */
export function inlineKeyboard(choices: Choice[], token: string | undefined): InlineKeyboardMarkup | undefined {
  const buttons: InlineKeyboardButton[] = [];
  for (const choice of choices) {
    const data = encodeCallbackData(token, choice.id);
    if (Buffer.byteLength(data, 'utf8') > MAX_CALLBACK_BYTES) return undefined;
    buttons.push({ text: choice.label.trim() || choice.id, callback_data: data });
  }
  const done = choices.findIndex((c) => c.id === DONE_CHOICE);
  const doneButton = done >= 0 ? buttons.splice(done, 1)[0] : undefined;
  const perRow = choices.every((c) => [...c.label].length <= SHORT_LABEL) ? 2 : 1;
  const rows: InlineKeyboardButton[][] = [];
  for (let i = 0; i < buttons.length; i += perRow) rows.push(buttons.slice(i, i + perRow));
  if (doneButton) rows.push([doneButton]);
  return { inline_keyboard: rows };
}

/** Renders a message as one or more HTML parts; choices become buttons on the last part (or a numbered list if they cannot). */
export function renderMessage(message: Outbound): RenderedPart[] {
  let text = message.text;
  let keyboard: InlineKeyboardMarkup | undefined;
  if (message.choices && message.choices.length > 0) {
    keyboard = inlineKeyboard(message.choices, message.askToken);
    // The flow engine also accepts the number of a choice, so a list still works without buttons.
    if (!keyboard) text = `${text}\n\n${message.choices.map((c, i) => `${i + 1}. ${c.label}`).join('\n')}`;
  }
  const parts: RenderedPart[] = splitText(text).map((part) => ({ html: escapeHtml(part) }));
  if (parts.length === 0) parts.push({ html: '…' });
  if (keyboard) parts[parts.length - 1]!.keyboard = keyboard;
  return parts;
}
