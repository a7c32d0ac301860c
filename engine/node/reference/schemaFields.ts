import { kindBranches, type JsonSchemaNode } from "./jsonSchemaNode.js";

/** One step from a value to a field inside it. */
export type FieldStep = { key: string } | { item: true } | { entry: true } | { kind: string };

/** A field of a file format: where it is, its schema, and whether it must be given. */
export interface SchemaField {
  steps: FieldStep[];
  node: JsonSchemaNode;
  required: boolean;
}

/** A union of kinds used by more than one field, listed once (distributions, for instance). */
export interface SharedKinds {
  /** The first field that uses it, by which the reference names it. */
  name: string;
  usedBy: string[];
  fields: SchemaField[];
}

/**
 * Every field of a JSON Schema in document order, walking objects, list items, map entries and
 * each kind of a strategy. A union of kinds that occurs at several places is listed once in
 * `shared` and its fields are not repeated at each place.
 */
export function schemaFields(root: JsonSchemaNode): { fields: SchemaField[]; shared: SharedKinds[] } {
  const seen = new Map<string, number>();
  countKindUnions(root, seen);
  const shared = new Map<string, SharedKinds>();
  const fields: SchemaField[] = [];
  walk(root, [], fields, seen, shared);
  return { fields, shared: [...shared.values()] };
}

/** A field's path as written in change paths: `pools[].staff[].shift.start`, `(kind "gamma")`. */
export function fieldPath(steps: readonly FieldStep[]): string {
  let out = "";
  for (const s of steps) {
    if ("key" in s) out += out === "" ? s.key : `.${s.key}`;
    else if ("item" in s) out += "[]";
    else if ("entry" in s) out += ".<name>";
    else out += out === "" ? `(kind "${s.kind}")` : ` (kind "${s.kind}")`;
  }
  return out;
}

/** A field's label and help in a language (`.meta({ ru: { label, description } })`), not a property named ru or en. */
const isFieldText = (k: string, v: unknown): boolean =>
  (k === "ru" || k === "en") && v !== null && typeof v === "object" && "label" in v;

/** A node's shape without its texts: the same union of kinds described differently at two places is one. */
function signature(node: JsonSchemaNode): string {
  return JSON.stringify(node, (k, v: unknown) =>
    k === "description" || k === "default" || isFieldText(k, v) ? undefined : v,
  );
}

function countKindUnions(node: JsonSchemaNode, seen: Map<string, number>): void {
  if (kindBranches(node).length > 0) {
    const key = signature(node);
    seen.set(key, (seen.get(key) ?? 0) + 1);
  }
  for (const child of children(node)) countKindUnions(child, seen);
}

function children(node: JsonSchemaNode): JsonSchemaNode[] {
  const out: JsonSchemaNode[] = [];
  if (node.properties) out.push(...Object.values(node.properties));
  if (node.items) out.push(node.items);
  if (typeof node.additionalProperties === "object") out.push(node.additionalProperties);
  for (const list of [node.anyOf, node.oneOf, node.allOf]) if (list) out.push(...list);
  return out;
}

function walk(
  node: JsonSchemaNode,
  steps: FieldStep[],
  out: SchemaField[],
  seen: Map<string, number>,
  shared: Map<string, SharedKinds>,
): void {
  const kinds = kindBranches(node);
  if (kinds.length > 0) {
    const key = signature(node);
    if ((seen.get(key) ?? 0) > 1) {
      const name = fieldPath(steps);
      const known = shared.get(key);
      if (known !== undefined) {
        known.usedBy.push(name);
        return;
      }
      const entry: SharedKinds = { name, usedBy: [name], fields: [] };
      shared.set(key, entry);
      for (const k of kinds) walkObject(k.node, [{ kind: k.kind }], entry.fields, seen, shared, true);
      return;
    }
    for (const k of kinds) walkObject(k.node, [...steps, { kind: k.kind }], out, seen, shared, true);
    return;
  }
  for (const b of [...(node.anyOf ?? []), ...(node.oneOf ?? [])]) walk(b, steps, out, seen, shared);
  if (node.items) walk(node.items, [...steps, { item: true }], out, seen, shared);
  if (typeof node.additionalProperties === "object") {
    walk(node.additionalProperties, [...steps, { entry: true }], out, seen, shared);
  }
  if (node.properties) walkObject(node, steps, out, seen, shared, false);
}

function walkObject(
  node: JsonSchemaNode,
  steps: FieldStep[],
  out: SchemaField[],
  seen: Map<string, number>,
  shared: Map<string, SharedKinds>,
  skipKind: boolean,
): void {
  const required = new Set(node.required ?? []);
  for (const [key, child] of Object.entries(node.properties ?? {})) {
    if (key === "$schema" || (skipKind && key === "kind")) continue;
    const at = [...steps, { key }];
    out.push({ steps: at, node: child, required: required.has(key) && child.default === undefined });
    walk(child, at, out, seen, shared);
  }
}
