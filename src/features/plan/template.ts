// The settlement-plan template (flows/plan/settlement-plan.yaml): loaded, checked with zod, and cached.
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { projectPath } from '../../core/paths.js';
import { parseYamlStrict, YamlSyntaxError } from '../../core/yaml.js';

const id = z.string().regex(/^[a-z][a-z0-9_]{0,23}$/, 'ids use a-z, 0-9 and _, at most 24 characters, starting with a letter');

export const templateSchema = z
  .object({
    version: z.number().int().positive(),
    areas: z
      .array(
        z
          .object({
            id,
            items: z.array(z.object({ id, dueMonth: z.number().int().min(1).max(12).optional() }).strict()).min(1),
          })
          .strict(),
      )
      .min(1),
  })
  .strict();

export type PlanTemplate = z.infer<typeof templateSchema>;
export interface TemplateItem {
  id: string;
  area: string;
  dueMonth?: number;
}

/** The file coordinators edit. */
// From the project folder, not this file: the compiled dist/ has no copy of flows/.
export const TEMPLATE_FILE = projectPath('flows', 'plan', 'settlement-plan.yaml');

/** Area id of the group's own items that belong to no template area. */
export const OWN_AREA = 'own';

/** Parses and checks a template text; throws an Error naming the file and field on any mistake (also duplicate ids). */
export function parseTemplate(text: string, file = 'flows/plan/settlement-plan.yaml'): PlanTemplate {
  let raw: unknown;
  try {
    raw = parseYamlStrict(text);
  } catch (error) {
    if (!(error instanceof YamlSyntaxError)) throw error;
    throw new Error(`${file}: not valid YAML${error.line ? ` at line ${error.line}` : ''}: ${error.message}`);
  }
  const parsed = templateSchema.safeParse(raw);
  if (!parsed.success) throw new Error(`${file}: ${parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}`);
  const seen = new Set<string>([OWN_AREA]);
  for (const area of parsed.data.areas) {
    if (seen.has(area.id)) throw new Error(`${file}: area id "${area.id}" is used twice (or is the reserved "${OWN_AREA}")`);
    seen.add(area.id);
  }
  const items = new Set<string>();
  for (const item of parsed.data.areas.flatMap((area) => area.items)) {
    if (items.has(item.id)) throw new Error(`${file}: item id "${item.id}" is used twice`);
    items.add(item.id);
  }
  return parsed.data;
}

let cached: PlanTemplate | undefined;

/** The template from TEMPLATE_FILE, read once. */
export function planTemplate(): PlanTemplate {
  cached ??= parseTemplate(readFileSync(TEMPLATE_FILE, 'utf8'));
  return cached;
}

/** Every item of a template with its area, in plan order. */
export function templateItems(template: PlanTemplate = planTemplate()): TemplateItem[] {
  return template.areas.flatMap((area) => area.items.map((item) => ({ id: item.id, area: area.id, dueMonth: item.dueMonth })));
}

/** Area ids in plan order, with `own` last. */
export function areaIds(template: PlanTemplate = planTemplate()): string[] {
  return [...template.areas.map((area) => area.id), OWN_AREA];
}
