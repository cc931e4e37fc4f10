// Reads flows/*.yaml, validates them with zod and cross-checks steps, texts and actions; any problem stops start-up.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import { cachedFromFiles } from '../core/data-cache.js';
import { parseYamlStrict, YamlSyntaxError } from '../core/yaml.js';
import type { Translator } from '../i18n/i18n.js';
import { FlowError, FlowErrors } from './errors.js';
import { flowSchema, type Flow, type Step } from './schema.js';

/** What the loader needs to know about the rest of welkom to check references. */
export interface FlowCheckContext {
  translator: Translator;
  /** Names of registered TypeScript actions. */
  actions: Set<string>;
  /** Names of registered choice sources (without `$`), e.g. `locales`. */
  choiceSources: Set<string>;
}

/** The id used in messages for a step: its `id`, or `step N` (1-based) when it has none. */
export function stepLabel(step: Step, index: number): string {
  return step.id ?? `step ${index + 1}`;
}

/** Loads and checks every flow in `dir`. Throws FlowErrors listing every problem found. */
export function loadFlows(dir: string, context: FlowCheckContext): Map<string, Flow> {
  const files = readdirSync(dir).filter((name) => /\.ya?ml$/.test(name)).sort();
  const flows = new Map<string, Flow>();
  const errors: FlowError[] = [];
  for (const name of files) {
    const display = `flows/${name}`;
    try {
      // Unchanged files are read from the data cache (src/core/data-cache.ts); their references are checked every time.
      const flow = parseFlow(display, readFileSync(path.join(dir, name), 'utf8'), context, { cache: true });
      if (flows.has(flow.id)) throw new FlowError(display, undefined, `flow id "${flow.id}" is already used by ${flows.get(flow.id)!.file}`);
      flows.set(flow.id, flow);
    } catch (error) {
      if (error instanceof FlowErrors) errors.push(...error.errors);
      else if (error instanceof FlowError) errors.push(error);
      else throw error;
    }
  }
  const commands = new Map<string, string>();
  for (const flow of flows.values()) {
    const command = flow.trigger.command;
    if (!command) continue;
    if (commands.has(command)) errors.push(new FlowError(flow.file, undefined, `trigger command "${command}" is also used by ${commands.get(command)}`));
    commands.set(command, flow.file);
  }
  if (errors.length > 0) throw new FlowErrors(errors);
  return flows;
}

/** Raise this whenever flowSchema or parseFlowDocument changes: flows cached by an older version are read again. */
export const FLOW_RULES_VERSION = 1;

type FlowDocument = z.infer<typeof flowSchema>;

/** Parses and checks one flow file's text. */
export function parseFlow(file: string, text: string, context: FlowCheckContext, options: { cache?: boolean } = {}): Flow {
  const read = () => parseFlowDocument(file, text);
  const flow = options.cache ? cachedFromFiles({ name: `flow-${path.basename(file).replace(/\.ya?ml$/, '')}`, rulesVersion: FLOW_RULES_VERSION, files: [{ name: file, text }] }, read, (doc) => doc, (doc: FlowDocument) => doc) : read();
  return checkFlow(file, flow, context);
}

/** The YAML of a flow file, checked against the flow schema (no references to the rest of welkom yet). */
function parseFlowDocument(file: string, text: string): FlowDocument {
  let raw: unknown;
  try {
    // The core schema only knows plain maps, lists, strings, numbers and booleans: no custom tags, nothing executable.
    raw = parseYamlStrict(text);
  } catch (error) {
    if (!(error instanceof YamlSyntaxError)) throw error;
    const where = error.line ? ` at line ${error.line}` : '';
    throw new FlowError(file, undefined, `not valid YAML${where}: ${(error as Error).message.split('\n')[0]}`);
  }
  const parsed = flowSchema.safeParse(raw);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => {
      const [first, index] = issue.path;
      let step: string | undefined;
      if (first === 'steps' && typeof index === 'number') {
        const rawStep = (raw as { steps?: Array<{ id?: unknown }> }).steps?.[index];
        step = typeof rawStep?.id === 'string' ? rawStep.id : `step ${index + 1}`;
      }
      return new FlowError(file, step, describeIssue(issue));
    });
    throw new FlowErrors(problems);
  }
  return parsed.data;
}

/** Checks a flow's references: steps, branch targets, texts in locales/nl, actions and choice sources. */
function checkFlow(file: string, flow: FlowDocument, context: FlowCheckContext): Flow {
  const namespace = flow.texts ?? flow.id;
  const stepIds = flow.steps.map(stepLabel);
  const errors: FlowError[] = [];
  const seen = new Set<string>();
  const { translator } = context;
  const needKey = (step: string, key: string) => {
    if (!translator.has(key)) errors.push(new FlowError(file, step, `text "${key}" is missing in locales/nl`));
  };

  flow.steps.forEach((step, index) => {
    const label = stepIds[index]!;
    if (step.id) {
      if (seen.has(step.id)) errors.push(new FlowError(file, label, 'this step id is used twice'));
      seen.add(step.id);
    }
    const targets: string[] = [];
    if ('goto' in step && step.goto) targets.push(step.goto);
    if ('branch' in step && step.branch) targets.push(...Object.values(step.branch));
    for (const target of targets) if (!flow.steps.some((s) => s.id === target)) errors.push(new FlowError(file, label, `branch target "${target}" does not exist`));

    if ('say' in step) needKey(label, `${namespace}.${step.say}`);
    if ('action' in step && !context.actions.has(step.action)) errors.push(new FlowError(file, label, `unknown action "${step.action}" (known: ${[...context.actions].sort().join(', ')})`));
    if ('ask' in step) {
      needKey(label, `${namespace}.${step.ask}.question`);
      const kind = typeof step.expect === 'string' ? step.expect : step.expect ? Object.keys(step.expect)[0] : step.choices ? 'choice' : 'text';
      if (kind === 'choice' && !step.choices) errors.push(new FlowError(file, label, 'a choice question needs "choices"'));
      if (step.choices && kind !== 'choice' && kind !== 'yesno') errors.push(new FlowError(file, label, `"choices" cannot be used with expect ${kind}`));
      if (step.multiple && kind !== 'choice') errors.push(new FlowError(file, label, '"multiple" only works with choices'));
      if (typeof step.choices === 'string' && !context.choiceSources.has(step.choices.slice(1)))
        errors.push(new FlowError(file, label, `unknown choice source "${step.choices}" (known: ${[...context.choiceSources].map((s) => `$${s}`).join(', ')})`));
      if (Array.isArray(step.choices)) for (const choice of step.choices) needKey(label, `${namespace}.${step.ask}.choices.${choice}`);
      if (step.branch) {
        const allowed = kind === 'yesno' ? ['yes', 'no'] : Array.isArray(step.choices) ? step.choices : undefined;
        if (step.multiple) errors.push(new FlowError(file, label, 'a question with "multiple" answers cannot branch'));
        else if (allowed) for (const answer of Object.keys(step.branch)) if (!allowed.includes(answer)) errors.push(new FlowError(file, label, `branch on "${answer}", which is not one of the answers (${allowed.join(', ')})`));
      }
    }
  });
  if (errors.length > 0) throw new FlowErrors(errors);
  return { ...flow, file, namespace, stepIds };
}

function describeIssue(issue: { code: string; message: string; path: PropertyKey[]; keys?: string[] }): string {
  const field = issue.path.slice(issue.path[0] === 'steps' && typeof issue.path[1] === 'number' ? 2 : 0).join('.');
  if (issue.code === 'unrecognized_keys') return `unknown field ${issue.keys?.map((k) => `"${k}"`).join(', ')}`;
  if (issue.code === 'invalid_union' && issue.path[0] === 'steps' && issue.path.length === 2)
    return 'unknown step type: a step needs exactly one of say, ask, action, goto or end (with only the fields that type allows)';
  return field ? `${field}: ${issue.message}` : issue.message;
}
