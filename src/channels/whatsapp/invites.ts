// Invites for newcomers on WhatsApp: a wa.me click-to-chat link with "JOIN <code>" prefilled, and a printable QR code of it.
import type { IncomingMessage, ServerResponse } from 'node:http';
import QRCode from 'qrcode';
import type { Services } from '../../core/services.js';
import { sendJson, type HttpServer } from '../../http/server.js';

/** Path prefix of the QR route: GET /invites/<code>/whatsapp-qr.png */
export const INVITE_PREFIX = '/invites/';
const QR_SUFFIX = '/whatsapp-qr.png';

/** `K7M2QX9P…` → `K7M2-QX9P-…`, easier to read in the prefilled message. */
function formatCode(code: string): string {
  return code.match(/.{1,4}/g)?.join('-') ?? code;
}

/** https://wa.me/<number>?text=JOIN%20<code>: opens a chat with the bot, the join message ready to send. */
export function waMeLink(phoneNumber: string, code: string): string {
  return `https://wa.me/${phoneNumber}?text=${encodeURIComponent(`JOIN ${formatCode(code)}`)}`;
}

/** Where the QR code of an invite can be downloaded, when the server's public address is known. */
export function qrUrl(publicUrl: string, code: string): string {
  return `${publicUrl}${INVITE_PREFIX}${encodeURIComponent(code)}${QR_SUFFIX}`;
}

/** Registers the WhatsApp invite link maker (used in the coordinator's invite messages) and the QR route. */
export function registerInvites(services: Services, http: HttpServer, phoneNumber: string | undefined): void {
  services.links.register('whatsapp', (code) => {
    if (!phoneNumber) return undefined;
    const link = waMeLink(phoneNumber, code);
    const { publicUrl } = services.config;
    return publicUrl ? `${link} — QR: ${qrUrl(publicUrl, code)}` : link;
  });
  http.routePrefix('GET', INVITE_PREFIX, (request, response, url) => serveQr(services, phoneNumber, request, response, url));
}

async function serveQr(services: Services, phoneNumber: string | undefined, request: IncomingMessage, response: ServerResponse, url: URL): Promise<void> {
  const rest = url.pathname.slice(INVITE_PREFIX.length);
  if (!rest.endsWith(QR_SUFFIX) || !phoneNumber) return sendJson(response, 404, { error: 'not found' });
  let typed: string;
  try {
    typed = decodeURIComponent(rest.slice(0, -QR_SUFFIX.length));
  } catch {
    return sendJson(response, 404, { error: 'not found' });
  }
  const code = typed.toUpperCase().replace(/[\s-]/g, '');
  const invite = /^[0-9A-Z]{8,32}$/.test(code) ? services.store.get('invites', code) : undefined;
  if (!invite || invite.expiresAt <= services.clock.now() || invite.usesLeft <= 0) return sendJson(response, 404, { error: 'unknown or expired invite' });
  const png = await QRCode.toBuffer(waMeLink(phoneNumber, invite.code), { type: 'png', errorCorrectionLevel: 'M', margin: 2, width: 600 });
  response.writeHead(200, {
    'content-type': 'image/png',
    'content-length': png.length,
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    'content-disposition': `inline; filename="welkom-invite-${invite.code.slice(0, 4)}.png"`,
  });
  response.end(request.method === 'HEAD' ? undefined : png);
}
