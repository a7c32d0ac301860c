import type { Locale } from "../i18n/index.js";
import { translateOr } from "../i18n/index.js";
import { observedDays, scaled } from "../data/metricKinds.js";
import type { SetUp } from "../data/results.js";
import type { MetricSummary } from "../data/resultsSchema.js";
import type { Table } from "./table.js";

/** A labelled estimate with its 95% interval. */
export interface Estimate {
  label: string;
  /** Pool of a person, department of a plan, "" otherwise. */
  group: string;
  summary: MetricSummary;
}

/** A person's fines per observed day, in all and by reason (means). */
export interface PersonFines extends Estimate {
  byReason: { reason: string; label: string; perDay: number }[];
}

export interface ControlFigures {
  /** The fine reasons the file knows (from its `fines.count.<reason>` keys). */
  reasons: { reason: string; label: string }[];
  /** Fines per observed day by person (people with any fine), split by reason. */
  finesByPerson: PersonFines[];
  /** Fines per observed day by reason. */
  finesByReason: Estimate[];
  /** Plan attainment (revenue, sales) and score per department, as shares of the plan. */
  plans: Estimate[];
  /** Score of each head or admin. */
  heads: Estimate[];
}

/** Fines by person and reason, plan attainment per department and head, of one set-up. */
export function control(setUp: SetUp, locale: Locale): ControlFigures {
  const days = observedDays(setUp);
  const reasons = Object.keys(setUp.metrics)
    .filter((k) => k.startsWith("fines.count."))
    .map((k) => k.slice("fines.count.".length))
    .map((reason) => ({ reason, label: translateOr(locale.lang, `r_${reason}`, reason) }));
  const finesByPerson: PersonFines[] = [];
  const plans: Estimate[] = [];
  const heads: Estimate[] = [];
  for (const [key, s] of Object.entries(setUp.metrics)) {
    if (s === null) continue;
    const parts = key.split(".");
    if (parts[0] === "agent" && parts[parts.length - 1] === "fines" && s.mean > 0) {
      finesByPerson.push({
        label: parts.slice(2, -1).join("."),
        group: parts[1]!,
        summary: scaled(s, days)!,
        byReason: reasons.map((r) => ({ ...r, perDay: (setUp.metrics[`${key}.${r.reason}`]?.mean ?? 0) / days })),
      });
    } else if (parts[0] === "plan") {
      const measure = parts[parts.length - 1]!;
      const department = parts.slice(1, -1).join(".");
      const name =
        measure === "revenueAttainment"
          ? locale.t("revenueAttainment")
          : measure === "salesAttainment"
            ? locale.t("salesAttainment")
            : locale.t("score");
      plans.push({ label: `${department}: ${name}`, group: department, summary: s });
    } else if (parts[0] === "head" && parts[parts.length - 1] === "score") {
      heads.push({ label: parts.slice(1, -1).join("."), group: "", summary: s });
    }
  }
  const finesByReason = reasons.flatMap(({ reason, label }) => {
    const s = scaled(setUp.metrics[`fines.${reason}`] ?? null, days);
    return s === null ? [] : [{ label, group: reason, summary: s }];
  });
  return { reasons, finesByPerson, finesByReason, plans, heads };
}

export function controlTables(f: ControlFigures, setUp: string, locale: Locale): Table[] {
  const t = locale.t;
  const rows = (list: Estimate[]) =>
    list.map((e) => [setUp, e.group, e.label, e.summary.mean, e.summary.ci95[0], e.summary.ci95[1]]);
  return [
    {
      name: "fines-by-person",
      title: t("finesByPerson"),
      columns: [
        t("setUp"),
        t("pool"),
        t("person"),
        t("mean"),
        t("ciLow"),
        t("ciHigh"),
        ...f.reasons.map((r) => r.label),
      ],
      rows: f.finesByPerson.map((e) => [
        setUp,
        e.group,
        e.label,
        e.summary.mean,
        e.summary.ci95[0],
        e.summary.ci95[1],
        ...e.byReason.map((r) => r.perDay),
      ]),
    },
    {
      name: "fines-by-reason",
      title: t("finesByReason"),
      columns: [t("setUp"), "key", t("reason"), t("mean"), t("ciLow"), t("ciHigh")],
      rows: rows(f.finesByReason),
    },
    {
      name: "plan-attainment",
      title: t("planAttainment"),
      columns: [t("setUp"), t("department"), t("metric"), t("mean"), t("ciLow"), t("ciHigh")],
      rows: rows(f.plans),
    },
    {
      name: "head-scores",
      title: t("headScore"),
      columns: [t("setUp"), "", t("person"), t("mean"), t("ciLow"), t("ciHigh")],
      rows: rows(f.heads),
    },
  ];
}
