// The playground's JSON API: validated (zod) requests from an untrusted page, turned into persona actions.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { z } from 'zod';
import { MAX_INBOUND_CHARS } from '../core/router.js';
import { readBody, sendJson, type RouteHandler } from '../http/server.js';
import { LOCALES } from '../i18n/i18n.js';
import { PlaygroundError, type Playground } from './playground.js';
import { MAX_ADVANCE_MS, parseDuration } from './time.js';

/** Largest request body the API reads. */
export const MAX_BODY_BYTES = 64 * 1024;

const id = z.string().min(1).max(64);
const sayBody = z
  .object({ persona: id, chat: id, text: z.string().optional(), media: z.enum(['voice', 'image', 'location']).optional(), replyTo: z.number().int().positive().optional() })
  .strict()
  .refine((body) => (body.text === undefined) !== (body.media === undefined), { message: 'send either "text" or "media"' });
const pressBody = z.object({ persona: id, chat: id, choiceId: id, token: z.string().max(64).optional() }).strict();
const localeBody = z.object({ persona: id, locale: z.enum(LOCALES) }).strict();
const clockBody = z.object({ advance: z.union([z.string().max(32), z.number().int().positive().max(MAX_ADVANCE_MS)]) }).strict();
const demoBody = z.object({ action: z.enum(['reset', 'remove']) }).strict();

export interface ApiRoute {
  method: 'GET' | 'POST';
  path: string;
  handler: RouteHandler;
}

/** The API routes (mounted under /playground/api/ by routes.ts, behind its token and origin checks). */
export function apiRoutes(playground: Playground, texts: (lang: string) => unknown): ApiRoute[] {
  return [
    { method: 'GET', path: '/playground/api/state', handler: (_request, response) => sendJson(response, 200, playground.state()) },
    { method: 'GET', path: '/playground/api/texts', handler: (_request, response, url) => sendJson(response, 200, texts(url.searchParams.get('lang') ?? 'en')) },
    {
      method: 'POST',
      path: '/playground/api/say',
      handler: json(sayBody, async (body, response) => {
        if (body.text !== undefined && [...body.text].length > MAX_INBOUND_CHARS) throw new PlaygroundError(413, `A message may have at most ${MAX_INBOUND_CHARS} characters.`);
        const messages = await playground.say(body.persona, body.chat, body.text !== undefined ? { text: body.text, replyTo: body.replyTo } : { media: body.media! });
        sendJson(response, 200, { ok: true, messages });
      }),
    },
    {
      method: 'POST',
      path: '/playground/api/press',
      handler: json(pressBody, async (body, response) => {
        const messages = await playground.press(body.persona, body.chat, body.choiceId, body.token);
        sendJson(response, 200, { ok: true, messages });
      }),
    },
    {
      method: 'POST',
      path: '/playground/api/locale',
      handler: json(localeBody, async (body, response) => sendJson(response, 200, { ok: true, persona: await playground.setLocale(body.persona, body.locale) })),
    },
    {
      method: 'POST',
      path: '/playground/api/clock',
      handler: json(clockBody, async (body, response) => {
        const ms = typeof body.advance === 'number' ? body.advance : parseDuration(body.advance);
        if (ms === undefined || ms <= 0 || ms > MAX_ADVANCE_MS) throw new PlaygroundError(400, 'advance must be a duration such as "PT1H" or "P1D", or milliseconds, up to a year.');
        sendJson(response, 200, { ok: true, ...(await playground.advance(ms)) });
      }),
    },
    {
      method: 'POST',
      path: '/playground/api/demo',
      handler: json(demoBody, async (body, response) => {
        await playground.demo(body.action);
        sendJson(response, 200, { ok: true, demo: playground.state().demo });
      }),
    },
  ];
}

/** Reads and validates a JSON body, then runs `run`; bad input → 4xx with `{ error }`. */
function json<T>(schema: z.ZodType<T>, run: (body: T, response: ServerResponse) => Promise<void>): RouteHandler {
  return async (request: IncomingMessage, response: ServerResponse) => {
    try {
      const type = (request.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
      if (type !== 'application/json') throw new PlaygroundError(415, 'Send JSON with Content-Type: application/json.');
      const raw = await readBody(request, MAX_BODY_BYTES);
      let data: unknown;
      try {
        data = JSON.parse(raw.toString('utf8'));
      } catch {
        throw new PlaygroundError(400, 'The body is not valid JSON.');
      }
      const parsed = schema.safeParse(data);
      if (!parsed.success) throw new PlaygroundError(400, parsed.error.issues.map((issue) => `${issue.path.join('.') || 'body'}: ${issue.message}`).join('; '));
      await run(parsed.data, response);
    } catch (error) {
      if (!(error instanceof PlaygroundError)) throw error;
      sendJson(response, error.status, { error: error.message });
    }
  };
}
