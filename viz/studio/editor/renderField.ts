import { formatPath } from "../../../engine/index.js";
import { el } from "../../app/dom.js";
import { studioText } from "../i18n/studioText.js";
import { fieldHelp, fieldLabel } from "./fieldLabel.js";
import type { FormHost } from "./formHost.js";
import { branchFor, kindsOf, type JsonSchema } from "./jsonSchema.js";
import { primitiveInput } from "./primitiveField.js";
import type { JsonPath } from "./valueAt.js";

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === "object" && !Array.isArray(v);

/**
 * One field of the scenario, drawn from its JSON Schema: a section for an object (its fields) or
 * a list (its items, with add and remove), an input for a value. Each carries `data-path`, the
 * field path the command line's messages use ("pools[0].staff"), and a place for its error.
 */
export function renderField(schema: JsonSchema, value: unknown, path: JsonPath, host: FormHost): HTMLElement {
  const s = branchFor(schema, value);
  const key = path[path.length - 1] ?? "";
  const label = fieldLabel(key, value, s, host.lang);
  const help = fieldHelp(s, host.lang);
  const where = formatPath(path);
  if (!isObject(value) && !Array.isArray(value)) {
    const field = el("div", "field");
    field.dataset["path"] = where;
    const l = el("label");
    l.append(
      el("span", "field-label", label),
      primitiveInput(s, value, (v) => host.edit(path, v)),
    );
    field.append(l);
    if (help !== undefined) field.append(el("small", "help", help));
    field.append(el("span", "field-error"));
    return field;
  }
  const section = el("details", Array.isArray(value) ? "field list" : "field object");
  section.dataset["path"] = where;
  section.open = host.open.has(where);
  section.addEventListener("toggle", () => {
    if (section.open) host.open.add(where);
    else host.open.delete(where);
    if (section.open && section.dataset["drawn"] !== "1") fill();
  });
  const summary = el("summary", "", Array.isArray(value) ? `${label} (${value.length})` : label);
  section.append(summary, el("span", "field-error"));
  if (help !== undefined) section.append(el("small", "help", help));
  // The fields inside are drawn when the section is first opened (the default company has thousands).
  const fill = () => {
    section.dataset["drawn"] = "1";
    if (Array.isArray(value)) fillList(section, s, value, path, host);
    else fillObject(section, schema, s, value, path, host);
  };
  if (section.open) fill();
  return section;
}

function fillObject(
  section: HTMLElement,
  union: JsonSchema,
  s: JsonSchema,
  value: Record<string, unknown>,
  path: JsonPath,
  host: FormHost,
): void {
  const kinds = kindsOf(union);
  if (kinds.length > 1 && typeof value["kind"] === "string") {
    const choose = el("select", "kind");
    for (const k of kinds) choose.append(Object.assign(el("option", "", k), { value: k }));
    choose.value = value["kind"];
    choose.addEventListener("change", () => host.replace(path, { kind: choose.value }));
    const l = el("label", "field");
    l.append(el("span", "field-label", fieldLabel("kind", undefined, undefined, host.lang)), choose);
    section.append(l);
  }
  const props = s.properties ?? {};
  for (const [k, v] of Object.entries(value)) {
    if (k === "kind" && kinds.length > 1) continue;
    const fieldSchema = props[k] ?? (typeof s.additionalProperties === "object" ? s.additionalProperties : {});
    section.append(renderField(fieldSchema, v, [...path, k], host));
  }
}

function fillList(section: HTMLElement, s: JsonSchema, value: unknown[], path: JsonPath, host: FormHost): void {
  const itemSchema = s.items ?? {};
  value.forEach((item, i) => {
    const row = el("div", "list-item");
    const remove = el("button", "remove-item", studioText(host.lang, "removeItem"));
    remove.type = "button";
    remove.addEventListener("click", () =>
      host.replace(
        path,
        value.filter((_, j) => j !== i),
      ),
    );
    row.append(renderField(itemSchema, item, [...path, i], host), remove);
    section.append(row);
  });
  const add = el("button", "add-item", studioText(host.lang, "addItem"));
  add.type = "button";
  add.disabled = value.length === 0;
  add.addEventListener("click", () => host.replace(path, [...value, copyOf(value[value.length - 1], value)]));
  section.append(add);
}

/** A copy of the last item for "Add": a named item gets a name not yet in the list ("Operator 4 (2)"). */
function copyOf(last: unknown, list: readonly unknown[]): unknown {
  const copy = structuredClone(last);
  if (!isObject(copy) || typeof copy["name"] !== "string") return copy;
  const names = new Set(list.map((x) => (isObject(x) ? x["name"] : undefined)));
  let n = 2;
  while (names.has(`${copy["name"]} (${n})`)) n++;
  copy["name"] = `${copy["name"]} (${n})`;
  return copy;
}
