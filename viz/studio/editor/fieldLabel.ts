import type { Lang } from "../../i18n/index.js";
import type { JsonSchema } from "./jsonSchema.js";

/** Words of the form itself, not of a field: the `kind` chooser of a union. */
const FORM_WORDS: Record<Lang, Record<string, string>> = { en: {}, ru: { kind: "Вид" } };

/**
 * A field's label in the page's language: the schema's own (`ru.label`, `en.label`), else one
 * from the key ("repeatWalkIn" reads "Repeat walk in"); a list item its label in that language
 * with its name ("Операторы-консультанты (operators)"), its name, or its number.
 */
export function fieldLabel(key: string | number, value?: unknown, schema?: JsonSchema, lang: Lang = "en"): string {
  if (typeof key === "number") return itemLabel(key, value, lang);
  const own = lang === "ru" ? schema?.ru?.label : schema?.en?.label;
  if (own !== undefined) return own;
  const word = FORM_WORDS[lang][key];
  if (word !== undefined) return word;
  const words = key.replace(/([a-z0-9])([A-Z])/g, "$1 $2").toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * The words for a value a field offers (the schema's `options`: an enum's value, a union's kind)
 * in the page's language; the value itself where the schema gives none.
 */
export function optionLabel(schema: JsonSchema | undefined, value: unknown, lang: Lang): string {
  return schema?.options?.[String(value)]?.[lang] ?? String(value);
}

/** A field's help in the page's language: the schema's Russian description in Russian (else the English one). */
export function fieldHelp(schema: JsonSchema, lang: Lang): string | undefined {
  return (lang === "ru" ? schema.ru?.description : undefined) ?? schema.description;
}

function itemLabel(i: number, value: unknown, lang: Lang): string {
  const item = value !== null && typeof value === "object" ? (value as { name?: unknown; labels?: unknown }) : {};
  const name = typeof item.name === "string" ? item.name : undefined;
  const labels =
    item.labels !== null && typeof item.labels === "object" ? (item.labels as Partial<Record<Lang, unknown>>) : {};
  const shown = labels[lang];
  if (typeof shown === "string" && name !== undefined && shown !== name) return `${shown} (${name})`;
  return name ?? `#${i + 1}`;
}
