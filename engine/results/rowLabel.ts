import { MEASURES } from "./measures.js";
import type { MetricColumns, Scope } from "./metricRow.js";
import type { NameLabels, NamedKind } from "./nameLabels.js";

import type { LabelLanguage } from "./labelLanguage.js";

export type { LabelLanguage };

/** Scopes whose subject alone would not say what the row is about (a pool's approvals, not the pool). */
const SCOPE_WORDS: Partial<Record<Scope, { en: string; ru: string }>> = {
  approvals: { en: "approvals", ru: "одобрения" },
  complaints: { en: "complaints", ru: "жалобы" },
  payments: { en: "payments", ru: "оплаты" },
  outbound: { en: "outbound calls", ru: "исходящие звонки" },
  plan: { en: "plan", ru: "план" },
  head: { en: "head", ru: "руководитель" },
  role: { en: "job title", ru: "должность" },
  staffing: { en: "staffing", ru: "штат" },
  poolInterval: { en: "pool by interval", ru: "пул по интервалам" },
};

/** The label of a row's measure in a language, its threshold filled in (e.g. "Served within 20 s"). */
export function measureLabel(c: Pick<MetricColumns, "measure" | "breakdown">, lang: LabelLanguage): string {
  const text = MEASURES[c.measure].label[lang];
  const b = c.breakdown;
  if (b === null) return text;
  if (b.kind === "threshold") return text.replace("{t}", String(b.value));
  return `${text}, ${String(b.value)}`;
}

/** What a row's subject names, by its scope (undefined where it may be several kinds). */
const SUBJECT_KIND: Partial<Record<Scope, NamedKind>> = {
  channel: "channel",
  segment: "segment",
  department: "department",
  plan: "department",
  head: "department",
  pool: "pool",
  approvals: "pool",
  complaints: "pool",
  payments: "pool",
  outbound: "pool",
  staffing: "pool",
  poolInterval: "pool",
  person: "person",
};

/**
 * A readable name of a row in a language: the measure's label from the catalogue, then what it is
 * about ("Mean wait: operators", "Mean wait: admins (approvals)", "Mean wait (all contacts)"),
 * each name shown by its label in that language when `names` (the scenario's labels) gives one.
 * Inbound and company-wide figures carry no suffix.
 */
export function rowLabel(c: MetricColumns, lang: LabelLanguage, names?: NameLabels): string {
  const label = measureLabel(c, lang);
  if (c.scope === "overall") return `${label} (${lang === "ru" ? "все обращения" : "all contacts"})`;
  const show = (name: string | null, kind: NamedKind | undefined) =>
    name === null ? null : names === undefined ? name : names.label(name, lang, kind);
  const shown = [show(c.channel, "channel"), show(c.subject, SUBJECT_KIND[c.scope]), show(c.pool, "pool")].filter(
    (n): n is string => n !== null,
  );
  const at = c.clock === null ? "" : ` ${c.clock}`;
  const word = SCOPE_WORDS[c.scope];
  const of = word === undefined ? "" : ` (${word[lang]})`;
  if (shown.length === 0) return `${label}${at}${of}`;
  return `${label}: ${shown.join(" / ")}${at}${of}`;
}
