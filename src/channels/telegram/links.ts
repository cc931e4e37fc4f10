// Telegram deep links: https://t.me/<bot>?start=<code> opens the bot and sends /start <code>.

/** The invite link for volunteers and coordinators on Telegram. */
export function telegramInviteLink(botUsername: string, code: string): string {
  return `https://t.me/${botUsername}?start=${encodeURIComponent(code)}`;
}
