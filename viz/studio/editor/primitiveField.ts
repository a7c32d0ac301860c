import { el } from "../../app/dom.js";
import type { Lang } from "../../i18n/index.js";
import { optionLabel } from "./fieldLabel.js";
import type { JsonSchema } from "./jsonSchema.js";

/**
 * The input for a string, number or boolean (a select for a list of values, each shown in the
 * page's language, its value the scenario's); calls `onValue` as the user types.
 */
export function primitiveInput(
  schema: JsonSchema,
  value: unknown,
  onValue: (v: unknown) => void,
  lang: Lang,
): HTMLElement {
  const types = [schema.type ?? [], ...(schema.anyOf ?? schema.oneOf ?? []).map((o) => o.type ?? [])].flat();
  if (schema.enum !== undefined) {
    const s = el("select");
    for (const v of schema.enum) {
      const o = el("option", "", optionLabel(schema, v, lang));
      o.value = JSON.stringify(v);
      s.append(o);
    }
    s.value = JSON.stringify(value);
    s.addEventListener("change", () => onValue(JSON.parse(s.value)));
    return s;
  }
  if (typeof value === "boolean") {
    const c = el("input");
    c.type = "checkbox";
    c.checked = value;
    c.addEventListener("change", () => onValue(c.checked));
    return c;
  }
  // null (none, unlimited) is written by leaving the input empty.
  const nullable = types.includes("null");
  const kinds = types.filter((t) => t !== "null");
  const numeric = kinds.every((t) => t === "number" || t === "integer") && kinds.length > 0;
  const input = el("input");
  input.type = numeric ? "number" : "text";
  if (numeric && schema.minimum !== undefined) input.min = String(schema.minimum);
  if (numeric && schema.maximum !== undefined) input.max = String(schema.maximum);
  if (numeric && types.includes("number")) input.step = "any";
  input.value = value === undefined || value === null ? "" : String(value);
  const takesNumber = types.includes("number") || types.includes("integer");
  input.addEventListener("input", () => {
    const text = input.value.trim();
    if (text === "" && nullable) {
      onValue(null);
      return;
    }
    // A number where the schema takes one (a duration may be 90 or "90 s"); else the text as typed,
    // so the same check as the command line says what is wrong with it.
    onValue(takesNumber && text !== "" && Number.isFinite(Number(text)) ? Number(text) : input.value);
  });
  return input;
}
