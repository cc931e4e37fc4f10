// The zod schema of a flow file (flows/*.yaml): triggers, roles and steps. Data only; no code runs from a flow.
import { z } from 'zod';

const stepId = z.string().regex(/^[a-z][a-z0-9_]*$/, 'step ids use lower-case letters, digits and _');
const textKey = z.string().regex(/^[a-z][a-z0-9_.]*$/, 'text keys use lower-case letters, digits, _ and .');
const role = z.enum(['guest', 'newcomer', 'volunteer', 'coordinator']);

/** A condition on a step: run it only for some roles, or when a saved answer has some value. */
export const whenSchema = z
  .object({
    role: z.union([role, z.array(role).min(1)]).optional(),
    var: z.string().optional(),
    equals: z.union([z.string(), z.number(), z.boolean()]).optional(),
    in: z.array(z.string()).optional(),
  })
  .strict();

/** What an answer must look like. */
export const expectSchema = z.union([
  z.enum(['text', 'number', 'date', 'yesno', 'choice']),
  z.object({ text: z.object({ min: z.number().int().min(0).default(1), max: z.number().int().min(1).max(4000).default(500), name: z.boolean().default(false) }).strict() }).strict(),
  z.object({ number: z.object({ min: z.number().optional(), max: z.number().optional(), integer: z.boolean().default(true) }).strict() }).strict(),
  z.object({ date: z.object({ future: z.boolean().default(false) }).strict() }).strict(),
]);

const common = { id: stepId.optional(), when: whenSchema.optional() };

const sayStep = z.object({ ...common, say: textKey, end: z.boolean().optional(), goto: stepId.optional() }).strict();
const askStep = z
  .object({
    ...common,
    ask: textKey,
    expect: expectSchema.optional(),
    /** Choice ids (labels are `<texts>.<ask>.choices.<id>`) or a named source such as `$locales`. */
    choices: z.union([z.array(z.string().regex(/^[a-z0-9_]{1,24}$/, 'choice ids use a-z, 0-9 and _, at most 24 characters')).min(1), z.string().regex(/^\$[a-z_]+$/)]).optional(),
    multiple: z.boolean().optional(),
    save: z.string().regex(/^[a-z][a-zA-Z0-9_]*$/, 'save names a variable such as name or locale').optional(),
    branch: z.record(z.string(), stepId).optional(),
  })
  .strict();
const actionStep = z.object({ ...common, action: z.string().regex(/^[a-z]+(\.[a-z_]+)+$/, 'actions are named like group.join'), branch: z.record(z.string(), stepId).optional() }).strict();
const gotoStep = z.object({ ...common, goto: stepId }).strict();
const endStep = z.object({ ...common, end: z.literal(true) }).strict();

export const stepSchema = z.union([sayStep, askStep, actionStep, gotoStep, endStep]);

export const flowSchema = z
  .object({
    id: z.string().regex(/^[a-z][a-z0-9_]*$/),
    /** i18n namespace of this flow's step keys (default: the flow id). */
    texts: z.string().regex(/^[a-z][a-z0-9_]*$/).optional(),
    roles: z.array(role).min(1),
    /** Only national coordinators (no municipality scope) may start it. */
    national: z.boolean().optional(),
    /** What the flow acts on, for the permission table (see Command.acts). */
    acts: z.enum(['self', 'groups']).optional(),
    trigger: z
      .object({
        /** Telegram `/command`; also typed as a keyword from `commands.<command>.keywords`. */
        command: z.string().regex(/^[a-z][a-z0-9_]{0,31}$/).optional(),
        /** Needs an invite code as argument (`/start CODE`, `JOIN CODE`). */
        invite: z.boolean().optional(),
        /** Where the command may be used. */
        chats: z.array(z.enum(['private', 'group'])).default(['private']),
        /**
         * The words after the command may name a group or municipality (`/broadcast Utrecht`): the router checks the
         * name against the sender's scope and the flow starts with `targetGroupId` or `targetMunicipality` set.
         */
        target: z.boolean().optional(),
      })
      .strict(),
    /** Hours of inactivity after which the conversation is dropped (default from FLOW_TIMEOUT_HOURS). */
    timeoutHours: z.number().positive().optional(),
    steps: z.array(stepSchema).min(1),
  })
  .strict();

export type FlowFile = z.infer<typeof flowSchema>;
export type Step = z.infer<typeof stepSchema>;
export type AskStep = z.infer<typeof askStep>;
export type When = z.infer<typeof whenSchema>;
export type Expect = z.infer<typeof expectSchema>;

/** A flow after loading: steps carry resolved ids and indexes. */
export interface Flow extends FlowFile {
  file: string;
  namespace: string;
  stepIds: string[];
}
