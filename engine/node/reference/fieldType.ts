import { CLOCK_TIME_PATTERN } from "../../time/index.js";
import { kindBranches, type JsonSchemaNode } from "./jsonSchemaNode.js";

const DURATION_WORDS = /\(s\|sec/;

/** A short, readable type of a schema node: "integer 1 to 3660", "duration", "one of `mon`, `tue`". */
export function fieldType(node: JsonSchemaNode): string {
  const kinds = kindBranches(node);
  if (kinds.length > 0) return `one of the kinds ${kinds.map((k) => code(k.kind)).join(", ")}`;
  const branches = node.anyOf ?? node.oneOf;
  if (branches !== undefined) {
    if (isDuration(branches)) return 'duration: seconds, or text such as `"4 min"`';
    const parts = [...new Set(branches.map(fieldType))];
    return parts.join(" or ");
  }
  if (node.const !== undefined) return code(JSON.stringify(node.const));
  if (node.enum !== undefined) return `one of ${node.enum.map((v) => code(String(v))).join(", ")}`;
  switch (node.type) {
    case "integer":
    case "number":
      return `${node.type}${range(node)}`;
    case "string":
      if (node.pattern === CLOCK_TIME_PATTERN.source) return 'time of day `"HH:MM"`';
      if (node.pattern !== undefined && node.maxLength === 80) return "name";
      return node.maxLength !== undefined ? `text (at most ${node.maxLength} characters)` : "text";
    case "boolean":
      return "true or false";
    case "null":
      return "null";
    case "array":
      return `list of ${node.items === undefined ? "values" : plural(fieldType(node.items))}${count(node)}`;
    case "object":
      if (node.properties === undefined && typeof node.additionalProperties === "object") {
        const key = node.propertyNames === undefined ? "name" : fieldType(node.propertyNames);
        return `map from ${key} to ${fieldType(node.additionalProperties)}`;
      }
      return "object";
    default:
      return "any";
  }
}

function isDuration(branches: JsonSchemaNode[]): boolean {
  return (
    branches.length === 2 &&
    branches.some((b) => b.type === "number") &&
    branches.some((b) => b.type === "string" && b.pattern !== undefined && DURATION_WORDS.test(b.pattern))
  );
}

function range(node: JsonSchemaNode): string {
  const big = (v: number | undefined) => v === undefined || Math.abs(v) >= Number.MAX_SAFE_INTEGER;
  const lo = node.minimum ?? node.exclusiveMinimum;
  const hi = node.maximum ?? node.exclusiveMaximum;
  const low = big(lo) ? "" : `${node.exclusiveMinimum !== undefined ? ">" : ">="} ${lo}`;
  const high = big(hi) ? "" : `${node.exclusiveMaximum !== undefined ? "<" : "<="} ${hi}`;
  const both = [low, high].filter((s) => s !== "");
  return both.length === 0 ? "" : ` ${both.join(", ")}`;
}

function count(node: JsonSchemaNode): string {
  if (node.minItems !== undefined && node.maxItems !== undefined) return ` (${node.minItems} to ${node.maxItems})`;
  if (node.minItems !== undefined && node.minItems > 0) return ` (at least ${node.minItems})`;
  if (node.maxItems !== undefined) return ` (at most ${node.maxItems})`;
  return "";
}

function plural(type: string): string {
  if (type === "object") return "objects";
  if (type === "name") return "names";
  return type;
}

function code(text: string): string {
  return `\`${text}\``;
}
