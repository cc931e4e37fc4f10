// Runs flows: starts them, asks questions, checks answers, saves them, branches, calls actions and ends.
import { randomBytes } from 'node:crypto';
import type { Services } from '../core/services.js';
import type { Turn } from '../core/turn.js';
import type { Choice, Role } from '../core/types.js';
import type { Conversation } from '../store/schema.js';
import { answerKind, parseTyped } from './answers.js';
import type { AskStep, Flow, When } from './schema.js';

/** Context given to a TypeScript flow action. Actions are synchronous and change the store directly. */
export interface ActionContext {
  turn: Turn;
  /** The conversation's saved answers; actions may add values for later texts. */
  vars: Record<string, unknown>;
  services: Services;
  flow: Flow;
}

/** A named action a flow can call. Its return value picks a `branch` (or continues when none matches). */
export type FlowAction = (context: ActionContext) => string | void;

/** A named list of choices computed at run time (`choices: $locales`). */
export type ChoiceSource = (turn: Turn, services: Services) => Choice[];

const MAX_TRIES = 3;
const MAX_STEPS_PER_TURN = 200;
export const DONE_CHOICE = '_done';

/** `channel:chatId:userId`: one person in one chat. */
export function conversationKey(turn: Turn): string {
  return `${turn.inbound.channel}:${turn.inbound.chatId}:${turn.inbound.userId}`;
}

export class FlowEngine {
  constructor(
    readonly flows: Map<string, Flow>,
    private readonly actions: Map<string, FlowAction>,
    private readonly choiceSources: Map<string, ChoiceSource>,
    private readonly services: Services,
  ) {}

  /** The flow a command starts, if any. */
  flowForCommand(command: string): Flow | undefined {
    for (const flow of this.flows.values()) if (flow.trigger.command === command) return flow;
    return undefined;
  }

  /** The running conversation of this sender in this chat; an expired one is removed (and the sender told). */
  active(turn: Turn): Conversation | undefined {
    const key = conversationKey(turn);
    const conversation = this.services.store.get('conversations', key);
    if (!conversation) return undefined;
    if (conversation.expiresAt <= turn.now || !this.flows.has(conversation.flowId)) {
      this.applyLocale(turn, conversation);
      this.services.store.delete('conversations', key);
      turn.reply('common.flow.expired');
      return undefined;
    }
    return conversation;
  }

  /** Starts a flow for this sender (replacing any running one). `vars` seeds the conversation, e.g. `{ invite: code }`. */
  start(turn: Turn, flow: Flow, vars: Record<string, unknown> = {}): void {
    const timeoutHours = flow.timeoutHours ?? this.services.config.flowTimeoutHours;
    const conversation: Conversation = {
      key: conversationKey(turn),
      flowId: flow.id,
      stepIndex: 0,
      askToken: '',
      tries: 0,
      vars: { ...vars },
      address: turn.address,
      channel: turn.inbound.channel,
      userId: turn.inbound.userId,
      startedAt: turn.now,
      expiresAt: turn.now + timeoutHours * 3_600_000,
    };
    this.run(turn, flow, conversation);
  }

  /** Leaves the running flow. Returns false when there was none. */
  cancel(turn: Turn): boolean {
    const key = conversationKey(turn);
    const conversation = this.services.store.get('conversations', key);
    if (!conversation) return false;
    this.applyLocale(turn, conversation);
    this.services.store.delete('conversations', key);
    return true;
  }

  /** Handles a message or button press as the answer to the current question. */
  answer(turn: Turn, conversation: Conversation): void {
    const flow = this.flows.get(conversation.flowId)!;
    const step = flow.steps[conversation.stepIndex];
    if (!step || !('ask' in step)) {
      this.run(turn, flow, conversation);
      return;
    }
    this.applyLocale(turn, conversation);
    const choices = this.choicesFor(turn, flow, step);
    const pressed = turn.inbound.choice;
    if (pressed && pressed.token !== undefined && pressed.token !== conversation.askToken) {
      turn.reply('common.flow.closed_question');
      return;
    }

    if (step.multiple) {
      const selection = Array.isArray(conversation.vars._selection) ? (conversation.vars._selection as string[]) : [];
      if (pressed) {
        if (pressed.id === DONE_CHOICE) {
          if (selection.length === 0) return this.invalid(turn, flow, conversation, step, 'common.hint.multiple_none');
          return this.accept(turn, flow, conversation, step, selection, undefined);
        }
        if (!choices?.some((c) => c.id === pressed.id)) return this.invalid(turn, flow, conversation, step, 'common.hint.choice');
        const next = selection.includes(pressed.id) ? selection.filter((id) => id !== pressed.id) : [...selection, pressed.id];
        conversation.vars._selection = next;
        conversation.expiresAt = this.expiry(flow, turn.now);
        this.services.store.put('conversations', conversation.key, conversation);
        const labels = next.map((id) => choices.find((c) => c.id === id)?.label ?? id);
        turn.reply(next.length > 0 ? 'common.flow.selected' : 'common.flow.none_selected', { choices: labels });
        return;
      }
    }

    let value: string | number | string[];
    let choiceId: string | undefined;
    if (pressed) {
      if (!choices?.some((c) => c.id === pressed.id) || pressed.id === DONE_CHOICE) return this.invalid(turn, flow, conversation, step, 'common.hint.choice');
      value = pressed.id;
      choiceId = pressed.id;
    } else {
      const offered = step.multiple && choices ? [...choices, this.doneChoice(turn)] : choices;
      const parsed = parseTyped(step, offered, turn.inbound.text ?? '', {
        translator: this.services.translator,
        now: turn.now,
        timeZone: turn.member?.timeZone ?? this.services.config.timeZone,
      });
      if (!parsed.ok) return this.invalid(turn, flow, conversation, step, parsed.hint, parsed.vars);
      value = parsed.value;
      choiceId = parsed.choiceId;
      if (step.multiple && Array.isArray(value)) {
        // Typed picks add to what was pressed before; typing "Done" (or its number) finishes with the selection.
        const selection = Array.isArray(conversation.vars._selection) ? (conversation.vars._selection as string[]) : [];
        const picked = [...new Set([...selection, ...value.filter((id) => id !== DONE_CHOICE)])];
        if (picked.length === 0) return this.invalid(turn, flow, conversation, step, 'common.hint.multiple_none');
        value = picked;
      }
    }
    this.accept(turn, flow, conversation, step, value, choiceId);
  }

  private accept(turn: Turn, flow: Flow, conversation: Conversation, step: AskStep, value: string | number | string[], choiceId: string | undefined): void {
    delete conversation.vars._selection;
    if (step.save) conversation.vars[step.save] = value;
    conversation.tries = 0;
    const target = choiceId && step.branch?.[choiceId];
    conversation.stepIndex = target ? flow.stepIds.indexOf(target) : conversation.stepIndex + 1;
    this.run(turn, flow, conversation);
  }

  private invalid(turn: Turn, flow: Flow, conversation: Conversation, step: AskStep, hint: string, vars: Record<string, string | number> = {}): void {
    conversation.tries += 1;
    if (conversation.tries >= MAX_TRIES) {
      this.services.store.delete('conversations', conversation.key);
      turn.reply('common.flow.too_many_tries');
      return;
    }
    turn.reply('common.flow.retry');
    turn.reply(hint, vars);
    conversation.expiresAt = this.expiry(flow, turn.now);
    this.services.store.put('conversations', conversation.key, conversation);
    this.ask(turn, flow, conversation, step, false);
  }

  /** Executes steps from the conversation's position until a question waits for an answer or the flow ends. */
  private run(turn: Turn, flow: Flow, conversation: Conversation): void {
    for (let guard = 0; guard < MAX_STEPS_PER_TURN; guard += 1) {
      this.applyLocale(turn, conversation);
      const step = flow.steps[conversation.stepIndex];
      if (!step) return this.finish(conversation);
      if (step.when && !this.matches(step.when, turn, conversation)) {
        conversation.stepIndex += 1;
        continue;
      }
      if ('ask' in step) {
        conversation.tries = 0;
        conversation.expiresAt = this.expiry(flow, turn.now);
        this.ask(turn, flow, conversation, step, true);
        this.services.store.put('conversations', conversation.key, conversation);
        return;
      }
      if ('say' in step) {
        turn.reply(`${flow.namespace}.${step.say}`, this.textVars(turn, conversation));
        if (step.end) return this.finish(conversation);
        if (step.goto) {
          conversation.stepIndex = flow.stepIds.indexOf(step.goto);
          continue;
        }
        conversation.stepIndex += 1;
        continue;
      }
      if ('action' in step) {
        const action = this.actions.get(step.action)!;
        const result = action({ turn, vars: conversation.vars, services: this.services, flow });
        const target = typeof result === 'string' ? step.branch?.[result] : undefined;
        conversation.stepIndex = target ? flow.stepIds.indexOf(target) : conversation.stepIndex + 1;
        continue;
      }
      if ('goto' in step) {
        conversation.stepIndex = flow.stepIds.indexOf(step.goto);
        continue;
      }
      return this.finish(conversation); // end
    }
    this.services.logger.error({ flow: flow.id }, 'flow stopped: too many steps without a question (a goto loop?)');
    this.finish(conversation);
  }

  private ask(turn: Turn, flow: Flow, conversation: Conversation, step: AskStep, fresh: boolean): void {
    if (fresh || !conversation.askToken) conversation.askToken = randomBytes(4).toString('base64url');
    const choices = this.choicesFor(turn, flow, step);
    const offered = step.multiple && choices ? [...choices, this.doneChoice(turn)] : choices;
    turn.reply(`${flow.namespace}.${step.ask}.question`, this.textVars(turn, conversation), {
      choices: offered,
      multiple: step.multiple,
      askToken: conversation.askToken,
      kind: 'reply',
    });
  }

  private doneChoice(turn: Turn): Choice {
    return { id: DONE_CHOICE, label: this.services.translator.t(turn.locale, 'common.answers.done') };
  }

  private choicesFor(turn: Turn, flow: Flow, step: AskStep): Choice[] | undefined {
    const { translator } = this.services;
    if (typeof step.choices === 'string') return this.choiceSources.get(step.choices.slice(1))?.(turn, this.services) ?? [];
    if (Array.isArray(step.choices)) return step.choices.map((id) => ({ id, label: translator.t(turn.locale, `${flow.namespace}.${step.ask}.choices.${id}`) }));
    if (answerKind(step) === 'yesno')
      return [
        { id: 'yes', label: translator.t(turn.locale, 'common.answers.yes') },
        { id: 'no', label: translator.t(turn.locale, 'common.answers.no') },
      ];
    return undefined;
  }

  private matches(when: When, turn: Turn, conversation: Conversation): boolean {
    if (when.role) {
      const roles: Role[] = Array.isArray(when.role) ? when.role : [when.role];
      if (!roles.includes(turn.role)) return false;
    }
    if (when.var !== undefined) {
      const value = conversation.vars[when.var];
      if (when.equals !== undefined && value !== when.equals) return false;
      if (when.in !== undefined && !when.in.includes(String(value))) return false;
      if (when.equals === undefined && when.in === undefined && (value === undefined || value === '')) return false;
    }
    return true;
  }

  /** A language chosen earlier in this flow applies at once, even before the member exists. */
  private applyLocale(turn: Turn, conversation: Conversation): void {
    const chosen = conversation.vars.locale;
    if (this.services.translator.isLocale(chosen)) turn.locale = chosen;
  }

  private textVars(turn: Turn, conversation: Conversation): Record<string, string | number | string[]> {
    const vars: Record<string, string | number | string[]> = {};
    for (const [name, value] of Object.entries(conversation.vars)) {
      if (name.startsWith('_')) continue;
      if (typeof value === 'string' || typeof value === 'number') vars[name] = value;
    }
    if (turn.member && vars.name === undefined) vars.name = turn.member.name;
    return vars;
  }

  private expiry(flow: Flow, now: number): number {
    return now + (flow.timeoutHours ?? this.services.config.flowTimeoutHours) * 3_600_000;
  }

  private finish(conversation: Conversation): void {
    this.services.store.delete('conversations', conversation.key);
  }
}
