import { z } from "zod";
import { scenarioSchema } from "../../../engine/index.js";

/** The part of a JSON Schema the form reads. */
export interface JsonSchema {
  type?: string | string[];
  description?: string;
  /** The Russian label and help (the schema's `.meta({ ru })`). */
  ru?: { label?: string; description?: string };
  /** An English label where the key reads badly (the schema's `.meta({ en })`). */
  en?: { label?: string };
  /** The words for each value the field offers (an enum's values, a union branch's kind), by value. */
  options?: Record<string, { ru?: string; en?: string }>;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: JsonSchema | boolean;
  /** The keys a record takes (e.g. weekdays). */
  propertyNames?: JsonSchema;
  items?: JsonSchema;
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  minItems?: number;
  default?: unknown;
}

let cached: JsonSchema | null = null;

/** The scenario's JSON Schema, made from the engine's zod schema as `clientflow schema` makes it. */
export function scenarioJsonSchema(): JsonSchema {
  cached ??= z.toJSONSchema(scenarioSchema, { io: "input", unrepresentable: "any" }) as JsonSchema;
  return cached;
}

const typeOf = (v: unknown): string =>
  v === null ? "null" : Array.isArray(v) ? "array" : typeof v === "number" ? "number" : typeof v;

/** Whether a (branch of a) schema takes a value of this JSON type. */
function takes(s: JsonSchema, v: unknown): boolean {
  if (s.const !== undefined) return s.const === v;
  if (s.enum !== undefined) return s.enum.includes(v);
  const types = s.type === undefined ? [] : Array.isArray(s.type) ? s.type : [s.type];
  const t = typeOf(v);
  if (types.length === 0) return true;
  return types.includes(t) || (t === "number" && types.includes("integer"));
}

/**
 * The branch of a union that describes `value`: for objects the branch whose `kind` constant is
 * the value's kind, else the first branch of the value's JSON type; the schema itself otherwise.
 * Descriptions and labels of the union are kept when the branch has none.
 */
export function branchFor(s: JsonSchema, value: unknown): JsonSchema {
  const options = s.anyOf ?? s.oneOf;
  if (options === undefined) return s;
  const kind = value !== null && typeof value === "object" ? (value as { kind?: unknown }).kind : undefined;
  const byKind = kind === undefined ? undefined : options.find((o) => o.properties?.["kind"]?.const === kind);
  const chosen = byKind ?? options.find((o) => takes(branchFor(o, value), value)) ?? options[0]!;
  const inner = branchFor(chosen, value);
  return {
    ...inner,
    description: inner.description ?? s.description,
    ru: inner.ru ?? s.ru,
    en: inner.en ?? s.en,
  };
}

/**
 * The `kind` values a union offers (e.g. distribution families), each with its branch and the
 * schema of its `kind` (whose `options` has its words), or [] when it has none.
 */
export function kindsOf(s: JsonSchema): { kind: string; branch: JsonSchema; kindSchema: JsonSchema }[] {
  const options = s.anyOf ?? s.oneOf ?? [];
  return options.flatMap((branch) => {
    const kindSchema = branch.properties?.["kind"];
    const kind = kindSchema?.const;
    return typeof kind === "string" && kindSchema !== undefined ? [{ kind, branch, kindSchema }] : [];
  });
}

const PRIMITIVE_TYPES = ["number", "integer", "string", "boolean", "null"];

const typesOf = (s: JsonSchema): string[] => (s.type === undefined ? [] : Array.isArray(s.type) ? s.type : [s.type]);

/** The branches of a union, nested unions flattened; the schema itself when it is no union. */
function branchesOf(s: JsonSchema): JsonSchema[] {
  const options = s.anyOf ?? s.oneOf;
  return options === undefined ? [s] : options.flatMap(branchesOf);
}

/**
 * What the input of a field holding a plain value (a number, a text, a boolean or null) offers:
 * every plain branch of its union at once, not only the branch of the value it holds now, so
 * that a duration holding 600 still takes "10 min" and a capacity holding null (unlimited)
 * takes a number. A union of fixed values (15, 30 or 60 minutes) becomes a list to choose from.
 * `branch` is `branchFor(s, value)`, whose labels and bounds are kept.
 */
export function plainValueSchema(s: JsonSchema, branch: JsonSchema): JsonSchema {
  const plain = branchesOf(s).filter(
    (o) =>
      o.enum !== undefined ||
      o.const !== undefined ||
      (typesOf(o).length > 0 && typesOf(o).every((t) => PRIMITIVE_TYPES.includes(t))),
  );
  if (plain.length <= 1) return branch;
  const { const: _const, enum: _enum, type: _type, ...rest } = branch;
  if (plain.every((o) => o.const !== undefined || o.enum !== undefined))
    return {
      ...rest,
      enum: plain.flatMap((o) => (o.const !== undefined ? [o.const] : o.enum!)),
      options: branch.options ?? s.options,
    };
  return { ...rest, type: [...new Set(plain.flatMap(typesOf))] };
}
