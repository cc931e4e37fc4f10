// A typed "1" or "2" after a plan reminder (a WhatsApp template shows its buttons as numbers): done or help needed.
import type { MessageHandler } from '../../core/feature.js';
import { chatKey } from '../../core/types.js';
import { asciiDigits } from '../../flows/answers.js';
import { planButton } from './buttons.js';
import { DAY } from './plan.js';

/** A reminder can be answered by number this long. */
const PROMPT_DAYS = 7;

/** Takes "1" / "2" in the chat the last reminder went to, unless a newer meetup question is waiting for a number. */
export const typedAnswer: MessageHandler = (turn, services) => {
  const member = turn.member;
  if (!member || turn.inbound.chatType !== 'private') return false;
  const typed = asciiDigits(turn.inbound.text ?? '').trim().replace(/[.)]$/, '');
  if (typed !== '1' && typed !== '2') return false;
  const prompt = services.store.get('planPrompts', member.id);
  if (!prompt || prompt.chatKey !== chatKey(turn.address) || turn.now - prompt.at > PROMPT_DAYS * DAY) return false;
  const meetup = services.store.get('meetupPrompts', member.id);
  if (meetup && meetup.at > prompt.at) return false;
  services.store.delete('planPrompts', member.id);
  planButton(turn, `${typed === '1' ? 'd' : 'h'}:${prompt.commitmentId}`, services);
  return true;
};
