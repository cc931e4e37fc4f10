// Tests for src/flows/loader.ts: the real flows load, and each kind of mistake stops start-up with `file: step: problem`.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/app.js';
import { FlowErrors } from '../../src/flows/errors.js';
import { loadFlows, parseFlow, type FlowCheckContext } from '../../src/flows/loader.js';
import { createTranslator } from '../../src/i18n/i18n.js';
import { FEATURES } from '../../src/features/index.js';

const translator = createTranslator(path.join(PROJECT_ROOT, 'locales'));
const context: FlowCheckContext = {
  translator,
  // Every action and choice source the features register (as the app does at start-up).
  actions: new Set(FEATURES.flatMap((feature) => Object.keys(feature.actions ?? {}))),
  choiceSources: new Set(['locales', ...FEATURES.flatMap((feature) => Object.keys(feature.choiceSources ?? {}))]),
};

function problem(yaml: string): string {
  try {
    parseFlow('flows/test.yaml', yaml, context);
  } catch (error) {
    if (error instanceof FlowErrors) return error.errors.map((e) => e.message).join('\n');
    return (error as Error).message;
  }
  throw new Error('expected the flow to be rejected');
}

const header = 'id: test\ntexts: onboarding\nroles: [guest]\ntrigger: { command: test }\nsteps:\n';

describe('loadFlows', () => {
  it('loads every flow in flows/', () => {
    const flows = loadFlows(path.join(PROJECT_ROOT, 'flows'), context);
    expect([...flows.keys()].sort()).toEqual(expect.arrayContaining(['invite', 'join', 'language', 'newgroup']));
    expect(flows.get('join')!.trigger).toMatchObject({ command: 'start', invite: true });
  });

  const dir = mkdtempSync(path.join(tmpdir(), 'welkom-flows-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reports problems of several files at once, and duplicate trigger commands', () => {
    writeFileSync(path.join(dir, 'a.yaml'), `${header}  - say: welcome\n`);
    writeFileSync(path.join(dir, 'b.yaml'), header.replace('id: test', 'id: other') + '  - say: nope\n');
    writeFileSync(path.join(dir, 'c.yaml'), header.replace('id: test', 'id: third') + '  - say: welcome\n');
    let message = '';
    try {
      loadFlows(dir, context);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/flows\/b\.yaml: step 1: text "onboarding\.nope" is missing in locales\/nl/);
    expect(message).toMatch(/trigger command "test" is also used by/);
  });
});

describe('parseFlow rejects', () => {
  it('an unknown step type', () => {
    expect(problem(`${header}  - id: first\n    shout: welcome\n`)).toMatch(/^flows\/test\.yaml: first: unknown step type/);
  });

  it('a missing text key, naming the step', () => {
    expect(problem(`${header}  - id: hello\n    say: does_not_exist\n`)).toBe('flows/test.yaml: hello: text "onboarding.does_not_exist" is missing in locales/nl');
  });

  it('a missing question text and missing choice labels', () => {
    const found = problem(`${header}  - id: q\n    ask: consent\n    choices: [maybe]\n`);
    expect(found).toMatch(/q: text "onboarding\.consent\.choices\.maybe" is missing/);
  });

  it('an unknown action', () => {
    expect(problem(`${header}  - id: act\n    action: rocket.launch\n`)).toMatch(/^flows\/test\.yaml: act: unknown action "rocket\.launch" \(known: /);
  });

  it('a dangling branch target', () => {
    expect(problem(`${header}  - id: consent\n    ask: consent\n    expect: yesno\n    branch: { no: refusd }\n`)).toBe('flows/test.yaml: consent: branch target "refusd" does not exist');
  });

  it('a branch on an answer that cannot be given', () => {
    expect(problem(`${header}  - id: consent\n    ask: consent\n    expect: yesno\n    branch: { perhaps: consent }\n`)).toMatch(/branch on "perhaps", which is not one of the answers \(yes, no\)/);
  });

  it('an unknown choice source', () => {
    expect(problem(`${header}  - id: lang\n    ask: language\n    choices: $planets\n`)).toMatch(/lang: unknown choice source "\$planets"/);
  });

  it('a duplicate step id', () => {
    expect(problem(`${header}  - id: a\n    say: welcome\n  - id: a\n    say: welcome\n`)).toMatch(/a: this step id is used twice/);
  });

  it('unknown fields and bad YAML', () => {
    expect(problem(`${header}  - say: welcome\n    colour: red\n`)).toMatch(/step 1: unknown field "colour"/);
    expect(problem('id: [unclosed\n')).toMatch(/^flows\/test\.yaml: not valid YAML/);
    expect(problem('id: test\nroles: [guest]\ntrigger: {}\nsteps: []\n')).toMatch(/steps/);
  });

  it('YAML tags that try to run or load anything', () => {
    expect(problem(`${header}  - say: !!js/function "function(){}"\n`)).toMatch(/flows\/test\.yaml: not valid YAML at line 6: .*tag/i);
  });

  it('multiple answers with branching, and choices on a number question', () => {
    expect(problem(`${header}  - id: s\n    ask: skills\n    choices: [housing]\n    multiple: true\n    branch: { housing: s }\n`)).toMatch(/cannot branch/);
    expect(problem(`${header}  - id: n\n    ask: name\n    expect: number\n    choices: [housing]\n`)).toMatch(/"choices" cannot be used with expect number/);
  });
});
