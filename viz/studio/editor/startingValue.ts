import type { JsonSchema } from "./jsonSchema.js";

/**
 * The value a field starts with when the user adds it: the schema's default if it has one, else
 * the first branch of a union (a branch that is not null), the first value of an enum, an object
 * with its required fields, a list of its fewest items, the number nearest 0 within the bounds,
 * "" or false. Where that is not a valid value (a name to fill in), the check says so.
 */
export function startingValue(s: JsonSchema): unknown {
  if (s.default !== undefined) return structuredClone(s.default);
  if (s.const !== undefined) return s.const;
  if (s.enum !== undefined && s.enum.length > 0) return s.enum[0];
  const branches = s.anyOf ?? s.oneOf ?? s.allOf;
  if (branches !== undefined && branches.length > 0)
    return startingValue(branches.find((b) => b.type !== "null") ?? branches[0]!);
  const type = Array.isArray(s.type) ? (s.type.find((t) => t !== "null") ?? s.type[0]) : s.type;
  switch (type) {
    case "object": {
      const props = s.properties ?? {};
      return Object.fromEntries((s.required ?? []).map((k) => [k, startingValue(props[k] ?? {})]));
    }
    case "array":
      return Array.from({ length: s.minItems ?? 0 }, () => startingValue(s.items ?? {}));
    case "number":
    case "integer":
      return startingNumber(s, type === "integer");
    case "string":
      return "";
    case "boolean":
      return false;
    case "null":
      return null;
    default:
      return s.properties !== undefined ? startingValue({ ...s, type: "object" }) : null;
  }
}

/** 0, or the bound nearest it within the schema's bounds (1 above an exclusive lower bound). */
function startingNumber(s: JsonSchema, integer: boolean): number {
  let n = 0;
  if (s.minimum !== undefined) n = Math.max(n, s.minimum);
  if (s.exclusiveMinimum !== undefined && n <= s.exclusiveMinimum) n = s.exclusiveMinimum + 1;
  if (s.maximum !== undefined) n = Math.min(n, s.maximum);
  if (s.exclusiveMaximum !== undefined && n >= s.exclusiveMaximum) n = s.exclusiveMaximum - 1;
  return integer ? Math.ceil(n) : n;
}
