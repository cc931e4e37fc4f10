// Fake Telegram Bot API on 127.0.0.1: a real node:http server that grammY and @grammyjs/runner use unchanged; validates, rate-limits, injects faults, records every call.
import http from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

// ---------------------------------------------------------------------------------------------
// Public types
// ---------------------------------------------------------------------------------------------

/** Rate limits of the fake, per token bucket. Any value that is `Infinity` (or not a positive number) disables that bucket. */
export interface FakeTelegramLimits {
  /** Sustained sends per second into one chat. Default 1. */
  perChatPerSecond?: number;
  /** Burst allowance of the per-chat bucket (its capacity). Default 3. (Extension of the brief.) */
  perChatBurst?: number;
  /** Sends per minute into one group/supergroup/channel (negative chat id or '@name'). Default 20. */
  perGroupPerMinute?: number;
  /** Sends per second over all chats. Default 30. */
  globalPerSecond?: number;
}

/** Options of {@link startFakeTelegram}. */
export interface FakeTelegramOptions {
  /** Bot token the client must use in `/bot{token}/{method}`; anything else gets 401 "Unauthorized". Default '123456:TEST-TOKEN'. */
  token?: string;
  /** Username returned by getMe (id 999000, is_bot true, first_name 'Welkom'). Default 'welkom_test_bot'. */
  botUsername?: string;
  /** Token-bucket rate limits applied to sending methods; see {@link FakeTelegramLimits}. */
  limits?: FakeTelegramLimits;
  /** Clock in milliseconds used for rate limiting, `at` of recorded calls and message dates. Default `Date.now`. */
  now?: () => number;
}

/** One API call as the fake saw it. Recorded when the response is written (long polls: when they are answered). */
export interface RecordedCall {
  /** Method name as it appeared in the URL (grammY sends camelCase, e.g. 'sendMessage'). */
  method: string;
  /** Request parameters (JSON body, multipart fields or query string); uploaded files appear as {@link FakeUploadedFile}. */
  params: Record<string, unknown>;
  /** `now()` when the request arrived. */
  at: number;
  /** The JSON body that was sent back (`{ ok, result }` or `{ ok: false, error_code, description, parameters? }`); `{ aborted: true }` when the client hung up on a long poll. */
  response: unknown;
  /** Whether the response was `ok: true`. */
  ok: boolean;
}

/** A Telegram user as used by the update builders. */
export interface FakeUser {
  id: number;
  first_name: string;
  last_name?: string;
  username?: string;
  language_code?: string;
  is_bot?: boolean;
}

/** An inline keyboard button as the bot sent it. */
export interface FakeInlineButton {
  text: string;
  callback_data?: string;
  url?: string;
  [key: string]: unknown;
}

/** A reply markup as the bot sent it (inline keyboards are validated like Telegram; other kinds are accepted loosely). */
export interface FakeReplyMarkup {
  inline_keyboard?: FakeInlineButton[][];
  keyboard?: unknown[][];
  remove_keyboard?: boolean;
  force_reply?: boolean;
  [key: string]: unknown;
}

/** A MessageEntity as produced by the fake's HTML parser (Bot API JSON shape; offsets/lengths in UTF-16 code units). */
export interface FakeMessageEntity {
  type: string;
  offset: number;
  length: number;
  url?: string;
  language?: string;
  custom_emoji_id?: string;
  user?: { id: number; is_bot: boolean; first_name: string };
}

/** A file part of a multipart/form-data upload. */
export interface FakeUploadedFile {
  /** Multipart part name (grammY uses a random id referenced as `attach://id`). */
  field: string;
  filename: string;
  /** Size in bytes. */
  size: number;
  contentType?: string;
  /** The bytes that were uploaded. */
  bytes?: Buffer;
}

/** One successful outgoing message operation (sendMessage, sendPhoto, sendDocument, editMessageText, editMessageReplyMarkup). */
export interface SentMessage {
  /** The API method that produced this record. */
  method: string;
  chat_id: number | string;
  message_id: number;
  /** Text (or caption) exactly as the bot sent it, markup included. '' for media without caption. */
  text: string;
  /** Text after parse_mode entity parsing and trimming, i.e. what the user sees. */
  plain: string;
  /** Entities after parsing (only when there are any). */
  entities?: FakeMessageEntity[];
  parse_mode?: string;
  reply_markup?: FakeReplyMarkup;
  message_thread_id?: number;
  /** For sendPhoto/sendDocument: the uploaded file (multipart) or the file_id/URL string that was passed. */
  file?: FakeUploadedFile | string;
}

/** An error to inject with {@link FakeTelegram.failNext}. */
export interface FakeApiError {
  error_code: number;
  description: string;
  retry_after?: number;
  migrate_to_chat_id?: number;
}

/** Handle of a running fake Telegram Bot API server. */
export interface FakeTelegram {
  /** Files the fake serves through getFile and /file/bot<token>/… (add one to simulate a photo a person sent). */
  files: Map<string, { bytes: Buffer; mimeType?: string }>;
  /** Reactions the bot set with setMessageReaction. */
  reactions: Array<{ chatId: number | string; messageId: number; emoji: string[] }>;
  /** e.g. 'http://127.0.0.1:PORT' — pass as `new Bot(token, { client: { apiRoot } })`. No trailing slash, no /bot part. */
  apiRoot: string;
  /** The accepted bot token. */
  token: string;
  /** The bot user that getMe returns and that authors the bot's messages. */
  botUser: { id: number; is_bot: true; first_name: string; username: string };
  /** Every call, in the order responses were written. */
  calls: RecordedCall[];
  /** Successful sendMessage/sendPhoto/sendDocument/editMessageText/editMessageReplyMarkup operations, optionally for one chat. Inline-message edits are not listed. */
  sent(chatId?: number | string): SentMessage[];
  /** Enqueue a raw Update. Assigns `update_id` when missing; returns the update_id. Chats, users and messages in it are remembered. */
  pushUpdate(update: object): number;
  /** Push a realistic `message` update from a user. `entities` defaults to 'auto' (bot_command entity when text starts with '/'); 'none' sends no entities. */
  userMessage(opts: {
    chatId: number;
    from: FakeUser;
    text: string;
    chatType?: 'private' | 'group' | 'supergroup';
    threadId?: number;
    entities?: 'auto' | 'none' | FakeMessageEntity[];
    title?: string;
    /** The message_id this message replies to (a stored message of the chat is attached in full). */
    replyTo?: number;
  }): number;
  /** Push a `callback_query` update for a button press on message `messageId` (the stored message is attached when known). */
  callback(opts: { from: FakeUser; chatId: number; messageId: number; data: string }): number;
  /** Push a `my_chat_member` update (bot added/removed/blocked). The fake also applies it: 'kicked'/'left' make later sends fail 403, 'member'/'administrator' undo that. */
  myChatMember(opts: {
    chatId: number;
    chatType: 'group' | 'supergroup' | 'private';
    title?: string;
    from: FakeUser;
    oldStatus: string;
    newStatus: string;
  }): number;
  /** Resolve with the first recorded call (from index `fromIndex`, default 0 — earlier calls count too) matching `predicate`; reject after `timeoutMs` (default 5000) listing recent calls. */
  waitForCall(predicate: (c: RecordedCall) => boolean, timeoutMs?: number, fromIndex?: number): Promise<RecordedCall>;
  /** Resolve when a getUpdates long poll is being held by the server (deterministic hand-off point for tests). Default timeout 5000 ms. */
  waitForPendingPoll(timeoutMs?: number): Promise<void>;
  /** Highest offset the bot has confirmed via getUpdates (updates with id < offset were dropped). 0 before any confirmation. */
  confirmedOffset(): number;
  /** Updates queued and not yet confirmed (Telegram's pending_update_count). */
  pendingUpdates(): number;
  /** Make the next `times` (default 1) calls of `method` fail with this error (HTTP status = error_code). */
  failNext(method: string, error: FakeApiError, times?: number): void;
  /** Sends to this chat fail 403: "Forbidden: bot was blocked by the user" (private) / "Forbidden: bot was kicked from the group chat" (group; 'supergroup chat' for -100… ids). */
  blockChat(chatId: number | string): void;
  /** Undo {@link blockChat} (and a 'kicked'/'left' status learned from my_chat_member). */
  unblockChat(chatId: number | string): void;
  /** Calls targeting `oldId` fail 400 "Bad Request: group chat was upgraded to a supergroup chat" with parameters.migrate_to_chat_id = newId. */
  migrateChat(oldId: number, newId: number): void;
  /** Commands stored by setMyCommands for a scope (default `{ type: 'default' }`) and language ('' default). */
  myCommands(scope?: object, languageCode?: string): Array<{ command: string; description: string }>;
  /** Current webhook (set via setWebhook), if any. */
  webhook(): { url: string; secret_token?: string } | undefined;
  /**
   * Pretend Telegram failed to deliver an update to the webhook (as when the server is down): getWebhookInfo then reports
   * `last_error_date` (now) and `last_error_message`, e.g. 'Connection refused' or 'Wrong response from the webhook: 503 Service Unavailable'.
   * A new setWebhook clears it, as on Telegram.
   */
  webhookDeliveryFailed(message: string): void;
  /** Number of 429 responses sent so far (rate limiter and injected). */
  count429(): number;
  /** Close the server: answers a pending long poll with [], rejects waiters, destroys sockets, clears all timers. Idempotent. */
  close(): Promise<void>;
}

// ---------------------------------------------------------------------------------------------
// Constants
// ---------------------------------------------------------------------------------------------

const BOT_ID = 999000;
const DEFAULT_TOKEN = '123456:TEST-TOKEN';
const MAX_BODY_BYTES = 60 * 1024 * 1024;
const LONG_POLL_MAX_TIMEOUT = 50;
const MAX_TEXT_LENGTH = 4096;
const MAX_CAPTION_LENGTH = 1024;
const MAX_INLINE_BUTTONS = 100;
const MAX_COMMANDS = 100;
const CALLBACK_ID_BASE = 4_200_000_000_000_000_000n;
/** Update types Telegram does not deliver unless explicitly listed in allowed_updates. */
const NOT_DEFAULT_UPDATES = new Set(['chat_member', 'message_reaction', 'message_reaction_count']);
/** Methods that count against the rate limits. */
const SENDING_METHODS = new Set(['sendmessage', 'sendphoto', 'senddocument', 'sendvoice', 'sendaudio', 'sendvideo', 'editmessagetext', 'editmessagereplymarkup']);
/** Telegram: bots may download files up to 20 MB with getFile. */
export const GET_FILE_LIMIT = 20 * 1024 * 1024;
/** Fields coerced from numeric strings (multipart / query string) to numbers. */
const INT_FIELDS = new Set([
  'chat_id',
  'message_id',
  'message_thread_id',
  'offset',
  'limit',
  'timeout',
  'user_id',
  'cache_time',
  'max_connections',
  'reply_to_message_id',
]);
const INLINE_BUTTON_ACTIONS = [
  'url',
  'callback_data',
  'web_app',
  'login_url',
  'switch_inline_query',
  'switch_inline_query_current_chat',
  'switch_inline_query_chosen_chat',
  'copy_text',
  'callback_game',
  'pay',
] as const;
const CHAT_ACTIONS = new Set([
  'typing',
  'upload_photo',
  'record_video',
  'upload_video',
  'record_voice',
  'upload_voice',
  'upload_document',
  'choose_sticker',
  'find_location',
  'record_video_note',
  'upload_video_note',
]);

// ---------------------------------------------------------------------------------------------
// Errors and small helpers
// ---------------------------------------------------------------------------------------------

interface ErrorParameters {
  retry_after?: number;
  migrate_to_chat_id?: number;
}

/** A Bot API error thrown by a handler and turned into `{ ok: false, ... }` with the matching HTTP status. */
class ApiError extends Error {
  constructor(
    readonly code: number,
    readonly description: string,
    readonly parameters?: ErrorParameters,
  ) {
    super(description);
  }
}

const badRequest = (message: string): ApiError => new ApiError(400, `Bad Request: ${message}`);

/** A successful result that Telegram accompanies with a `description` (setWebhook/deleteWebhook). */
class Described {
  constructor(
    readonly result: unknown,
    readonly description: string,
  ) {}
}

type Params = Record<string, unknown>;

interface OkBody {
  ok: true;
  result: unknown;
  description?: string;
}
interface ErrorBody {
  ok: false;
  error_code: number;
  description: string;
  parameters?: ErrorParameters;
}
type ApiBody = OkBody | ErrorBody;

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function asInt(v: unknown): number | undefined {
  if (typeof v === 'number' && Number.isInteger(v)) return v;
  if (typeof v === 'string' && /^-?\d+$/.test(v.trim())) return Number(v.trim());
  return undefined;
}

/** Parse a value that Telegram accepts either as a JSON object or as a JSON-serialized string. */
function jsonish(v: unknown): unknown {
  if (typeof v === 'string') {
    const t = v.trim();
    if (t.startsWith('{') || t.startsWith('[')) {
      try {
        return JSON.parse(t) as unknown;
      } catch {
        return v;
      }
    }
  }
  return v;
}

function chatKey(id: number | string): string {
  return String(id);
}

function utf8Bytes(s: string): number {
  return Buffer.byteLength(s, 'utf8');
}

function errorBody(code: number, description: string, parameters?: ErrorParameters): ErrorBody {
  const body: ErrorBody = { ok: false, error_code: code, description };
  if (parameters && (parameters.retry_after !== undefined || parameters.migrate_to_chat_id !== undefined)) {
    body.parameters = { ...parameters };
  }
  return body;
}

function httpStatusFor(code: number): number {
  return Number.isInteger(code) && code >= 100 && code <= 599 ? code : 400;
}

// ---------------------------------------------------------------------------------------------
// Telegram HTML parser (a port of tdlib's parse_html, which the Bot API server uses)
// ---------------------------------------------------------------------------------------------

/** Result of {@link parseTelegramHtml}. */
export type ParsedHtml = { ok: true; text: string; entities: FakeMessageEntity[] } | { ok: false; error: string };

const isSpaceByte = (c: number): boolean => c === 32 || c === 9 || c === 13 || c === 10 || c === 0 || c === 11 || c === 12;
const isDigitByte = (c: number): boolean => c >= 48 && c <= 57;
const isAlphaByte = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isHexByte = (c: number): boolean => isDigitByte(c) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
const asciiLower = (s: string): string => s.replace(/[A-Z]/g, (ch) => ch.toLowerCase());

function pushCodePoint(out: number[], code: number): void {
  if (code < 0x80) out.push(code);
  else if (code < 0x800) out.push(0xc0 | (code >> 6), 0x80 | (code & 0x3f));
  else if (code < 0x10000) out.push(0xe0 | (code >> 12), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f));
  else out.push(0xf0 | (code >> 18), 0x80 | ((code >> 12) & 0x3f), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f));
}

/** Decode `&lt;` `&gt;` `&amp;` `&quot;` `&#NNN;` `&#xHH;` (semicolon optional) at `pos`; null when it is not an entity (then '&' is literal, as in Telegram). */
function decodeHtmlEntity(src: Buffer, pos: number): { code: number; next: number } | null {
  const at = (i: number): number => src[i] ?? 0;
  let end = pos + 1;
  let code = 0;
  if (at(pos + 1) === 0x23 /* # */) {
    end++;
    if (at(pos + 2) === 0x78 /* x */) {
      end++;
      while (isHexByte(at(end))) {
        code = code * 16 + parseInt(String.fromCharCode(at(end)), 16);
        end++;
      }
    } else {
      while (isDigitByte(at(end))) {
        code = code * 10 + (at(end) - 48);
        end++;
      }
    }
    if (code === 0 || code >= 0x10ffff || end - pos >= 10) return null;
  } else {
    while (isAlphaByte(at(end))) end++;
    const name = src.subarray(pos + 1, end).toString('latin1');
    if (name === 'lt') code = 0x3c;
    else if (name === 'gt') code = 0x3e;
    else if (name === 'amp') code = 0x26;
    else if (name === 'quot') code = 0x22;
    else return null;
  }
  return { code, next: at(end) === 0x3b /* ; */ ? end + 1 : end };
}

/** Telegram's link check, simplified: http(s) links need a dotted host; tg:/ton: pass; scheme-less links get http://. */
function checkedLink(raw: string): string | undefined {
  let url = raw.trim();
  if (url === '') return undefined;
  if (!/^[a-z][a-z0-9+.-]*:/i.test(url)) url = `http://${url}`;
  try {
    const parsed = new URL(url);
    if (parsed.protocol === 'http:' || parsed.protocol === 'https:') {
      return parsed.hostname.includes('.') ? parsed.href : undefined;
    }
    if (parsed.protocol === 'tg:' || parsed.protocol === 'ton:') return url;
    return undefined;
  } catch {
    return undefined;
  }
}

const SUPPORTED_TAGS = new Set([
  'a',
  'b',
  'strong',
  'i',
  'em',
  's',
  'strike',
  'del',
  'u',
  'ins',
  'tg-spoiler',
  'tg-emoji',
  'span',
  'pre',
  'code',
  'blockquote',
]);

/**
 * Parse Telegram's HTML subset exactly the way the Bot API does (port of tdlib `parse_html`): returns the plain
 * text and entities (UTF-16 offsets), or the error message that follows "Bad Request: can't parse entities: ".
 * Like Telegram, a bare '&' that is not an entity stays literal; a bare '<' is an (unsupported, empty-named) tag.
 */
export function parseTelegramHtml(html: string): ParsedHtml {
  const src = Buffer.from(html, 'utf8');
  const n = src.length;
  const at = (i: number): number => src[i] ?? 0;
  const slice = (a: number, b: number): string => src.subarray(a, b).toString('utf8');
  const fail = (error: string): ParsedHtml => ({ ok: false, error });

  const out: number[] = [];
  let utf16 = 0;
  const entities: FakeMessageEntity[] = [];
  const stack: Array<{ tag: string; arg: string; offset: number; outPos: number }> = [];

  for (let i = 0; i < n; i++) {
    const c = at(i);
    if (c === 0x26 /* & */) {
      const dec = decodeHtmlEntity(src, i);
      if (dec) {
        if (dec.code >= 0xd800 && dec.code <= 0xdfff) {
          return fail(
            'Text contains invalid Unicode characters after decoding HTML entities, check for unmatched surrogate code units',
          );
        }
        pushCodePoint(out, dec.code);
        utf16 += dec.code > 0xffff ? 2 : 1;
        i = dec.next - 1;
        continue;
      }
    }
    if (c !== 0x3c /* < */) {
      if ((c & 0xc0) !== 0x80) utf16 += c >= 0xf0 ? 2 : 1;
      out.push(c);
      continue;
    }

    const begin = i++;
    if (at(i) !== 0x2f /* / */) {
      // Start tag.
      while (!isSpaceByte(at(i)) && at(i) !== 0x3e) i++;
      if (i >= n) return fail(`Unclosed start tag at byte offset ${begin}`);
      const tag = asciiLower(slice(begin + 1, i));
      if (!SUPPORTED_TAGS.has(tag)) return fail(`Unsupported start tag "${tag}" at byte offset ${begin}`);

      let arg = '';
      let expandable = false;
      while (at(i) !== 0x3e) {
        while (i < n && isSpaceByte(at(i))) i++;
        if (at(i) === 0x3e) break;
        const attrBegin = i;
        // Stopping at '>' too lets the valueless `<blockquote expandable>` work, as on current Telegram.
        while (!isSpaceByte(at(i)) && at(i) !== 0x3d /* = */ && at(i) !== 0x3e) i++;
        const attrName = slice(attrBegin, i);
        if (attrName === '') return fail(`Empty attribute name in the tag "${tag}" at byte offset ${begin}`);
        while (i < n && isSpaceByte(at(i))) i++;
        if (at(i) !== 0x3d) {
          if (tag === 'blockquote' && attrName === 'expandable') {
            expandable = true;
            continue;
          }
          return fail(`Expected equal sign in declaration of an attribute of the tag "${tag}" at byte offset ${begin}`);
        }
        i++;
        while (i < n && isSpaceByte(at(i))) i++;
        if (i >= n) return fail(`Unclosed start tag "${tag}" at byte offset ${begin}`);

        let value: string;
        if (at(i) !== 0x27 && at(i) !== 0x22) {
          const tokenBegin = i;
          while (isAlphaByte(at(i)) || isDigitByte(at(i)) || at(i) === 0x2e || at(i) === 0x2d) i++;
          value = asciiLower(slice(tokenBegin, i));
          if (!isSpaceByte(at(i)) && at(i) !== 0x3e) return fail(`Unexpected end of name token at byte offset ${tokenBegin}`);
        } else {
          const quote = at(i++);
          const valueBytes: number[] = [];
          while (i < n && at(i) !== quote) {
            if (at(i) === 0x26) {
              const dec = decodeHtmlEntity(src, i);
              if (dec) {
                pushCodePoint(valueBytes, dec.code);
                i = dec.next;
                continue;
              }
            }
            valueBytes.push(at(i));
            i++;
          }
          if (at(i) === quote && i < n) i++;
          value = Buffer.from(valueBytes).toString('utf8');
        }
        if (i >= n) return fail(`Unclosed start tag at byte offset ${begin}`);

        if (tag === 'a' && attrName === 'href') arg = value;
        else if (tag === 'code' && attrName === 'class' && value.startsWith('language-')) arg = value.slice(9);
        else if (tag === 'span' && attrName === 'class' && value.startsWith('tg-')) arg = value.slice(3);
        else if (tag === 'tg-emoji' && attrName === 'emoji-id') arg = value;
      }

      if (tag === 'span' && arg !== 'spoiler') {
        return fail(`Tag "span" must have class "tg-spoiler" at byte offset ${begin}`);
      }
      if (tag === 'blockquote' && expandable) arg = 'expandable';
      stack.push({ tag, arg, offset: utf16, outPos: out.length });
    } else {
      // End tag.
      if (stack.length === 0) return fail(`Unexpected end tag at byte offset ${begin}`);
      while (!isSpaceByte(at(i)) && at(i) !== 0x3e) i++;
      const endName = asciiLower(slice(begin + 2, i));
      while (i < n && isSpaceByte(at(i))) i++;
      if (at(i) !== 0x3e) return fail(`Unclosed end tag at byte offset ${begin}`);
      const top = stack[stack.length - 1];
      if (top === undefined) return fail(`Unexpected end tag at byte offset ${begin}`);
      if (endName !== '' && endName !== top.tag) {
        return fail(`Unmatched end tag at byte offset ${begin}, expected "</${top.tag}>", found "</${endName}>"`);
      }
      if (utf16 > top.offset) {
        const offset = top.offset;
        const length = utf16 - offset;
        const last = entities[entities.length - 1];
        switch (top.tag) {
          case 'i':
          case 'em':
            entities.push({ type: 'italic', offset, length });
            break;
          case 'b':
          case 'strong':
            entities.push({ type: 'bold', offset, length });
            break;
          case 's':
          case 'strike':
          case 'del':
            entities.push({ type: 'strikethrough', offset, length });
            break;
          case 'u':
          case 'ins':
            entities.push({ type: 'underline', offset, length });
            break;
          case 'tg-spoiler':
          case 'span':
            entities.push({ type: 'spoiler', offset, length });
            break;
          case 'tg-emoji': {
            if (!/^-?\d+$/.test(top.arg) || BigInt(top.arg) === 0n) return fail('Invalid custom emoji identifier specified');
            entities.push({ type: 'custom_emoji', offset, length, custom_emoji_id: top.arg });
            break;
          }
          case 'a': {
            const url = top.arg !== '' ? top.arg : Buffer.from(out.slice(top.outPos)).toString('utf8');
            const mention = /^tg:\/\/user\?id=(\d+)$/i.exec(url.trim());
            if (mention?.[1] !== undefined) {
              entities.push({ type: 'text_mention', offset, length, user: { id: Number(mention[1]), is_bot: false, first_name: '' } });
            } else {
              const checked = checkedLink(url);
              if (checked !== undefined) entities.push({ type: 'text_link', offset, length, url: checked });
            }
            break;
          }
          case 'pre':
            if (last && last.type === 'code' && last.offset === offset && last.length === length && last.language) {
              last.type = 'pre';
            } else {
              entities.push({ type: 'pre', offset, length });
            }
            break;
          case 'code':
            if (last && last.type === 'pre' && last.offset === offset && last.length === length && top.arg !== '') {
              last.language = top.arg;
            } else {
              const e: FakeMessageEntity = { type: 'code', offset, length };
              if (top.arg !== '') e.language = top.arg;
              entities.push(e);
            }
            break;
          case 'blockquote':
            entities.push({ type: top.arg === 'expandable' ? 'expandable_blockquote' : 'blockquote', offset, length });
            break;
          default:
            break;
        }
      }
      stack.pop();
    }
  }
  const open = stack[stack.length - 1];
  if (open !== undefined) return fail(`Can't find end tag corresponding to start tag "${open.tag}"`);

  for (const e of entities) if (e.type === 'code') delete e.language;
  entities.sort((a, b) => a.offset - b.offset || b.length - a.length);
  return { ok: true, text: Buffer.from(out).toString('utf8'), entities };
}

/** Strip leading/trailing whitespace like Telegram does, moving/clipping entities accordingly. */
function trimFormatted(text: string, entities: FakeMessageEntity[]): { text: string; entities: FakeMessageEntity[] } {
  const left = text.length - text.trimStart().length;
  const trimmed = text.trim();
  const len = trimmed.length;
  const out: FakeMessageEntity[] = [];
  for (const e of entities) {
    const start = Math.max(0, e.offset - left);
    const end = Math.min(len, e.offset + e.length - left);
    if (end > start) out.push({ ...e, offset: start, length: end - start });
  }
  return { text: trimmed, entities: out };
}

// ---------------------------------------------------------------------------------------------
// Rate limiting: token buckets on the injected clock
// ---------------------------------------------------------------------------------------------

class Bucket {
  private tokens: number;
  private last: number;
  constructor(
    private readonly capacity: number,
    private readonly perMs: number,
    now: number,
  ) {
    this.tokens = capacity;
    this.last = now;
  }
  private refill(now: number): void {
    if (now > this.last) {
      this.tokens = Math.min(this.capacity, this.tokens + (now - this.last) * this.perMs);
      this.last = now;
    }
  }
  /** Milliseconds until one token is available (0 when available now). */
  waitMs(now: number): number {
    this.refill(now);
    return this.tokens >= 1 ? 0 : (1 - this.tokens) / this.perMs;
  }
  take(now: number): void {
    this.refill(now);
    this.tokens -= 1;
  }
}

function enabledRate(v: number | undefined, fallback: number): number | undefined {
  const x = v ?? fallback;
  return Number.isFinite(x) && x > 0 ? x : undefined;
}

// ---------------------------------------------------------------------------------------------
// Multipart / body parsing
// ---------------------------------------------------------------------------------------------

interface ParsedBody {
  params: Params;
  files: Map<string, FakeUploadedFile>;
}

function coerceField(name: string, value: string): unknown {
  if (INT_FIELDS.has(name)) {
    const n = asInt(value);
    if (n !== undefined) return n;
  }
  return jsonish(value);
}

function parseDispositionParam(header: string, key: string): string | undefined {
  const re = new RegExp(`(?:^|;)\\s*${key}\\s*=\\s*(?:"([^"]*)"|([^;]*))`, 'i');
  const m = re.exec(header);
  if (!m) return undefined;
  return (m[1] ?? m[2] ?? '').trim();
}

/** Minimal multipart/form-data parser: enough for grammY's uploads (header lines without spaces, unquoted filenames). */
function parseMultipart(body: Buffer, boundary: string): ParsedBody {
  const params: Params = {};
  const files = new Map<string, FakeUploadedFile>();
  const delimiter = Buffer.from(`--${boundary}`);
  const between = Buffer.from(`\r\n--${boundary}`);
  let pos = body.indexOf(delimiter);
  if (pos < 0) throw badRequest('wrong multipart/form-data request: boundary not found');
  pos += delimiter.length;
  for (;;) {
    if (body[pos] === 0x2d && body[pos + 1] === 0x2d) break; // closing --boundary--
    if (body[pos] === 0x0d && body[pos + 1] === 0x0a) pos += 2;
    const next = body.indexOf(between, pos);
    if (next < 0) break;
    const part = body.subarray(pos, next);
    pos = next + between.length;
    const headerEnd = part.indexOf('\r\n\r\n');
    if (headerEnd < 0) continue;
    const headers = new Map<string, string>();
    for (const line of part.subarray(0, headerEnd).toString('utf8').split('\r\n')) {
      const colon = line.indexOf(':');
      if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
    }
    const content = part.subarray(headerEnd + 4);
    const disposition = headers.get('content-disposition') ?? '';
    const name = parseDispositionParam(disposition, 'name');
    if (name === undefined || name === '') continue;
    const filename = parseDispositionParam(disposition, 'filename');
    if (filename !== undefined) {
      const file: FakeUploadedFile = { field: name, filename, size: content.length, bytes: Buffer.from(content) };
      const ct = headers.get('content-type');
      if (ct !== undefined) file.contentType = ct;
      files.set(name, file);
    } else {
      params[name] = coerceField(name, content.toString('utf8'));
    }
  }
  // Resolve attach://name references; files nobody references are exposed under their part name.
  const referenced = new Set<string>();
  for (const [key, value] of Object.entries(params)) {
    if (typeof value === 'string' && value.startsWith('attach://')) {
      const file = files.get(value.slice('attach://'.length));
      if (file) {
        params[key] = file;
        referenced.add(file.field);
      }
    }
  }
  for (const [name, file] of files) if (!referenced.has(name) && !(name in params)) params[name] = file;
  return { params, files };
}

function parseBody(req: IncomingMessage, body: Buffer, query: URLSearchParams): ParsedBody {
  const params: Params = {};
  for (const [k, v] of query) params[k] = coerceField(k, v);
  const contentType = (req.headers['content-type'] ?? '').toLowerCase();
  if (body.length === 0) return { params, files: new Map() };
  if (contentType.startsWith('multipart/form-data')) {
    const raw = req.headers['content-type'] ?? '';
    const m = /boundary=(?:"([^"]+)"|([^;]+))/i.exec(raw);
    const boundary = (m?.[1] ?? m?.[2] ?? '').trim();
    if (boundary === '') throw badRequest('wrong multipart/form-data request: no boundary');
    const parsed = parseMultipart(body, boundary);
    return { params: { ...params, ...parsed.params }, files: parsed.files };
  }
  if (contentType.startsWith('application/x-www-form-urlencoded')) {
    for (const [k, v] of new URLSearchParams(body.toString('utf8'))) params[k] = coerceField(k, v);
    return { params, files: new Map() };
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(body.toString('utf8')) as unknown;
  } catch {
    throw badRequest("can't parse JSON encoded request body");
  }
  if (!isRecord(parsed)) throw badRequest('JSON object expected as request body');
  return { params: { ...params, ...parsed }, files: new Map() };
}

// ---------------------------------------------------------------------------------------------
// State
// ---------------------------------------------------------------------------------------------

type ChatType = 'private' | 'group' | 'supergroup' | 'channel';

interface StoredMessage {
  json: Record<string, unknown>;
  fromBot: boolean;
  raw: string;
  plain: string;
  entities: FakeMessageEntity[];
  parseMode?: string;
  markup?: FakeReplyMarkup;
  kind: 'text' | 'media' | 'other';
}

interface ChatState {
  id: number | string;
  type: ChatType;
  title?: string;
  first_name?: string;
  last_name?: string;
  username?: string;
  nextMessageId: number;
  messages: Map<number, StoredMessage>;
  /** Bot's membership status learned from my_chat_member / leaveChat. */
  botStatus?: string;
  /** 403 description set by blockChat. */
  blocked?: string;
  migratedTo?: number;
  menuButton?: unknown;
}

interface PendingPoll {
  res: ServerResponse;
  params: Params;
  at: number;
  offset: number;
  limit: number;
  timer: NodeJS.Timeout;
}

interface CallWaiter {
  predicate: (c: RecordedCall) => boolean;
  fromIndex: number;
  resolve: (c: RecordedCall) => void;
  reject: (e: Error) => void;
  timer: NodeJS.Timeout;
}

interface PollWaiter {
  resolve: () => void;
  reject: (e: Error) => void;
  timer: NodeJS.Timeout;
}

function inferChatType(id: number | string): ChatType {
  if (typeof id === 'string' && !/^-?\d+$/.test(id)) return 'channel';
  const s = String(id);
  if (s.startsWith('-100')) return 'supergroup';
  if (s.startsWith('-')) return 'group';
  return 'private';
}

function summarize(value: unknown, max = 140): string {
  let s: string;
  try {
    s = JSON.stringify(value) ?? String(value);
  } catch {
    s = String(value);
  }
  return s.length > max ? `${s.slice(0, max)}…` : s;
}

// ---------------------------------------------------------------------------------------------
// The server
// ---------------------------------------------------------------------------------------------

class FakeTelegramServer implements FakeTelegram {
  apiRoot = '';
  readonly token: string;
  readonly botUser: { id: number; is_bot: true; first_name: string; username: string };
  readonly calls: RecordedCall[] = [];
  /** Files the fake can serve through getFile: added by tests (as if a person had sent them) or uploaded by the bot. */
  readonly files = new Map<string, { bytes: Buffer; mimeType?: string }>();
  /** Reactions the bot set (setMessageReaction), in order. */
  readonly reactions: Array<{ chatId: number | string; messageId: number; emoji: string[] }> = [];

  private readonly now: () => number;
  private readonly server: http.Server;
  private readonly sockets = new Set<Socket>();
  private readonly handlers: Map<string, (p: Params, method: string, files: Map<string, FakeUploadedFile>) => unknown>;

  private readonly queue: Array<Record<string, unknown> & { update_id: number }> = [];
  private nextUpdateId = 100_000_001;
  private confirmed = 0;
  private allowedUpdates: Set<string> | undefined; // undefined = Telegram's default set
  private poll: PendingPoll | undefined;
  private wakeHandle: NodeJS.Immediate | undefined;
  private webhookInfo: { url: string; secret_token?: string; max_connections?: number; allowed_updates?: string[]; last_error_date?: number; last_error_message?: string } | undefined;

  private readonly chats = new Map<string, ChatState>();
  private readonly users = new Map<number, FakeUser>();
  private readonly sentLog: SentMessage[] = [];
  private readonly commands = new Map<string, Array<{ command: string; description: string }>>();
  private readonly issuedCallbacks = new Set<string>();
  private readonly answeredCallbacks = new Set<string>();
  private callbackCounter = 0n;
  private fileCounter = 0;
  private readonly faults = new Map<string, Array<FakeApiError>>();
  private n429 = 0;

  private readonly limits: { perChat?: number; burst: number; perGroupPerMinute?: number; global?: number };
  private globalBucket: Bucket | undefined;
  private readonly chatBuckets = new Map<string, Bucket>();
  private readonly groupBuckets = new Map<string, Bucket>();

  private readonly callWaiters = new Set<CallWaiter>();
  private readonly pollWaiters = new Set<PollWaiter>();
  private closed = false;
  private closing: Promise<void> | undefined;

  constructor(opts: FakeTelegramOptions) {
    this.token = opts.token ?? DEFAULT_TOKEN;
    this.now = opts.now ?? Date.now;
    this.botUser = { id: BOT_ID, is_bot: true, first_name: 'Welkom', username: opts.botUsername ?? 'welkom_test_bot' };
    const l = opts.limits ?? {};
    const perChat = enabledRate(l.perChatPerSecond, 1);
    const perGroupPerMinute = enabledRate(l.perGroupPerMinute, 20);
    const global = enabledRate(l.globalPerSecond, 30);
    this.limits = { burst: Math.max(1, Math.floor(l.perChatBurst ?? 3)) };
    if (perChat !== undefined) this.limits.perChat = perChat;
    if (perGroupPerMinute !== undefined) this.limits.perGroupPerMinute = perGroupPerMinute;
    if (global !== undefined) this.limits.global = global;

    this.handlers = this.buildHandlers();
    this.server = http.createServer((req, res) => {
      this.handleRequest(req, res).catch((err: unknown) => {
        // Unexpected bug in the fake itself: answer 500 so the client does not hang.
        if (!res.headersSent && !res.destroyed) {
          this.writeJson(res, 500, errorBody(500, `Internal Server Error: fake-telegram: ${String(err)}`));
        }
      });
    });
    this.server.on('connection', (socket: Socket) => {
      this.sockets.add(socket);
      socket.once('close', () => this.sockets.delete(socket));
    });
  }

  async listen(): Promise<void> {
    await new Promise<void>((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(0, '127.0.0.1', () => {
        this.server.off('error', reject);
        resolve();
      });
    });
    const addr = this.server.address() as AddressInfo;
    this.apiRoot = `http://127.0.0.1:${addr.port}`;
  }

  // ----- public helpers -------------------------------------------------------------------

  sent(chatId?: number | string): SentMessage[] {
    if (chatId === undefined) return [...this.sentLog];
    return this.sentLog.filter((s) => chatKey(s.chat_id) === chatKey(chatId));
  }

  pushUpdate(update: object): number {
    const u: Record<string, unknown> = { ...(update as Record<string, unknown>) };
    let id = asInt(u.update_id);
    if (id === undefined) id = this.nextUpdateId;
    u.update_id = id;
    this.nextUpdateId = Math.max(this.nextUpdateId, id + 1);
    this.observeUpdate(u);
    // Keep the queue ordered by update_id; appending is the common case (sorting on every push is quadratic).
    const entry = u as Record<string, unknown> & { update_id: number };
    const lastQueued = this.queue[this.queue.length - 1];
    if (!lastQueued || lastQueued.update_id <= id) this.queue.push(entry);
    else this.queue.splice(this.queue.findIndex((queued) => queued.update_id > id), 0, entry);
    this.scheduleWake();
    return id;
  }

  userMessage(opts: {
    chatId: number;
    from: FakeUser;
    text: string;
    chatType?: 'private' | 'group' | 'supergroup';
    threadId?: number;
    entities?: 'auto' | 'none' | FakeMessageEntity[];
    title?: string;
    /** The message_id this message replies to (a stored message of the chat is attached in full). */
    replyTo?: number;
  }): number {
    const type = opts.chatType ?? this.chatTypeOf(opts.chatId);
    const chat = this.ensureChat(opts.chatId, type);
    if (opts.title !== undefined) chat.title = opts.title;
    if (type === 'private') {
      chat.first_name = opts.from.first_name;
      if (opts.from.username !== undefined) chat.username = opts.from.username;
      if (opts.from.last_name !== undefined) chat.last_name = opts.from.last_name;
    }
    const message: Record<string, unknown> = {
      message_id: chat.nextMessageId,
      from: this.userJson(opts.from),
      chat: this.chatJson(chat),
      date: this.unixNow(),
    };
    if (opts.threadId !== undefined) {
      message.message_thread_id = opts.threadId;
      message.is_topic_message = true;
    }
    if (opts.replyTo !== undefined) {
      const stored = chat.messages.get(opts.replyTo);
      message.reply_to_message = stored?.json ?? { message_id: opts.replyTo, date: this.unixNow(), chat: this.chatJson(chat) };
    }
    message.text = opts.text;
    const mode = opts.entities ?? 'auto';
    if (Array.isArray(mode)) {
      if (mode.length > 0) message.entities = mode;
    } else if (mode === 'auto') {
      const m = /^\/[A-Za-z0-9_]+(?:@[A-Za-z0-9_]+)?/.exec(opts.text);
      if (m) message.entities = [{ type: 'bot_command', offset: 0, length: m[0].length }];
    }
    return this.pushUpdate({ message });
  }

  callback(opts: { from: FakeUser; chatId: number; messageId: number; data: string }): number {
    const chat = this.ensureChat(opts.chatId, this.chatTypeOf(opts.chatId));
    const stored = chat.messages.get(opts.messageId);
    const message = stored
      ? stored.json
      : { message_id: opts.messageId, from: this.botUser, chat: this.chatJson(chat), date: this.unixNow(), text: '' };
    this.callbackCounter += 1n;
    const id = String(CALLBACK_ID_BASE + this.callbackCounter);
    this.issuedCallbacks.add(id);
    return this.pushUpdate({
      callback_query: {
        id,
        from: this.userJson(opts.from),
        message,
        chat_instance: String(-BigInt(Math.abs(opts.chatId)) * 7n - 13n),
        data: opts.data,
      },
    });
  }

  myChatMember(opts: {
    chatId: number;
    chatType: 'group' | 'supergroup' | 'private';
    title?: string;
    from: FakeUser;
    oldStatus: string;
    newStatus: string;
  }): number {
    const chat = this.ensureChat(opts.chatId, opts.chatType);
    if (opts.title !== undefined) chat.title = opts.title;
    if (opts.chatType === 'private') {
      chat.first_name = opts.from.first_name;
      if (opts.from.username !== undefined) chat.username = opts.from.username;
    }
    return this.pushUpdate({
      my_chat_member: {
        chat: this.chatJson(chat),
        from: this.userJson(opts.from),
        date: this.unixNow(),
        old_chat_member: this.memberJson(this.botUser, opts.oldStatus),
        new_chat_member: this.memberJson(this.botUser, opts.newStatus),
      },
    });
  }

  waitForCall(predicate: (c: RecordedCall) => boolean, timeoutMs = 5000, fromIndex = 0): Promise<RecordedCall> {
    for (let i = Math.max(0, fromIndex); i < this.calls.length; i++) {
      const c = this.calls[i];
      if (c !== undefined && predicate(c)) return Promise.resolve(c);
    }
    if (this.closed) return Promise.reject(new Error('fake-telegram: waitForCall on a closed server'));
    return new Promise<RecordedCall>((resolve, reject) => {
      const waiter: CallWaiter = {
        predicate,
        fromIndex,
        resolve,
        reject,
        timer: setTimeout(() => {
          this.callWaiters.delete(waiter);
          reject(new Error(`fake-telegram: no matching call within ${timeoutMs} ms.\n${this.describeRecentCalls()}`));
        }, timeoutMs),
      };
      this.callWaiters.add(waiter);
    });
  }

  waitForPendingPoll(timeoutMs = 5000): Promise<void> {
    if (this.poll) return Promise.resolve();
    if (this.closed) return Promise.reject(new Error('fake-telegram: waitForPendingPoll on a closed server'));
    return new Promise<void>((resolve, reject) => {
      const waiter: PollWaiter = {
        resolve,
        reject,
        timer: setTimeout(() => {
          this.pollWaiters.delete(waiter);
          reject(new Error(`fake-telegram: no getUpdates long poll held within ${timeoutMs} ms.\n${this.describeRecentCalls()}`));
        }, timeoutMs),
      };
      this.pollWaiters.add(waiter);
    });
  }

  confirmedOffset(): number {
    return this.confirmed;
  }

  pendingUpdates(): number {
    return this.queue.length;
  }

  failNext(method: string, error: FakeApiError, times = 1): void {
    const key = method.toLowerCase();
    const list = this.faults.get(key) ?? [];
    for (let i = 0; i < times; i++) list.push({ ...error });
    this.faults.set(key, list);
  }

  blockChat(chatId: number | string): void {
    const chat = this.ensureChat(chatId, this.chatTypeOf(chatId));
    chat.blocked =
      chat.type === 'private'
        ? 'Forbidden: bot was blocked by the user'
        : chat.type === 'group'
          ? 'Forbidden: bot was kicked from the group chat'
          : chat.type === 'supergroup'
            ? 'Forbidden: bot was kicked from the supergroup chat'
            : 'Forbidden: bot was kicked from the channel chat';
  }

  unblockChat(chatId: number | string): void {
    const chat = this.chats.get(chatKey(chatId));
    if (!chat) return;
    delete chat.blocked;
    if (chat.botStatus === 'kicked' || chat.botStatus === 'left') chat.botStatus = 'member';
  }

  migrateChat(oldId: number, newId: number): void {
    const old = this.ensureChat(oldId, 'group');
    old.migratedTo = newId;
    const fresh = this.ensureChat(newId, 'supergroup');
    if (old.title !== undefined && fresh.title === undefined) fresh.title = old.title;
  }

  myCommands(scope: object = { type: 'default' }, languageCode = ''): Array<{ command: string; description: string }> {
    return [...(this.commands.get(this.commandsKey(scope, languageCode)) ?? [])];
  }

  webhook(): { url: string; secret_token?: string } | undefined {
    if (!this.webhookInfo) return undefined;
    const w: { url: string; secret_token?: string } = { url: this.webhookInfo.url };
    if (this.webhookInfo.secret_token !== undefined) w.secret_token = this.webhookInfo.secret_token;
    return w;
  }

  webhookDeliveryFailed(message: string): void {
    if (!this.webhookInfo) throw new Error('webhookDeliveryFailed: no webhook is set (call setWebhook first)');
    this.webhookInfo.last_error_date = Math.floor(this.now() / 1000);
    this.webhookInfo.last_error_message = message;
  }

  count429(): number {
    return this.n429;
  }

  close(): Promise<void> {
    if (this.closing) return this.closing;
    this.closed = true;
    this.closing = (async () => {
      if (this.wakeHandle) {
        clearImmediate(this.wakeHandle);
        this.wakeHandle = undefined;
      }
      const flushed: Array<Promise<void>> = [];
      const poll = this.poll;
      if (poll) {
        flushed.push(
          new Promise<void>((resolve) => {
            poll.res.once('finish', () => resolve());
            poll.res.once('close', () => resolve());
          }),
        );
        this.answerPoll(poll, { ok: true, result: [] });
      }
      for (const w of this.callWaiters) {
        clearTimeout(w.timer);
        w.reject(new Error('fake-telegram: server closed while waiting for a call'));
      }
      this.callWaiters.clear();
      for (const w of this.pollWaiters) {
        clearTimeout(w.timer);
        w.reject(new Error('fake-telegram: server closed while waiting for a long poll'));
      }
      this.pollWaiters.clear();
      await Promise.all(flushed);
      await new Promise<void>((resolve) => {
        this.server.close(() => resolve());
        this.server.closeAllConnections();
        for (const s of this.sockets) s.destroy();
        this.sockets.clear();
      });
    })();
    return this.closing;
  }

  // ----- HTTP plumbing --------------------------------------------------------------------

  private async handleRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const at = this.now();
    if (this.closed) {
      res.destroy();
      return;
    }
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const download = /^\/file\/bot([^/]*)\/files\/([^/]+)$/.exec(url.pathname);
    if (download && req.method === 'GET') {
      const file = download[1] === this.token ? this.files.get(decodeURIComponent(download[2]!)) : undefined;
      res.writeHead(file ? 200 : 404, { 'content-type': file?.mimeType ?? 'text/plain' });
      res.end(file ? file.bytes : 'Not Found');
      return;
    }
    const m = /^\/bot([^/]*)\/(?:test\/)?([^/]+?)\/?$/.exec(url.pathname);
    const methodName = m?.[2] ?? (url.pathname.split('/').pop() || '');

    let body: Buffer;
    try {
      body = await this.readBody(req);
    } catch (err) {
      if (err instanceof ApiError) this.respond(res, methodName, {}, at, errorBody(err.code, err.description));
      else res.destroy();
      return;
    }
    if (this.closed) {
      res.destroy();
      return;
    }

    let parsed: ParsedBody = { params: {}, files: new Map() };
    let parseError: ApiError | undefined;
    try {
      parsed = parseBody(req, body, url.searchParams);
    } catch (err) {
      if (err instanceof ApiError) parseError = err;
      else throw err;
    }
    const params = parsed.params;

    if (!m) return this.respond(res, methodName, params, at, errorBody(404, 'Not Found'));
    if (m[1] !== this.token) return this.respond(res, methodName, params, at, errorBody(401, 'Unauthorized'));
    const key = methodName.toLowerCase();
    const handler = this.handlers.get(key);
    if (!handler && key !== 'getupdates') return this.respond(res, methodName, params, at, errorBody(404, 'Not Found'));
    if (parseError) return this.respond(res, methodName, params, at, errorBody(parseError.code, parseError.description));

    const fault = this.faults.get(key)?.shift();
    if (fault) {
      const parameters: ErrorParameters = {};
      if (fault.retry_after !== undefined) parameters.retry_after = fault.retry_after;
      if (fault.migrate_to_chat_id !== undefined) parameters.migrate_to_chat_id = fault.migrate_to_chat_id;
      return this.respond(res, methodName, params, at, errorBody(fault.error_code, fault.description, parameters));
    }

    if (key === 'getupdates') return this.getUpdates(res, methodName, params, at);

    let out: ApiBody;
    try {
      if (!handler) throw new Error(`no handler for ${methodName}`); // unreachable: checked above for every key but getupdates
      const result = handler(params, methodName, parsed.files);
      out =
        result instanceof Described
          ? { ok: true, result: result.result, description: result.description }
          : { ok: true, result };
    } catch (err) {
      if (!(err instanceof ApiError)) throw err;
      out = errorBody(err.code, err.description, err.parameters);
    }
    this.respond(res, methodName, params, at, out);
  }

  private readBody(req: IncomingMessage): Promise<Buffer> {
    return new Promise<Buffer>((resolve, reject) => {
      const chunks: Buffer[] = [];
      let size = 0;
      req.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > MAX_BODY_BYTES) {
          reject(new ApiError(413, 'Request Entity Too Large'));
          req.destroy();
          return;
        }
        chunks.push(chunk);
      });
      let ended = false;
      req.on('end', () => {
        ended = true;
        resolve(Buffer.concat(chunks));
      });
      req.on('error', reject);
      // A client that hangs up mid-body gets no answer (the rejection destroys the response).
      req.on('close', () => {
        if (!ended) reject(new Error('client closed the request before the body was complete'));
      });
    });
  }

  private writeJson(res: ServerResponse, status: number, body: unknown): void {
    if (res.destroyed || res.writableEnded) return;
    const text = JSON.stringify(body);
    res.writeHead(status, {
      'content-type': 'application/json',
      'content-length': Buffer.byteLength(text),
    });
    res.end(text);
  }

  private respond(res: ServerResponse, method: string, params: Params, at: number, body: ApiBody): void {
    const status = body.ok ? 200 : httpStatusFor(body.error_code);
    if (!body.ok && body.error_code === 429) this.n429++;
    this.writeJson(res, status, body);
    this.record({ method, params, at, response: body, ok: body.ok });
  }

  private record(call: RecordedCall): void {
    this.calls.push(call);
    const index = this.calls.length - 1;
    for (const w of [...this.callWaiters]) {
      if (index < w.fromIndex) continue;
      let hit = false;
      try {
        hit = w.predicate(call);
      } catch (err) {
        clearTimeout(w.timer);
        this.callWaiters.delete(w);
        w.reject(err instanceof Error ? err : new Error(String(err)));
        continue;
      }
      if (hit) {
        clearTimeout(w.timer);
        this.callWaiters.delete(w);
        w.resolve(call);
      }
    }
  }

  private describeRecentCalls(): string {
    const recent = this.calls.slice(-12);
    if (recent.length === 0) return 'No calls were recorded.';
    const start = this.calls.length - recent.length;
    const lines = recent.map((c, i) => {
      const r = c.response as Partial<ErrorBody> | undefined;
      const status = c.ok ? 'ok' : `ERR ${r?.error_code ?? '?'} ${r?.description ?? summarize(c.response, 60)}`;
      return `  #${start + i} ${c.method} → ${status} ${summarize(c.params)}`;
    });
    return `Recent calls (${this.calls.length} total):\n${lines.join('\n')}`;
  }

  // ----- getUpdates / long polling --------------------------------------------------------

  private getUpdates(res: ServerResponse, method: string, params: Params, at: number): void {
    if (this.webhookInfo) {
      return this.respond(
        res,
        method,
        params,
        at,
        errorBody(409, "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first"),
      );
    }
    let offset = asInt(params.offset) ?? 0;
    const limit = Math.min(100, Math.max(1, asInt(params.limit) ?? 100));
    const timeout = Math.min(LONG_POLL_MAX_TIMEOUT, Math.max(0, asInt(params.timeout) ?? 0));

    const allowed = jsonish(params.allowed_updates);
    if (Array.isArray(allowed)) {
      const names = allowed.filter((x): x is string => typeof x === 'string');
      this.allowedUpdates = names.length === 0 ? undefined : new Set(names);
    }

    // Negative offsets count from the end of the queue.
    if (offset < 0) {
      const last = this.queue[this.queue.length - 1];
      offset = last ? last.update_id + 1 + offset : 0;
    }
    if (offset > 0) this.confirm(offset);

    const updates = this.collectUpdates(offset, limit);
    if (updates.length > 0 || timeout === 0) {
      return this.respond(res, method, params, at, { ok: true, result: updates });
    }

    // Hold the request. Like the Bot API server, a new long poll terminates the one already waiting.
    if (this.poll) {
      this.answerPoll(
        this.poll,
        errorBody(409, 'Conflict: terminated by other getUpdates request; make sure that only one bot instance is running'),
      );
    }
    const poll: PendingPoll = {
      res,
      params,
      at,
      offset,
      limit,
      timer: setTimeout(() => {
        if (this.poll === poll) this.answerPoll(poll, { ok: true, result: this.collectUpdates(poll.offset, poll.limit) });
      }, timeout * 1000),
    };
    this.poll = poll;
    res.once('close', () => {
      // Client hung up (e.g. grammY's bot.stop() aborting the fetch) before we answered.
      if (this.poll === poll) {
        clearTimeout(poll.timer);
        this.poll = undefined;
        this.record({ method, params, at, response: { aborted: true }, ok: false });
      }
    });
    for (const w of this.pollWaiters) {
      clearTimeout(w.timer);
      w.resolve();
    }
    this.pollWaiters.clear();
  }

  private answerPoll(poll: PendingPoll, body: ApiBody): void {
    clearTimeout(poll.timer);
    if (this.poll === poll) this.poll = undefined;
    this.respond(poll.res, 'getUpdates', poll.params, poll.at, body);
  }

  private confirm(offset: number): void {
    while (this.queue.length > 0 && (this.queue[0]?.update_id ?? Infinity) < offset) this.queue.shift();
    this.confirmed = Math.max(this.confirmed, offset);
  }

  /** Updates with id >= offset, up to limit; updates of types not in allowed_updates are dropped (Telegram never queues them). */
  private collectUpdates(offset: number, limit: number): Array<Record<string, unknown>> {
    const out: Array<Record<string, unknown>> = [];
    for (let i = 0; i < this.queue.length && out.length < limit; ) {
      const u = this.queue[i];
      if (u === undefined) break;
      if (u.update_id < offset) {
        i++;
        continue;
      }
      const type = Object.keys(u).find((k) => k !== 'update_id') ?? '';
      const allowed = this.allowedUpdates ? this.allowedUpdates.has(type) : !NOT_DEFAULT_UPDATES.has(type);
      if (!allowed) {
        this.queue.splice(i, 1);
        continue;
      }
      out.push(u);
      i++;
    }
    return out;
  }

  private scheduleWake(): void {
    if (!this.poll || this.wakeHandle || this.closed) return;
    // Batch updates pushed in the same tick into one answer, like the Bot API server does.
    this.wakeHandle = setImmediate(() => {
      this.wakeHandle = undefined;
      const poll = this.poll;
      if (!poll) return;
      const updates = this.collectUpdates(poll.offset, poll.limit);
      if (updates.length > 0) this.answerPoll(poll, { ok: true, result: updates });
    });
  }

  // ----- chat / user bookkeeping ---------------------------------------------------------

  private unixNow(): number {
    return Math.floor(this.now() / 1000);
  }

  private chatTypeOf(id: number | string): ChatType {
    return this.chats.get(chatKey(id))?.type ?? inferChatType(id);
  }

  private ensureChat(id: number | string, type: ChatType): ChatState {
    const key = chatKey(id);
    let chat = this.chats.get(key);
    if (!chat) {
      chat = { id, type, nextMessageId: 1, messages: new Map() };
      this.chats.set(key, chat);
    } else if (chat.type !== type && type !== inferChatType(id)) {
      chat.type = type; // an explicit type given by the test wins over the inferred one
    }
    return chat;
  }

  private chatJson(chat: ChatState): Record<string, unknown> {
    if (chat.type === 'private') {
      const j: Record<string, unknown> = { id: chat.id, first_name: chat.first_name ?? 'User' };
      if (chat.last_name !== undefined) j.last_name = chat.last_name;
      if (chat.username !== undefined) j.username = chat.username;
      j.type = 'private';
      return j;
    }
    const j: Record<string, unknown> = { id: chat.id, title: chat.title ?? 'Test group' };
    if (chat.username !== undefined) j.username = chat.username;
    j.type = chat.type;
    return j;
  }

  private userJson(u: FakeUser): Record<string, unknown> {
    const j: Record<string, unknown> = { id: u.id, is_bot: u.is_bot ?? false, first_name: u.first_name };
    if (u.last_name !== undefined) j.last_name = u.last_name;
    if (u.username !== undefined) j.username = u.username;
    if (u.language_code !== undefined) j.language_code = u.language_code;
    return j;
  }

  private memberJson(user: object, status: string): Record<string, unknown> {
    const m: Record<string, unknown> = { user, status };
    if (status === 'administrator') {
      Object.assign(m, {
        can_be_edited: false,
        is_anonymous: false,
        can_manage_chat: true,
        can_delete_messages: true,
        can_manage_video_chats: false,
        can_restrict_members: true,
        can_promote_members: false,
        can_change_info: false,
        can_invite_users: true,
        can_post_stories: false,
        can_edit_stories: false,
        can_delete_stories: false,
        can_pin_messages: true,
      });
    } else if (status === 'kicked') {
      m.until_date = 0;
    } else if (status === 'restricted') {
      Object.assign(m, { is_member: true, until_date: 0, can_send_messages: true });
    }
    return m;
  }

  private observeUpdate(u: Record<string, unknown>): void {
    for (const key of ['message', 'edited_message', 'channel_post', 'edited_channel_post']) {
      const m = u[key];
      if (isRecord(m)) this.observeMessage(m);
    }
    const cq = u.callback_query;
    if (isRecord(cq)) {
      this.observeUser(cq.from);
      if (isRecord(cq.message)) this.observeMessage(cq.message);
    }
    const mcm = u.my_chat_member;
    if (isRecord(mcm) && isRecord(mcm.chat)) {
      this.observeUser(mcm.from);
      const chat = this.observeChat(mcm.chat);
      const member = mcm.new_chat_member;
      if (chat && isRecord(member) && isRecord(member.user) && member.user.id === BOT_ID && typeof member.status === 'string') {
        chat.botStatus = member.status;
        if (['member', 'administrator', 'creator', 'restricted'].includes(member.status)) delete chat.blocked;
      }
    }
  }

  private observeUser(from: unknown): void {
    if (isRecord(from) && typeof from.id === 'number' && typeof from.first_name === 'string') {
      this.users.set(from.id, from as unknown as FakeUser);
    }
  }

  private observeChat(c: Record<string, unknown>): ChatState | undefined {
    const id = c.id;
    if (typeof id !== 'number' && typeof id !== 'string') return undefined;
    const type = typeof c.type === 'string' ? (c.type as ChatType) : this.chatTypeOf(id);
    const chat = this.ensureChat(id, type);
    if (typeof c.title === 'string') chat.title = c.title;
    if (typeof c.first_name === 'string') chat.first_name = c.first_name;
    if (typeof c.last_name === 'string') chat.last_name = c.last_name;
    if (typeof c.username === 'string') chat.username = c.username;
    return chat;
  }

  private observeMessage(m: Record<string, unknown>): void {
    this.observeUser(m.from);
    if (!isRecord(m.chat)) return;
    const chat = this.observeChat(m.chat);
    const id = asInt(m.message_id);
    if (!chat || id === undefined) return;
    chat.nextMessageId = Math.max(chat.nextMessageId, id + 1);
    if (chat.messages.has(id)) return;
    const fromBot = isRecord(m.from) && m.from.id === BOT_ID;
    const text = typeof m.text === 'string' ? m.text : typeof m.caption === 'string' ? m.caption : '';
    chat.messages.set(id, {
      json: m,
      fromBot,
      raw: text,
      plain: text,
      entities: [],
      kind: typeof m.text === 'string' ? 'text' : 'other',
    });
  }

  // ----- validation shared by handlers ------------------------------------------------------

  private requireChatId(p: Params): number | string {
    const v = p.chat_id;
    if (typeof v === 'number' && Number.isInteger(v) && v !== 0) return v;
    if (typeof v === 'string' && v.trim() !== '') return asInt(v) ?? v.trim();
    throw badRequest(v === undefined || v === '' ? 'chat_id is empty' : 'chat not found');
  }

  private requireMessageId(p: Params, what = 'message identifier is not specified'): number {
    const id = asInt(p.message_id);
    if (id === undefined || id <= 0) throw badRequest(what);
    return id;
  }

  private checkThread(p: Params): number | undefined {
    if (p.message_thread_id === undefined) return undefined;
    const t = asInt(p.message_thread_id);
    if (t === undefined || t <= 0) throw badRequest('message thread not found');
    return t;
  }

  /** Parse text/caption like the Bot API: parse_mode (HTML implemented; Markdown modes passed through), trim, emptiness, length. */
  private formatText(
    raw: unknown,
    parseMode: unknown,
    entitiesParam: unknown,
    kind: 'text' | 'caption',
  ): { raw: string; plain: string; entities: FakeMessageEntity[]; parseMode?: string } {
    const text = raw === undefined || raw === null ? '' : typeof raw === 'string' ? raw : String(raw);
    let plain = text;
    let entities: FakeMessageEntity[] = [];
    const explicit = jsonish(entitiesParam);
    const mode = typeof parseMode === 'string' ? parseMode : '';
    if (Array.isArray(explicit)) {
      entities = explicit.filter(isRecord).map((e) => ({ ...e }) as unknown as FakeMessageEntity);
    } else if (mode !== '') {
      const lower = mode.toLowerCase();
      if (lower === 'html') {
        const parsed = parseTelegramHtml(text);
        if (!parsed.ok) throw badRequest(`can't parse entities: ${parsed.error}`);
        plain = parsed.text;
        entities = parsed.entities;
      } else if (lower !== 'markdown' && lower !== 'markdownv2') {
        throw badRequest('unsupported parse_mode');
      }
      // Markdown/MarkdownV2 are not parsed by the fake: the text is taken as-is.
    }
    const trimmed = trimFormatted(plain, entities);
    if (kind === 'text') {
      if (trimmed.text === '') throw badRequest('message text is empty');
      if (trimmed.text.length > MAX_TEXT_LENGTH) throw badRequest('message is too long');
    } else if (trimmed.text.length > MAX_CAPTION_LENGTH) {
      throw badRequest('message caption is too long');
    }
    const out: { raw: string; plain: string; entities: FakeMessageEntity[]; parseMode?: string } = {
      raw: text,
      plain: trimmed.text,
      entities: trimmed.entities,
    };
    if (mode !== '') out.parseMode = mode;
    return out;
  }

  private validateReplyMarkup(value: unknown): FakeReplyMarkup | undefined {
    if (value === undefined || value === null || value === '') return undefined;
    let markup: unknown = value;
    if (typeof markup === 'string') {
      try {
        markup = JSON.parse(markup) as unknown;
      } catch {
        throw badRequest("can't parse reply keyboard markup JSON object");
      }
    }
    if (!isRecord(markup)) throw badRequest('object expected as reply markup');
    if (markup.inline_keyboard !== undefined) {
      const kb = markup.inline_keyboard;
      if (!Array.isArray(kb)) throw badRequest('field "inline_keyboard" of the InlineKeyboardMarkup must be an Array');
      let total = 0;
      for (const row of kb) {
        if (!Array.isArray(row)) throw badRequest('field "inline_keyboard" of the InlineKeyboardMarkup must be an Array of Arrays');
        for (const button of row) {
          total++;
          this.validateInlineButton(button);
        }
      }
      if (total > MAX_INLINE_BUTTONS) throw badRequest('reply markup is too long');
    } else if (markup.keyboard !== undefined) {
      const kb = markup.keyboard;
      if (!Array.isArray(kb)) throw badRequest('field "keyboard" of the ReplyKeyboardMarkup must be an Array');
      for (const row of kb) {
        if (!Array.isArray(row)) throw badRequest('field "keyboard" of the ReplyKeyboardMarkup must be an Array of Arrays');
      }
    }
    return markup as FakeReplyMarkup;
  }

  private validateInlineButton(button: unknown): void {
    const prefix = "can't parse inline keyboard button: ";
    if (!isRecord(button)) throw badRequest(`${prefix}InlineKeyboardButton must be an Object`);
    if (!('text' in button)) throw badRequest(`${prefix}Can't find field "text"`);
    if (typeof button.text !== 'string') throw badRequest(`${prefix}Field "text" must be of type String`);
    if (button.text.trim() === '') throw badRequest('BUTTON_TEXT_EMPTY');
    const cb = button.callback_data;
    if (cb !== undefined && typeof cb !== 'string') throw badRequest(`${prefix}Field "callback_data" must be of type String`);
    // Telegram treats an empty callback_data/url as absent.
    const actions = INLINE_BUTTON_ACTIONS.filter((k) => {
      const v = button[k];
      return v !== undefined && v !== null && !((k === 'callback_data' || k === 'url') && v === '');
    });
    if (actions.length === 0) throw badRequest(`${prefix}Text buttons are unallowed in the inline keyboard`);
    if (actions.length > 1) {
      // Telegram silently uses the first one; the fake is stricter so such bugs surface in tests.
      throw badRequest(`${prefix}exactly one of the optional fields must be used (fake-telegram strictness), got ${actions.join(', ')}`);
    }
    if (typeof cb === 'string' && cb !== '' && utf8Bytes(cb) > 64) throw badRequest('BUTTON_DATA_INVALID');
    if (typeof button.url === 'string' && button.url !== '') {
      const url = button.url;
      if (checkedLink(url) === undefined) throw badRequest(`inline keyboard button URL '${url}' is invalid: Wrong HTTP URL`);
    }
  }

  /** Blocked / kicked / left / migrated chats. */
  private gate(chatId: number | string): void {
    const chat = this.chats.get(chatKey(chatId));
    if (!chat) return;
    if (chat.migratedTo !== undefined) {
      throw new ApiError(400, 'Bad Request: group chat was upgraded to a supergroup chat', {
        migrate_to_chat_id: chat.migratedTo,
      });
    }
    if (chat.blocked !== undefined) throw new ApiError(403, chat.blocked);
    const where = chat.type === 'supergroup' ? 'supergroup chat' : chat.type === 'channel' ? 'channel chat' : 'group chat';
    if (chat.botStatus === 'kicked') {
      throw new ApiError(403, chat.type === 'private' ? 'Forbidden: bot was blocked by the user' : `Forbidden: bot was kicked from the ${where}`);
    }
    if (chat.botStatus === 'left' && chat.type !== 'private') {
      throw new ApiError(403, `Forbidden: bot is not a member of the ${where}`);
    }
  }

  private rateLimit(chatId: number | string | undefined): void {
    const now = this.now();
    const buckets: Bucket[] = [];
    if (this.limits.global !== undefined) {
      this.globalBucket ??= new Bucket(this.limits.global, this.limits.global / 1000, now);
      buckets.push(this.globalBucket);
    }
    if (chatId !== undefined) {
      const key = chatKey(chatId);
      if (this.limits.perChat !== undefined) {
        let b = this.chatBuckets.get(key);
        if (!b) {
          b = new Bucket(this.limits.burst, this.limits.perChat / 1000, now);
          this.chatBuckets.set(key, b);
        }
        buckets.push(b);
      }
      if (this.limits.perGroupPerMinute !== undefined && inferChatType(chatId) !== 'private') {
        let b = this.groupBuckets.get(key);
        if (!b) {
          b = new Bucket(this.limits.perGroupPerMinute, this.limits.perGroupPerMinute / 60_000, now);
          this.groupBuckets.set(key, b);
        }
        buckets.push(b);
      }
    }
    const waitMs = Math.max(0, ...buckets.map((b) => b.waitMs(now)));
    if (waitMs > 0) {
      const retryAfter = Math.max(1, Math.ceil(waitMs / 1000 - 1e-9)); // epsilon: ignore floating-point dust
      throw new ApiError(429, `Too Many Requests: retry after ${retryAfter}`, { retry_after: retryAfter });
    }
    for (const b of buckets) b.take(now);
  }

  private chatFor(chatId: number | string): ChatState {
    return this.ensureChat(chatId, this.chatTypeOf(chatId));
  }

  /** The bot message an edit method targets (or 'inline' for inline messages, which the fake only rate-limits). */
  private editTarget(p: Params): 'inline' | { chatId: number | string; messageId: number; stored: StoredMessage } {
    if (p.inline_message_id !== undefined && p.chat_id === undefined) {
      this.rateLimit(undefined);
      return 'inline';
    }
    const chatId = this.requireChatId(p);
    const messageId = this.requireMessageId(p);
    this.gate(chatId);
    const stored = this.chatFor(chatId).messages.get(messageId);
    if (!stored) throw badRequest('message to edit not found');
    if (!stored.fromBot) throw badRequest("message can't be edited");
    return { chatId, messageId, stored };
  }

  private storeBotMessage(
    chat: ChatState,
    extras: Record<string, unknown>,
    fmt: { raw: string; plain: string; entities: FakeMessageEntity[]; parseMode?: string },
    markup: FakeReplyMarkup | undefined,
    thread: number | undefined,
    kind: 'text' | 'media',
  ): { id: number; json: Record<string, unknown> } {
    const id = chat.nextMessageId++;
    const json: Record<string, unknown> = { message_id: id, from: this.botUser, chat: this.chatJson(chat), date: this.unixNow() };
    if (thread !== undefined) {
      json.message_thread_id = thread;
      if (chat.type === 'supergroup') json.is_topic_message = true;
    }
    Object.assign(json, extras);
    if (kind === 'text') json.text = fmt.plain;
    else if (fmt.plain !== '') json.caption = fmt.plain;
    if (fmt.entities.length > 0) json[kind === 'text' ? 'entities' : 'caption_entities'] = fmt.entities;
    if (markup?.inline_keyboard) json.reply_markup = { inline_keyboard: markup.inline_keyboard };
    const stored: StoredMessage = { json, fromBot: true, raw: fmt.raw, plain: fmt.plain, entities: fmt.entities, kind };
    if (fmt.parseMode !== undefined) stored.parseMode = fmt.parseMode;
    if (markup?.inline_keyboard) stored.markup = { inline_keyboard: markup.inline_keyboard };
    chat.messages.set(id, stored);
    return { id, json };
  }

  private logSent(
    method: string,
    chatId: number | string,
    messageId: number,
    stored: { raw: string; plain: string; entities: FakeMessageEntity[]; parseMode?: string },
    markup: FakeReplyMarkup | undefined,
    thread: number | undefined,
    file?: FakeUploadedFile | string,
  ): void {
    const s: SentMessage = { method, chat_id: chatId, message_id: messageId, text: stored.raw, plain: stored.plain };
    if (stored.entities.length > 0) s.entities = stored.entities;
    if (stored.parseMode !== undefined) s.parse_mode = stored.parseMode;
    if (markup !== undefined) s.reply_markup = markup;
    if (thread !== undefined) s.message_thread_id = thread;
    if (file !== undefined) s.file = file;
    this.sentLog.push(s);
  }

  private checkReplyTarget(chat: ChatState, p: Params): void {
    const rp = jsonish(p.reply_parameters);
    let target: number | undefined;
    let allowWithout = p.allow_sending_without_reply === true || p.allow_sending_without_reply === 'true';
    if (isRecord(rp)) {
      target = asInt(rp.message_id);
      if (rp.allow_sending_without_reply === true) allowWithout = true;
      if (rp.chat_id !== undefined && chatKey(rp.chat_id as number | string) !== chatKey(chat.id)) return; // cross-chat reply: not tracked
    } else {
      target = asInt(p.reply_to_message_id);
    }
    if (target !== undefined && !allowWithout && !chat.messages.has(target)) {
      throw badRequest('message to be replied not found');
    }
  }

  private commandsKey(scope: unknown, languageCode: unknown): string {
    const s = isRecord(scope) ? scope : { type: 'default' };
    const sorted = Object.fromEntries(
      Object.entries(s)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([k, v]) => [k, k === 'chat_id' || k === 'user_id' ? String(v) : v]),
    );
    return `${JSON.stringify(sorted)}|${typeof languageCode === 'string' ? languageCode : ''}`;
  }

  private commandScope(p: Params): { scope: Record<string, unknown>; lang: string } {
    const scope = jsonish(p.scope);
    if (scope !== undefined && !isRecord(scope)) throw badRequest("can't parse BotCommandScope JSON object");
    const s = scope ?? { type: 'default' };
    const allowed = ['default', 'all_private_chats', 'all_group_chats', 'all_chat_administrators', 'chat', 'chat_administrators', 'chat_member'];
    if (typeof s.type !== 'string' || !allowed.includes(s.type)) throw badRequest('unsupported bot command scope type');
    if (['chat', 'chat_administrators', 'chat_member'].includes(s.type) && s.chat_id === undefined) throw badRequest('chat_id is empty');
    const lang = p.language_code === undefined ? '' : String(p.language_code);
    if (lang !== '' && !/^[a-z]{2}$/.test(lang)) throw badRequest('invalid language code specified');
    return { scope: s, lang };
  }

  // ----- method handlers ------------------------------------------------------------------

  private buildHandlers(): Map<string, (p: Params, method: string, files: Map<string, FakeUploadedFile>) => unknown> {
    const h = new Map<string, (p: Params, method: string, files: Map<string, FakeUploadedFile>) => unknown>();
    const on = (name: string, fn: (p: Params, method: string, files: Map<string, FakeUploadedFile>) => unknown): void => {
      h.set(name.toLowerCase(), fn);
    };

    on('getMe', () => ({
      ...this.botUser,
      can_join_groups: true,
      can_read_all_group_messages: false,
      supports_inline_queries: false,
      can_connect_to_business: false,
      has_main_web_app: false,
    }));

    on('setWebhook', (p) => {
      const url = typeof p.url === 'string' ? p.url.trim() : '';
      if (url === '') {
        const had = this.webhookInfo !== undefined;
        this.webhookInfo = undefined;
        return new Described(true, had ? 'Webhook was deleted' : 'Webhook is already deleted');
      }
      if (!url.toLowerCase().startsWith('https://')) throw badRequest('bad webhook: An HTTPS URL must be provided for webhook');
      const secret = p.secret_token;
      if (secret !== undefined && (typeof secret !== 'string' || !/^[A-Za-z0-9_-]{1,256}$/.test(secret))) {
        throw badRequest('secret token contains unallowed characters');
      }
      if (p.drop_pending_updates === true || p.drop_pending_updates === 'true') this.queue.length = 0;
      if (this.poll) this.answerPoll(this.poll, errorBody(409, 'Conflict: terminated by setWebhook request'));
      const info: { url: string; secret_token?: string; max_connections?: number; allowed_updates?: string[] } = { url };
      if (typeof secret === 'string') info.secret_token = secret;
      const maxc = asInt(p.max_connections);
      if (maxc !== undefined) info.max_connections = maxc;
      const allowed = jsonish(p.allowed_updates);
      if (Array.isArray(allowed)) {
        info.allowed_updates = allowed.filter((x): x is string => typeof x === 'string');
        this.allowedUpdates = info.allowed_updates.length === 0 ? undefined : new Set(info.allowed_updates);
      }
      this.webhookInfo = info;
      return new Described(true, 'Webhook was set');
    });

    on('deleteWebhook', (p) => {
      const had = this.webhookInfo !== undefined;
      this.webhookInfo = undefined;
      if (p.drop_pending_updates === true || p.drop_pending_updates === 'true') this.queue.length = 0;
      return new Described(true, had ? 'Webhook was deleted' : 'Webhook is already deleted');
    });

    on('getWebhookInfo', () => {
      const info: Record<string, unknown> = {
        url: this.webhookInfo?.url ?? '',
        has_custom_certificate: false,
        pending_update_count: this.queue.length,
      };
      if (this.webhookInfo) {
        info.max_connections = this.webhookInfo.max_connections ?? 40;
        info.ip_address = '127.0.0.1';
        if (this.webhookInfo.allowed_updates) info.allowed_updates = this.webhookInfo.allowed_updates;
        if (this.webhookInfo.last_error_message !== undefined) {
          info.last_error_date = this.webhookInfo.last_error_date;
          info.last_error_message = this.webhookInfo.last_error_message;
        }
      }
      return info;
    });

    on('sendMessage', (p, method) => {
      const chatId = this.requireChatId(p);
      const thread = this.checkThread(p);
      const fmt = this.formatText(p.text, p.parse_mode, p.entities, 'text');
      const markup = this.validateReplyMarkup(p.reply_markup);
      this.gate(chatId);
      const chat = this.chatFor(chatId);
      this.checkReplyTarget(chat, p);
      this.rateLimit(chatId);
      const { id, json } = this.storeBotMessage(chat, {}, fmt, markup, thread, 'text');
      this.logSent(method, chatId, id, fmt, markup, thread);
      return json;
    });

    const sendMedia = (field: 'photo' | 'document' | 'voice' | 'audio' | 'video') => (p: Params, method: string) => {
      const chatId = this.requireChatId(p);
      const thread = this.checkThread(p);
      const file = p[field];
      if (file === undefined || file === '' || file === null) throw badRequest(`there is no ${field} in the request`);
      const fmt = this.formatText(p.caption, p.parse_mode, p.caption_entities, 'caption');
      const markup = this.validateReplyMarkup(p.reply_markup);
      this.gate(chatId);
      const chat = this.chatFor(chatId);
      this.checkReplyTarget(chat, p);
      this.rateLimit(chatId);
      this.fileCounter++;
      const uploaded = isRecord(file) && typeof file.size === 'number' ? (file as unknown as FakeUploadedFile) : undefined;
      const fileRef: FakeUploadedFile | string = uploaded ?? String(file);
      const fileId = uploaded || /^https?:\/\//i.test(String(file)) ? `FAKE-${field.toUpperCase()}-${this.fileCounter}` : String(file);
      const size = uploaded?.size ?? 1024;
      const extras: Record<string, unknown> =
        field === 'photo'
          ? {
              photo: [
                { file_id: `${fileId}-s`, file_unique_id: `u${this.fileCounter}s`, width: 90, height: 90, file_size: Math.min(size, 2048) },
                { file_id: fileId, file_unique_id: `u${this.fileCounter}`, width: 800, height: 800, file_size: size },
              ],
            }
          : {
              [field]: {
                file_id: fileId,
                file_unique_id: `u${this.fileCounter}`,
                ...(field === 'document' || field === 'audio' ? { file_name: uploaded?.filename ?? field } : {}),
                mime_type: uploaded?.contentType ?? 'application/octet-stream',
                file_size: size,
              },
            };
      if (uploaded?.bytes) this.files.set(fileId, { bytes: uploaded.bytes, mimeType: uploaded.contentType });
      const { id, json } = this.storeBotMessage(chat, extras, fmt, markup, thread, 'media');
      this.logSent(method, chatId, id, fmt, markup, thread, fileRef);
      return json;
    };
    on('sendPhoto', sendMedia('photo'));
    on('sendDocument', sendMedia('document'));
    on('sendVoice', sendMedia('voice'));
    on('sendAudio', sendMedia('audio'));
    on('sendVideo', sendMedia('video'));

    on('getFile', (p) => {
      const fileId = String(p.file_id ?? '');
      const file = this.files.get(fileId);
      if (!file) throw badRequest('invalid file_id');
      if (file.bytes.length > GET_FILE_LIMIT) throw badRequest('file is too big');
      return { file_id: fileId, file_unique_id: `u-${fileId}`, file_size: file.bytes.length, file_path: `files/${encodeURIComponent(fileId)}` };
    });

    on('setMessageReaction', (p) => {
      const chatId = this.requireChatId(p);
      const messageId = Number(p.message_id);
      const list = Array.isArray(p.reaction) ? p.reaction : typeof p.reaction === 'string' ? (JSON.parse(p.reaction) as unknown[]) : [];
      const emoji = list.map((r) => (isRecord(r) ? String(r.emoji ?? '') : '')).filter(Boolean);
      this.reactions.push({ chatId, messageId, emoji });
      return true;
    });

    on('editMessageText', (p, method) => {
      const fmt = this.formatText(p.text, p.parse_mode, p.entities, 'text');
      const markup = this.validateReplyMarkup(p.reply_markup);
      const target = this.editTarget(p);
      if (target === 'inline') return true;
      const { chatId, messageId, stored } = target;
      if (stored.kind !== 'text') throw badRequest('there is no text in the message to edit');
      this.rateLimit(chatId);
      const newInline = markup?.inline_keyboard ? { inline_keyboard: markup.inline_keyboard } : undefined;
      if (
        stored.plain === fmt.plain &&
        JSON.stringify(stored.entities) === JSON.stringify(fmt.entities) &&
        JSON.stringify(stored.markup ?? null) === JSON.stringify(newInline ?? null)
      ) {
        throw badRequest(
          'message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message',
        );
      }
      stored.raw = fmt.raw;
      stored.plain = fmt.plain;
      stored.entities = fmt.entities;
      if (fmt.parseMode !== undefined) stored.parseMode = fmt.parseMode;
      else delete stored.parseMode;
      if (newInline) stored.markup = newInline;
      else delete stored.markup;
      const json: Record<string, unknown> = { ...stored.json, text: fmt.plain, edit_date: this.unixNow() };
      delete json.entities;
      delete json.reply_markup;
      if (fmt.entities.length > 0) json.entities = fmt.entities;
      if (newInline) json.reply_markup = newInline;
      stored.json = json;
      this.logSent(method, chatId, messageId, fmt, markup, asInt(json.message_thread_id));
      return json;
    });

    on('editMessageReplyMarkup', (p, method) => {
      const markup = this.validateReplyMarkup(p.reply_markup);
      const target = this.editTarget(p);
      if (target === 'inline') return true;
      const { chatId, messageId, stored } = target;
      this.rateLimit(chatId);
      const newInline = markup?.inline_keyboard ? { inline_keyboard: markup.inline_keyboard } : undefined;
      if (JSON.stringify(stored.markup ?? null) === JSON.stringify(newInline ?? null)) {
        throw badRequest(
          'message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message',
        );
      }
      if (newInline) stored.markup = newInline;
      else delete stored.markup;
      const json: Record<string, unknown> = { ...stored.json, edit_date: this.unixNow() };
      delete json.reply_markup;
      if (newInline) json.reply_markup = newInline;
      stored.json = json;
      const record = { raw: stored.raw, plain: stored.plain, entities: stored.entities } as {
        raw: string;
        plain: string;
        entities: FakeMessageEntity[];
        parseMode?: string;
      };
      if (stored.parseMode !== undefined) record.parseMode = stored.parseMode;
      this.logSent(method, chatId, messageId, record, markup, asInt(json.message_thread_id));
      return json;
    });

    on('deleteMessage', (p) => {
      const chatId = this.requireChatId(p);
      const messageId = this.requireMessageId(p);
      this.gate(chatId);
      const chat = this.chatFor(chatId);
      if (!chat.messages.delete(messageId)) throw badRequest('message to delete not found');
      return true;
    });

    on('answerCallbackQuery', (p) => {
      const id = p.callback_query_id === undefined ? '' : String(p.callback_query_id);
      if (!this.issuedCallbacks.has(id) || this.answeredCallbacks.has(id)) {
        throw badRequest('query is too old and response timeout expired or query ID is invalid');
      }
      if (typeof p.text === 'string' && p.text.length > 200) throw badRequest('MESSAGE_TOO_LONG');
      this.answeredCallbacks.add(id);
      return true;
    });

    on('setMyCommands', (p) => {
      const commands = jsonish(p.commands);
      if (!Array.isArray(commands)) throw badRequest('field "commands" must be an Array');
      if (commands.length > MAX_COMMANDS) throw badRequest('BOT_COMMANDS_TOO_MUCH');
      const { scope, lang } = this.commandScope(p);
      const clean: Array<{ command: string; description: string }> = [];
      for (const c of commands) {
        if (!isRecord(c)) throw badRequest("can't parse BotCommand: BotCommand must be an Object");
        if (typeof c.command !== 'string') throw badRequest(`can't parse BotCommand: Field "command" must be of type String`);
        if (typeof c.description !== 'string') throw badRequest(`can't parse BotCommand: Field "description" must be of type String`);
        let command = c.command.trim();
        if (command.startsWith('/')) command = command.slice(1);
        if (command === '') throw badRequest('command must be non-empty');
        if ([...command].length > 32) throw badRequest('command length must not exceed 32');
        if (!/^[a-z0-9_]{1,32}$/.test(command)) throw badRequest('BOT_COMMAND_INVALID');
        const description = c.description.trim();
        if (description === '') throw badRequest('command description must be non-empty');
        if ([...description].length > 256) throw badRequest('command description length must not exceed 256');
        clean.push({ command, description });
      }
      const key = this.commandsKey(scope, lang);
      if (clean.length === 0) this.commands.delete(key);
      else this.commands.set(key, clean);
      return true;
    });

    on('getMyCommands', (p) => {
      const { scope, lang } = this.commandScope(p);
      return this.commands.get(this.commandsKey(scope, lang)) ?? [];
    });

    on('deleteMyCommands', (p) => {
      const { scope, lang } = this.commandScope(p);
      this.commands.delete(this.commandsKey(scope, lang));
      return true;
    });

    on('getChat', (p) => {
      const chatId = this.requireChatId(p);
      const chat = this.chatFor(chatId);
      if (chat.migratedTo !== undefined) this.gate(chatId);
      return { ...this.chatJson(chat), accent_color_id: 0, max_reaction_count: 11, accepted_gift_types: {
        unlimited_gifts: false,
        limited_gifts: false,
        unique_gifts: false,
        premium_subscription: false,
      } };
    });

    on('leaveChat', (p) => {
      const chatId = this.requireChatId(p);
      this.gate(chatId);
      const chat = this.chatFor(chatId);
      if (chat.type === 'private') throw badRequest("chat member status can't be changed in private chats");
      chat.botStatus = 'left';
      return true;
    });

    on('getChatMember', (p) => {
      const chatId = this.requireChatId(p);
      const userId = asInt(p.user_id);
      if (userId === undefined || userId <= 0) throw badRequest('invalid user_id specified');
      const chat = this.chatFor(chatId);
      if (chat.migratedTo !== undefined) this.gate(chatId);
      if (userId === BOT_ID) return this.memberJson(this.botUser, chat.botStatus ?? 'member');
      const known = this.users.get(userId);
      const user = known ? this.userJson(known) : { id: userId, is_bot: false, first_name: 'User' };
      return this.memberJson(user, 'member');
    });

    on('setChatMenuButton', (p) => {
      const button = jsonish(p.menu_button);
      if (button !== undefined) {
        if (!isRecord(button) || !['commands', 'web_app', 'default'].includes(String(button.type))) {
          throw badRequest('unsupported menu button type');
        }
        if (button.type === 'web_app' && (typeof button.text !== 'string' || !isRecord(button.web_app))) {
          throw badRequest("can't parse menu button: Field \"web_app\" must be of type Object");
        }
      }
      if (p.chat_id !== undefined) {
        const chatId = this.requireChatId(p);
        const chat = this.chatFor(chatId);
        if (chat.type !== 'private') throw badRequest('chat not found');
        chat.menuButton = button ?? { type: 'default' };
      } else {
        this.defaultMenuButton = button ?? { type: 'commands' };
      }
      return true;
    });

    on('getChatMenuButton', (p) => {
      if (p.chat_id !== undefined) {
        const chat = this.chatFor(this.requireChatId(p));
        const own = chat.menuButton;
        if (own !== undefined && !(isRecord(own) && own.type === 'default')) return own;
      }
      return this.defaultMenuButton;
    });

    on('sendChatAction', (p) => {
      const chatId = this.requireChatId(p);
      const action = typeof p.action === 'string' ? p.action : '';
      if (!CHAT_ACTIONS.has(action)) throw badRequest('wrong parameter action in request');
      this.checkThread(p);
      this.gate(chatId);
      return true;
    });

    return h;
  }

  private defaultMenuButton: unknown = { type: 'commands' };
}

/**
 * Start a fake Telegram Bot API on 127.0.0.1 with a random port.
 * Use with grammY: `new Bot(fake.token, { client: { apiRoot: fake.apiRoot } })`.
 * Stop any bot/runner polling it before calling `close()` (otherwise grammY keeps retrying against a closed port).
 */
export async function startFakeTelegram(opts: FakeTelegramOptions = {}): Promise<FakeTelegram> {
  const fake = new FakeTelegramServer(opts);
  await fake.listen();
  return fake;
}
