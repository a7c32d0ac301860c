import type { FieldStep } from "./schemaFields.js";

/**
 * The first value a field has in an example document (the default company): list items and map
 * entries are searched in order, a kind step keeps only objects of that kind. Undefined when the
 * example never sets the field.
 */
export function exampleValue(data: unknown, steps: readonly FieldStep[]): unknown {
  if (steps.length === 0) return data;
  const [step, ...rest] = steps as [FieldStep, ...FieldStep[]];
  if ("key" in step) {
    if (data === null || typeof data !== "object" || Array.isArray(data)) return undefined;
    if (!Object.hasOwn(data, step.key)) return undefined;
    return exampleValue((data as Record<string, unknown>)[step.key], rest);
  }
  if ("kind" in step) {
    const isKind = data !== null && typeof data === "object" && (data as { kind?: unknown }).kind === step.kind;
    return isKind ? exampleValue(data, rest) : undefined;
  }
  const values = "item" in step ? (Array.isArray(data) ? data : []) : mapValues(data);
  for (const v of values) {
    const found = exampleValue(v, rest);
    if (found !== undefined) return found;
  }
  return undefined;
}

function mapValues(data: unknown): unknown[] {
  if (data === null || typeof data !== "object" || Array.isArray(data)) return [];
  return Object.values(data);
}

/** An example as the reference shows it: short JSON, objects and long lists left out. */
export function showExample(value: unknown): string {
  if (value === undefined) return "";
  if (value !== null && typeof value === "object" && !Array.isArray(value)) return "";
  if (Array.isArray(value) && value.some((v) => v !== null && typeof v === "object")) return "";
  const text = JSON.stringify(value);
  if (text === undefined) return "";
  return text.length > 40 ? "" : text;
}

/** The first value of a field of an object of this kind anywhere in the document (depth first). */
export function exampleOfKind(data: unknown, kind: string, steps: readonly FieldStep[]): unknown {
  const stack: unknown[] = [data];
  while (stack.length > 0) {
    const v = stack.pop();
    if (v === null || typeof v !== "object") continue;
    if (!Array.isArray(v) && (v as { kind?: unknown }).kind === kind) {
      const found = exampleValue(v, steps);
      if (found !== undefined) return found;
    }
    const inside = Array.isArray(v) ? v : Object.values(v);
    for (let i = inside.length - 1; i >= 0; i--) stack.push(inside[i]);
  }
  return undefined;
}
