import { fieldType } from "./fieldType.js";
import type { JsonSchemaNode } from "./jsonSchemaNode.js";
import { exampleOfKind, exampleValue, showExample } from "./exampleValue.js";
import { fieldPath, schemaFields, type SchemaField, type SharedKinds } from "./schemaFields.js";

/** A shipped file the reference lists: where it is and the one line it describes itself with. */
export interface ShippedFile {
  path: string;
  description: string;
}

/** What the reference is made from. */
export interface ReferenceInputs {
  scenarioSchema: JsonSchemaNode;
  /** The default company, whose values are the examples. */
  example: unknown;
  variants: ShippedFile[];
  experiments: ShippedFile[];
}

/** Fields without a description, by path: the reference test fails on any. */
export function undescribedFields(schema: JsonSchemaNode): string[] {
  const { fields, shared } = schemaFields(schema);
  const all = [...fields, ...shared.flatMap((s) => s.fields.map((f) => ({ ...f, name: `${s.name}: ` })))];
  return all.filter((f) => !f.node.description).map((f) => ("name" in f ? f.name : "") + fieldPath(f.steps));
}

/** The heading of a union of kinds listed once: its kinds, which name it better than the first field using it. */
function sharedHeading(s: SharedKinds): string {
  const kinds = s.fields.flatMap((f) => f.steps.flatMap((step) => ("kind" in step ? [step.kind] : [])));
  return `The kinds ${[...new Set(kinds)].map((k) => `\`${k}\``).join(", ")}`;
}

/**
 * The scenario reference as Markdown: every field with its type (units included), default,
 * an example from the default company and its description, then every shipped variant and
 * experiment with its own one-line description. Generated, so it cannot drift from the validator.
 */
export function referenceMarkdown(inputs: ReferenceInputs): string {
  const { fields, shared } = schemaFields(inputs.scenarioSchema);
  const lines: string[] = [
    "# Scenario reference",
    "",
    "Generated from the validator's schema by `npm run schema`; do not edit by hand (a test fails",
    "when this file and the schema differ). Every field: its type (a duration is seconds or text",
    'with units such as `"4 min"`; money is in the scenario\'s `currency`), its default when it may',
    "be left out, an example from `default.json`, and what it means. `[]` is any item of a list,",
    "`<name>` any key of a map.",
    "",
  ];
  const sections = new Map<string, SchemaField[]>();
  const hasFieldsInside = new Set(fields.filter((f) => f.steps.length > 1).map((f) => fieldPath(f.steps.slice(0, 1))));
  for (const f of fields) {
    const top = fieldPath(f.steps.slice(0, 1));
    const section = hasFieldsInside.has(top) ? `\`${top}\`` : "The top level";
    sections.set(section, [...(sections.get(section) ?? []), f]);
  }
  for (const [section, list] of sections) {
    lines.push(`## ${section}`, "", ...table(list, (f) => exampleValue(inputs.example, f.steps)), "");
  }
  for (const s of shared) {
    lines.push(`## ${sharedHeading(s)}`, "");
    lines.push(
      `The kinds of every field of this type, listed once; used by ${s.usedBy.map((u) => `\`${u}\``).join(", ")}.`,
      "",
    );
    lines.push(...table(s.fields, (f) => kindExample(inputs.example, f)), "");
  }
  lines.push("## Shipped variants", "", ...shippedTable(inputs.variants), "");
  lines.push("## Shipped experiments", "", ...shippedTable(inputs.experiments), "");
  return `${lines.join("\n")}\n`;
}

function kindExample(example: unknown, f: SchemaField): unknown {
  const [first, ...rest] = f.steps;
  return first !== undefined && "kind" in first ? exampleOfKind(example, first.kind, rest) : undefined;
}

function table(fields: SchemaField[], exampleOf: (f: SchemaField) => unknown): string[] {
  const rows = ["| field | type | default | example | meaning |", "| --- | --- | --- | --- | --- |"];
  for (const f of fields) {
    const def = f.node.default === undefined ? (f.required ? "required" : "") : showDefault(f.node.default);
    rows.push(
      `| \`${fieldPath(f.steps)}\` | ${cell(fieldType(f.node))} | ${cell(def)} | ${cell(
        showExample(exampleOf(f)),
      )} | ${cell(f.node.description ?? "")} |`,
    );
  }
  return rows;
}

function showDefault(value: unknown): string {
  const text = JSON.stringify(value);
  return text.length <= 40 ? text : "see meaning";
}

function shippedTable(files: ShippedFile[]): string[] {
  return ["| file | what it is |", "| --- | --- |", ...files.map((f) => `| \`${f.path}\` | ${cell(f.description)} |`)];
}

/** Text safe inside a Markdown table cell. */
function cell(text: string): string {
  return text.replace(/\s+/g, " ").replace(/\|/g, "\\|").trim();
}
