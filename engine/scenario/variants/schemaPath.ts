import type { z } from "zod";
import { isPrototypeKey } from "../prototypeKeys.js";
import type { PathStep } from "./scenarioPath.js";

type Def = {
  type: string;
  shape?: Record<string, z.ZodType>;
  innerType?: z.ZodType;
  element?: z.ZodType;
  keyType?: z.ZodType;
  valueType?: z.ZodType;
  options?: readonly z.ZodType[];
  items?: readonly z.ZodType[];
  in?: z.ZodType;
  out?: z.ZodType;
};

const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

/**
 * Checks a change path against the schema of the document it changes: every key must be one the
 * schema has at that place (a field of an object, or a key a record accepts), every `[item]` must
 * stand on a list. Returns null when the path can exist, else what is wrong, e.g.
 * `calendar has no key "dayz" (one of days, warmupDays, ...)`.
 */
export function checkSchemaPath(schema: z.ZodType, steps: readonly PathStep[]): string | null {
  let nodes: z.ZodType[] = [schema];
  const walked: string[] = [];
  for (const step of steps) {
    const at = walked.join("") || "the scenario";
    if ("key" in step && isPrototypeKey(step.key)) return `a key of the scenario, never "${step.key}"`;
    const next = nodes.flatMap((n) => childSchemas(n, step));
    if (next.length === 0) {
      if ("item" in step) return `a path that exists, but ${at} is not a list`;
      const keys = [...new Set(nodes.flatMap((n) => fieldNames(n)))];
      const known = keys.length > 0 ? ` (one of ${keys.join(", ")})` : "";
      return `a key the scenario has, but ${at} has no key "${step.key}"${known}`;
    }
    if (next.some((n) => isOpen(n))) return null;
    nodes = next;
    walked.push("key" in step ? `${walked.length > 0 ? "." : ""}${step.key}` : `[${step.item}]`);
  }
  return null;
}

/** The schemas a step can lead to from one schema (several through unions), none when it cannot. */
function childSchemas(schema: z.ZodType, step: PathStep): z.ZodType[] {
  const def = defOf(schema);
  switch (def.type) {
    case "optional":
    case "nullable":
    case "default":
    case "prefault":
    case "readonly":
    case "catch":
    case "nonoptional":
      return childSchemas(def.innerType!, step);
    case "pipe":
      return childSchemas(def.in!, step);
    case "union":
      return def.options!.flatMap((o) => childSchemas(o, step));
    case "object":
      return "key" in step && Object.hasOwn(def.shape!, step.key) ? [def.shape![step.key]!] : [];
    case "record":
      return "key" in step && def.keyType!.safeParse(step.key).success ? [def.valueType!] : [];
    case "array":
      return "item" in step ? [def.element!] : [];
    case "tuple":
      return "item" in step ? [...def.items!] : [];
    default:
      return isOpen(schema) ? [schema] : [];
  }
}

/** A schema that accepts any value, so any path below it can exist. */
function isOpen(schema: z.ZodType): boolean {
  const type = defOf(schema).type;
  return type === "unknown" || type === "any";
}

function fieldNames(schema: z.ZodType): string[] {
  const def = defOf(schema);
  if (def.type === "object") return Object.keys(def.shape!);
  if (def.innerType !== undefined) return fieldNames(def.innerType);
  if (def.type === "union") return def.options!.flatMap(fieldNames);
  return [];
}
