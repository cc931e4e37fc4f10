// The practice feature: /practice, /progress, /addword, answer buttons (`pr:`), typed answers, nudges, word of the day.
import type { Command } from '../../core/commands.js';
import type { Feature } from '../../core/feature.js';
import type { Services } from '../../core/services.js';
import type { Turn } from '../../core/turn.js';
import { normalizeWord } from '../../i18n/i18n.js';
import { contextOf, createContext, type PracticeContext } from './context.js';
import { addWordCommand, WOTD_TIME, wordOfTheDayJob } from './group.js';
import { NUDGE_REPLY_MS, planRun, RUN_JOB, runJob } from './nudge.js';
import { practicePrivacy } from './privacy.js';
import { showProgress } from './progress.js';
import { activeSession, answer, ANSWER, questionMessage, startRound, stopRound } from './session.js';
import { settingsButton } from './settings.js';
import { loadWords } from './source.js';
import { findWord, type WordList } from './words.js';

export interface PracticeOptions {
  /** Loads the word list at start-up from the project folder; a bad deck throws (start-up stops with its message). */
  load: (rootDir: string) => WordList;
}

const MEMBERS = ['newcomer', 'volunteer', 'coordinator'] as Command['roles'];

function say(services: Services, turn: Turn, key: string, vars = {}): string {
  return services.translator.t(turn.locale, `practice.${key}`, vars);
}

/** A round that ended by itself: a friendly offer to start again. */
function restartOffer(services: Services, turn: Turn): void {
  turn.send({ text: say(services, turn, 'expired'), kind: 'reply', choices: [{ id: 'pr:start', label: say(services, turn, 'buttons.start') }] });
}

/**
 * Words that end a round: "stop" and the cancel and STOP keywords of every language. During a round they end the
 * round only (STOP outside a round is the opt-out of broadcasts and nudges).
 */
function isStopWord(services: Services, text: string): boolean {
  const word = normalizeWord(text);
  const { translator } = services;
  return word === 'stop' || translator.wordsInAllLocales('commands.cancel.keywords').has(word) || (translator.has('commands.stop.keywords') && translator.wordsInAllLocales('commands.stop.keywords').has(word));
}

/** Text that cannot be an answer: nothing but emoji, symbols or punctuation. */
function noLetters(text: string): boolean {
  return !/[\p{L}\p{N}]/u.test(text);
}

/** Handles a message while a round runs (typed answer, stop, media, emoji). */
function duringRound(context: PracticeContext, turn: Turn): boolean {
  const { services } = context;
  const member = turn.member;
  if (!member) return false;
  const session = activeSession(context, member.id, turn.now);
  const question = session?.question;
  if (!session || !question) return false;
  const word = findWord(context.list, services.store, question.entryId);
  const again = (key: string) => {
    if (word) turn.send(questionMessage(context, turn, session, question, word, say(services, turn, key)));
    else turn.reply(`practice.${key}`);
    return true;
  };
  if (turn.inbound.unsupported) return again(turn.inbound.unsupported === 'voice' || turn.inbound.unsupported === 'audio' ? 'bad.voice' : 'bad.media');
  const text = turn.inbound.text ?? '';
  if (text.trim() === '') return again('bad.empty');
  if (isStopWord(services, text) && !(word && question.type === 'type' && normalizeWord(word.nl) === normalizeWord(text))) return stopRound(context, turn, member);
  if (noLetters(text)) return again('bad.emoji');
  if ([...text].length > 200) return again('bad.long');
  answer(context, turn, member, { text });
  return true;
}

/** The practice feature on this project's deck (`deck/*.yaml`). */
export function createPracticeFeature(options: PracticeOptions = { load: loadWords }): Feature {
  return {
    name: 'practice',
    commands: ({ services }) => {
      const practice: Command = {
        name: 'practice',
        roles: MEMBERS,
        takesArgs: true,
        run(turn, args) {
          const member = turn.member!;
          const context = contextOf(services);
          const word = normalizeWord(args);
          if (word === 'settings' || word === 'instellingen') return void settingsButton(context, turn, member, 's');
          if (word === 'pause' || word === 'pauze') return void settingsButton(context, turn, member, 'pause');
          if (word === 'resume' || word === 'hervat') return void settingsButton(context, turn, member, 'resume');
          startRound(context, turn, member);
        },
      };
      const progress: Command = {
        name: 'progress',
        roles: MEMBERS,
        run: (turn) => showProgress(contextOf(services), turn, turn.member!),
      };
      return [practice, progress, addWordCommand(services)];
    },
    buttons: {
      pr: (turn, payload, services) => {
        const member = turn.member;
        if (!member) return turn.reply('common.not_allowed');
        const context = contextOf(services);
        if (payload === 'start') return startRound(context, turn, member);
        if (payload.startsWith(`${ANSWER}:`)) {
          const [, token, option] = payload.split(':');
          const session = activeSession(context, member.id, turn.now);
          if (!session?.question) return restartOffer(services, turn);
          const question = session.question;
          if (question.token !== token) {
            // A button under an earlier question: the round goes on with the current one.
            const word = findWord(context.list, services.store, question.entryId);
            if (word) turn.send(questionMessage(context, turn, session, question, word, say(services, turn, 'old_question')));
            return;
          }
          return answer(context, turn, member, { option: option === 'x' ? 'x' : Number(option) });
        }
        if (!settingsButton(context, turn, member, payload)) turn.reply('common.flow.closed_question');
      },
    },
    holds: (turn, services) => turn.inbound.chatType === 'private' && !!turn.member && !!activeSession(contextOf(services), turn.member.id, turn.now),
    onMessage: (turn, services) => {
      if (turn.inbound.chatType !== 'private' || !turn.member) return false;
      const context = contextOf(services);
      if (duringRound(context, turn)) return true;
      // An answer after the round ended by itself (not a command: those were taken before).
      const learner = services.store.get('practiceLearners', turn.member.id);
      // A reply to a nudge (the WhatsApp template says "reply to start"): start the round.
      const nudgedAt = context.agenda.nudged.get(turn.member.id);
      if (nudgedAt !== undefined && turn.now - nudgedAt < NUDGE_REPLY_MS && !turn.inbound.unsupported && !learner?.session) {
        context.agenda.nudged.delete(turn.member.id);
        startRound(context, turn, turn.member);
        return true;
      }
      if (learner?.session?.question && learner.session.expiresAt <= turn.now && !turn.inbound.unsupported) {
        services.store.put('practiceLearners', learner.id, { ...learner, session: undefined });
        restartOffer(services, turn);
        return true;
      }
      return false;
    },
    cancel: (turn, services) => !!turn.member && !!activeSession(contextOf(services), turn.member.id, turn.now) && stopRound(contextOf(services), turn, turn.member),
    privacy: practicePrivacy,
    jobs: {
      [RUN_JOB]: runJob,
      // Once a day, and right after start-up: make sure the next nudge run is planned (e.g. after a long downtime).
      'practice.plan': (_job, { services }) => planRun(contextOf(services)),
      'practice.wotd': wordOfTheDayJob,
    },
    setup: (api) => {
      createContext(api.services, options.load(api.rootDir));
      api.scheduleDaily('practice.wotd', 'practice.wotd', WOTD_TIME);
      api.scheduleDaily('practice.plan', 'practice.plan', '00:05');
      api.services.jobs.at('practice.plan@start', 'practice.plan', api.services.clock.now());
    },
  };
}

export const practiceFeature = createPracticeFeature();
