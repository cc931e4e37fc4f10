// The learner's practice settings through buttons: nudge time, new words per day, round length, pause and resume.
import { DateTime } from 'luxon';
import type { Turn } from '../../core/turn.js';
import type { Choice } from '../../core/types.js';
import type { Member } from '../../store/schema.js';
import { quietUntil, DEFAULT_QUIET_HOURS } from '../../delivery/quiet-hours.js';
import type { PracticeContext } from './context.js';
import { learnerOf, NEW_PER_DAY_CHOICES, SESSION_LENGTH_CHOICES, TIME_CHOICES } from './learners.js';
import { planLearner } from './nudge.js';

/** Button payloads after `pr:`: `s` menu, `s:time` / `s:new` / `s:len` sub-menus, `t:1800`, `n:5`, `l:10`, `pause`, `resume`. */
export function settingsButton(context: PracticeContext, turn: Turn, member: Member, payload: string): boolean {
  const { store } = context.services;
  const t = (key: string, vars = {}) => context.services.translator.t(turn.locale, `practice.${key}`, vars);
  const learner = learnerOf(store, member, turn.now);
  const save = (confirm: string, vars = {}) => {
    store.put('practiceLearners', learner.id, learner);
    planLearner(context, member, learner);
    turn.send({ text: t(confirm, vars), kind: 'reply', choices: [{ id: 'pr:start', label: t('buttons.start') }, { id: 'pr:s', label: t('buttons.settings') }] });
  };
  const [what, value = ''] = payload.split(':');
  switch (what) {
    case 's': {
      if (value === 'time') return menu(turn, t('settings.ask_time'), TIME_CHOICES.filter((time) => !inQuietHours(member, time)).map((time) => ({ id: `pr:t:${time.replace(':', '')}`, label: time })));
      if (value === 'new') return menu(turn, t('settings.ask_new'), NEW_PER_DAY_CHOICES.map((n) => ({ id: `pr:n:${n}`, label: String(n) })));
      if (value === 'len') return menu(turn, t('settings.ask_length'), SESSION_LENGTH_CHOICES.map((n) => ({ id: `pr:l:${n}`, label: String(n) })));
      const { settings } = learner;
      const text = [t('settings.title'), t('settings.summary', { time: settings.time, n: settings.newPerDay, length: settings.sessionLength }), settings.paused ? t('settings.paused') : ''].filter(Boolean).join('\n');
      return menu(turn, text, [
        { id: 'pr:s:time', label: t('buttons.time') },
        { id: 'pr:s:new', label: t('buttons.new_words') },
        { id: 'pr:s:len', label: t('buttons.length') },
        settings.paused ? { id: 'pr:resume', label: t('buttons.resume') } : { id: 'pr:pause', label: t('buttons.pause') },
      ]);
    }
    case 't': {
      const time = `${value.slice(0, 2)}:${value.slice(2, 4)}`;
      if (!(TIME_CHOICES as readonly string[]).includes(time)) return false;
      learner.settings.time = time;
      learner.settings.paused = false;
      save('settings.time_set', { time });
      return true;
    }
    case 'n': {
      const n = Number(value);
      if (!(NEW_PER_DAY_CHOICES as readonly number[]).includes(n)) return false;
      learner.settings.newPerDay = n;
      save('settings.new_set', { n });
      return true;
    }
    case 'l': {
      const n = Number(value);
      if (!(SESSION_LENGTH_CHOICES as readonly number[]).includes(n)) return false;
      learner.settings.sessionLength = n;
      save('settings.length_set', { n });
      return true;
    }
    case 'pause':
      learner.settings.paused = true;
      save('settings.paused_now');
      return true;
    case 'resume':
      learner.settings.paused = false;
      save('settings.resumed', { time: learner.settings.time });
      return true;
    default:
      return false;
  }
}

function menu(turn: Turn, text: string, choices: Choice[]): boolean {
  turn.send({ text, kind: 'reply', choices });
  return true;
}

/** A nudge time inside the member's quiet hours is not offered (it would only arrive the next morning). */
function inQuietHours(member: Member, hhmm: string): boolean {
  const [hour = 0, minute = 0] = hhmm.split(':').map(Number);
  // Quiet hours are a daily window: any ordinary day shows whether this local time falls in it.
  const probe = DateTime.fromObject({ year: 2026, month: 1, day: 15, hour, minute }, { zone: member.timeZone }).toMillis();
  return quietUntil(probe, member.timeZone, member.quietHours ?? DEFAULT_QUIET_HOURS) !== undefined;
}
