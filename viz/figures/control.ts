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

export interface ControlFigures {
  /** Fines per observed day by person (people with any fine). */
  finesByPerson: Estimate[];
  /** Fines per observed day by reason. */
  finesByReason: Estimate[];
  /** Plan attainment (revenue, sales) and score per department, as shares of the plan. */
  plans: Estimate[];
  /** Score of each head or admin. */
  heads: Estimate[];
}

const REASONS = ["lateManager", "notStartedConsultant", "notStartedManager"];

/** Fines by person and reason, plan attainment per department and head, of one set-up. */
export function control(setUp: SetUp, locale: Locale): ControlFigures {
  const days = observedDays(setUp);
  const finesByPerson: Estimate[] = [];
  const plans: Estimate[] = [];
  const heads: Estimate[] = [];
  for (const [key, s] of Object.entries(setUp.metrics)) {
    if (s === null) continue;
    const parts = key.split(".");
    if (parts[0] === "agent" && parts[parts.length - 1] === "fines" && s.mean > 0) {
      finesByPerson.push({ label: parts.slice(2, -1).join("."), group: parts[1]!, summary: scaled(s, days)! });
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
  const finesByReason = REASONS.flatMap((reason) => {
    const s = scaled(setUp.metrics[`fines.${reason}`] ?? null, days);
    return s === null ? [] : [{ label: translateOr(locale.lang, `r_${reason}`, reason), group: reason, summary: s }];
  });
  return { finesByPerson, finesByReason, plans, heads };
}

export function controlTables(f: ControlFigures, setUp: string, locale: Locale): Table[] {
  const t = locale.t;
  const rows = (list: Estimate[]) =>
    list.map((e) => [setUp, e.group, e.label, e.summary.mean, e.summary.ci95[0], e.summary.ci95[1]]);
  return [
    {
      name: "fines-by-person",
      title: t("finesByPerson"),
      columns: [t("setUp"), t("pool"), t("person"), t("mean"), t("ciLow"), t("ciHigh")],
      rows: rows(f.finesByPerson),
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
