import { formatPath } from "../../../engine/index.js";
import { el } from "../../app/dom.js";
import { studioText } from "../i18n/studioText.js";
import { fieldHelp, fieldLabel, optionLabel } from "./fieldLabel.js";
import type { FormHost } from "./formHost.js";
import { branchFor, kindsOf, plainValueSchema, type JsonSchema } from "./jsonSchema.js";
import { primitiveInput } from "./primitiveField.js";
import { startingValue } from "./startingValue.js";
import type { JsonPath } from "./valueAt.js";

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === "object" && !Array.isArray(v);

/**
 * One field of the scenario, drawn from its JSON Schema: a section for an object (its fields,
 * with add and remove for the optional ones) or a list (its items, with add and remove), an
 * input for a value. Each carries `data-path`, the field path the command line's messages use
 * ("pools[0].staff"), and a place for its error. `shownAs` replaces the label (a record's key).
 */
export function renderField(
  schema: JsonSchema,
  value: unknown,
  path: JsonPath,
  host: FormHost,
  shownAs?: string,
): HTMLElement {
  const s = branchFor(schema, value);
  const key = path[path.length - 1] ?? "";
  const label = shownAs ?? fieldLabel(key, value, s, host.lang);
  const help = fieldHelp(s, host.lang);
  const where = formatPath(path);
  if (!isObject(value) && !Array.isArray(value)) {
    const field = el("div", "field");
    field.dataset["path"] = where;
    const l = el("label");
    l.append(
      el("span", "field-label", label),
      primitiveInput(plainValueSchema(schema, s), value, (v) => host.edit(path, v), host.lang),
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

/**
 * A field of an object (at `path`) as `renderField` draws it, with a "remove" beside it when the
 * object may go without it (an optional field, a record's entry): the scenario then drops it.
 */
export function propertyField(
  s: JsonSchema,
  object: Record<string, unknown>,
  key: string,
  path: JsonPath,
  host: FormHost,
): HTMLElement {
  const own = s.properties?.[key];
  const entries = typeof s.additionalProperties === "object" ? s.additionalProperties : undefined;
  // A record's entry is shown by its key: a weekday in words ("Понедельник"), else the key itself.
  const shownAs = own === undefined ? optionLabel(s.propertyNames, key, host.lang) : undefined;
  const field = renderField(own ?? entries ?? {}, object[key], [...path, key], host, shownAs);
  if (own !== undefined && (s.required ?? []).includes(key)) return field;
  const row = el("div", "optional-field");
  const remove = el("button", "remove-field", studioText(host.lang, "removeField"));
  remove.type = "button";
  remove.title = shownAs ?? fieldLabel(key, object[key], branchFor(own ?? {}, object[key]), host.lang);
  remove.addEventListener("click", () => host.replace([...path, key], undefined));
  row.append(field, remove);
  return row;
}

/**
 * "Add …" for a field the object (at `path`) lacks: it starts with the schema's default, else a
 * minimal value (`startingValue`), and its section opens.
 */
export function addFieldButton(s: JsonSchema, key: string, path: JsonPath, host: FormHost): HTMLButtonElement {
  const fieldSchema = s.properties?.[key] ?? {};
  const start = startingValue(fieldSchema);
  const label = fieldLabel(key, start, branchFor(fieldSchema, start), host.lang);
  const add = el("button", "add-field", studioText(host.lang, "addField", { label }));
  add.type = "button";
  add.dataset["key"] = key;
  add.addEventListener("click", () => {
    host.open.add(formatPath([...path, key]));
    host.replace([...path, key], start);
  });
  return add;
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
  const chosenByKind = kinds.length > 1 && typeof value["kind"] === "string";
  if (chosenByKind) {
    const choose = el("select", "kind");
    for (const k of kinds)
      choose.append(Object.assign(el("option", "", optionLabel(k.kindSchema, k.kind, host.lang)), { value: k.kind }));
    choose.value = String(value["kind"]);
    choose.addEventListener("change", () => {
      const chosen = kinds.find((k) => k.kind === choose.value);
      if (chosen !== undefined) host.replace(path, withKind(value, chosen.branch));
    });
    const l = el("label", "field");
    l.append(el("span", "field-label", fieldLabel("kind", undefined, undefined, host.lang)), choose);
    section.append(l);
  }
  for (const k of Object.keys(value)) {
    if (k === "kind" && chosenByKind) continue;
    section.append(propertyField(s, value, k, path, host));
  }
  const absent = Object.keys(s.properties ?? {}).filter((k) => !(k in value) && !(k === "kind" && chosenByKind));
  if (absent.length > 0) {
    const adds = el("div", "add-fields");
    adds.append(...absent.map((k) => addFieldButton(s, k, path, host)));
    section.append(adds);
  }
  if (typeof s.additionalProperties === "object")
    section.append(addEntry(s, s.additionalProperties, value, path, host));
}

/**
 * The value of another kind of a union (a distribution's family): the branch's minimal value,
 * keeping the fields the two kinds share (a mean stays the mean).
 */
function withKind(value: Record<string, unknown>, branch: JsonSchema): unknown {
  const next = startingValue(branch) as Record<string, unknown>;
  for (const k of Object.keys(branch.properties ?? {})) if (k !== "kind" && k in value) next[k] = value[k];
  return next;
}

/**
 * "Add" a key to a record: a choice of the keys it lacks where the keys are a list (weekdays,
 * months), else a text box for the key (a time of day, a note's name).
 */
function addEntry(
  s: JsonSchema,
  entries: JsonSchema,
  value: Record<string, unknown>,
  path: JsonPath,
  host: FormHost,
): HTMLElement {
  const row = el("div", "add-entry-row");
  const add = el("button", "add-entry", studioText(host.lang, "addItem"));
  add.type = "button";
  const keys = s.propertyNames?.enum?.map(String);
  let key: () => string;
  if (keys !== undefined) {
    const missing = keys.filter((k) => !(k in value));
    if (missing.length === 0) return row;
    const choose = el("select", "entry-key");
    for (const k of missing)
      choose.append(Object.assign(el("option", "", optionLabel(s.propertyNames, k, host.lang)), { value: k }));
    key = () => choose.value;
    row.append(choose);
  } else {
    const input = el("input", "entry-key");
    input.type = "text";
    input.placeholder = studioText(host.lang, "newKey");
    key = () => input.value.trim();
    row.append(input);
  }
  add.addEventListener("click", () => {
    const k = key();
    if (k === "" || k in value) return;
    host.replace([...path, k], startingValue(entries));
  });
  row.append(add);
  return row;
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
  // A copy of the last item, or the item's minimal value in an empty list.
  add.addEventListener("click", () =>
    host.replace(path, [
      ...value,
      value.length > 0 ? copyOf(value[value.length - 1], value) : startingValue(itemSchema),
    ]),
  );
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
