import { MEASURES } from "./measures.js";
import type { MetricColumns, Scope } from "./metricRow.js";

export type LabelLanguage = "en" | "ru";

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
  poolInterval: { en: "pool by interval", ru: "группа по интервалам" },
};

/** The label of a row's measure in a language, its threshold filled in (e.g. "Served within 20 s"). */
export function measureLabel(c: Pick<MetricColumns, "measure" | "breakdown">, lang: LabelLanguage): string {
  const text = MEASURES[c.measure].label[lang];
  const b = c.breakdown;
  if (b === null) return text;
  if (b.kind === "threshold") return text.replace("{t}", String(b.value));
  return `${text}, ${String(b.value)}`;
}

/**
 * A readable name of a row in a language: the measure's label from the catalogue, then what it is
 * about ("Mean wait: operators", "Mean wait: admins (approvals)", "Mean wait (all contacts)").
 * Inbound and company-wide figures carry no suffix.
 */
export function rowLabel(c: MetricColumns, lang: LabelLanguage): string {
  const label = measureLabel(c, lang);
  if (c.scope === "overall") return `${label} (${lang === "ru" ? "все обращения" : "all contacts"})`;
  const names = [c.channel, c.subject, c.pool].filter((n): n is string => n !== null);
  const at = c.clock === null ? "" : ` ${c.clock}`;
  const word = SCOPE_WORDS[c.scope];
  const of = word === undefined ? "" : ` (${word[lang]})`;
  if (names.length === 0) return `${label}${at}${of}`;
  return `${label}: ${names.join(" / ")}${at}${of}`;
}
