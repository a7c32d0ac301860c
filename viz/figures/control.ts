import type { Locale } from "../i18n/index.js";
import { translateOr } from "../i18n/index.js";
import { meanOf, observedDays, scaled, summaryOf } from "../data/metricKinds.js";
import type { SetUp } from "../data/results.js";
import { rowsWhere, type MetricSummary } from "../../engine/results/index.js";
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
  /** The fine reasons the file knows (from the reasons of its count of fines). */
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
  const reasons = rowsWhere(setUp.metrics, { scope: "fines", measure: "fineCount", breakdown: { kind: "reason" } })
    .map((row) => String(row.breakdown!.value))
    .map((reason) => ({ reason, label: translateOr(locale.lang, `r_${reason}`, reason) }));
  const finesByPerson: PersonFines[] = [];
  const plans: Estimate[] = [];
  const heads: Estimate[] = [];
  for (const row of setUp.metrics) {
    const s = row.summary;
    if (s === null) continue;
    if (row.scope === "person" && row.measure === "fines" && row.breakdown === null && s.mean > 0) {
      const person = { scope: "person", subject: row.subject, pool: row.pool, measure: "fines" } as const;
      finesByPerson.push({
        label: locale.names.label(row.subject ?? "", locale.lang, "person"),
        group: row.pool ?? "",
        summary: scaled(s, days)!,
        byReason: reasons.map((r) => ({
          ...r,
          perDay: (meanOf(setUp, { ...person, breakdown: { kind: "reason", value: r.reason } }) ?? 0) / days,
        })),
      });
    } else if (row.scope === "plan") {
      const department = locale.names.label(row.subject ?? "", locale.lang, "department");
      const name =
        row.measure === "revenueAttainment"
          ? locale.t("revenueAttainment")
          : row.measure === "salesAttainment"
            ? locale.t("salesAttainment")
            : locale.t("score");
      plans.push({ label: `${department}: ${name}`, group: department, summary: s });
    } else if (row.scope === "head" && row.measure === "score") {
      heads.push({ label: locale.names.label(row.subject ?? "", locale.lang, "department"), group: "", summary: s });
    }
  }
  const finesByReason = reasons.flatMap(({ reason, label }) => {
    const s = scaled(
      summaryOf(setUp, { scope: "fines", measure: "fines", breakdown: { kind: "reason", value: reason } }),
      days,
    );
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
      columns: [t("setUp"), "reason", t("reason"), t("mean"), t("ciLow"), t("ciHigh")],
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
