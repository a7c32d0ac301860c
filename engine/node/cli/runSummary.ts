import { RowIndex, type Measure, type MetricSummary, type RunResults, type Selector } from "../../results/index.js";
import type { Scenario } from "../../scenario/index.js";
import { fmt, formatTable, pct } from "./table.js";

/** The few figures an owner reads first, with 95% intervals over replications. */
export function runSummary(results: RunResults<Scenario>): string {
  const rows = new RowIndex(results.metrics);
  const m = (s: Selector): MetricSummary | null => rows.get(s)?.summary ?? null;
  const obs = results.observation;
  const perDay = (key: Selector): MetricSummary | null => {
    const v = m(key);
    const days = m({ scope: "window", measure: "days" });
    if (!v || !days || obs.mode !== "days") return null;
    const d = days.mean;
    return { mean: v.mean / d, se: v.se / d, ci95: [v.ci95[0] / d, v.ci95[1] / d], n: v.n };
  };
  const row = (label: string, v: MetricSummary | null | undefined, show: (x: number) => string): string[] =>
    v ? [label, show(v.mean), `${show(v.ci95[0])} .. ${show(v.ci95[1])}`] : [label, "-", "-"];
  const seconds = (x: number) => `${fmt(x, 1)} s`;
  const count = (x: number) => fmt(x, 1);
  const figures: string[][] = [];
  const countRow = (label: string, key: Selector) =>
    figures.push(obs.mode === "days" ? row(`${label} per day`, perDay(key), count) : row(label, m(key), count));
  // Service figures are over the contacts clients start; outbound conversations count in deals.
  countRow("Client contacts", { scope: "inbound", measure: "arrivals" });
  countRow("Served", { scope: "inbound", measure: "served" });
  // Clients still waiting when the run ended (outcome "unfinished"): counted, never dropped, and
  // shown whenever there are any, since none of the percentages counts them.
  if ((m({ scope: "inbound", measure: "unfinished" })?.mean ?? 0) > 0)
    countRow("Unserved at the end of the run", { scope: "inbound", measure: "unfinished" });
  // A lost contact may be retried and end in a sale; a lost client left without buying for good.
  countRow("Lost contacts (not served)", { scope: "inbound", measure: "lostContacts" });
  countRow("Lost clients (left without buying)", { scope: "inbound", measure: "lostClients" });
  figures.push(row("Abandoned (of admitted)", m({ scope: "inbound", measure: "pAbandon" }), pct));
  figures.push(row("Blocked (of arrivals)", m({ scope: "inbound", measure: "pBlock" }), pct));
  figures.push(row("Balked (of arrivals)", m({ scope: "inbound", measure: "pBalk" }), pct));
  figures.push(row("Lines busy (of arrivals)", m({ scope: "inbound", measure: "pLinesBusy" }), pct));
  figures.push(row("Mean wait (until served or gave up)", m({ scope: "inbound", measure: "meanWait" }), seconds));
  figures.push(row("Mean time to first answer", m({ scope: "inbound", measure: "meanTimeToAnswer" }), seconds));
  figures.push(row("90th percentile wait (served)", m({ scope: "inbound", measure: "waitP90" }), seconds));
  for (const t of obs.thresholdsSeconds)
    figures.push(
      row(
        `Served within ${t} s (of served)`,
        m({ scope: "inbound", measure: "slServed", breakdown: { kind: "threshold", value: t } }),
        pct,
      ),
    );
  figures.push(row("Occupancy of staff", m({ scope: "overall", measure: "occupancy" }), pct));
  const money = (x: number) => `${fmt(x, 0)} ${results.scenario.currency}`;
  if (
    (m({ scope: "overall", measure: "revenue" })?.mean ?? 0) > 0 ||
    (m({ scope: "overall", measure: "lostRevenue" })?.mean ?? 0) > 0
  ) {
    countRow("Deals", { scope: "overall", measure: "deals" });
    figures.push(row("Conversion (deals / served)", m({ scope: "overall", measure: "conversion" }), pct));
    const moneyRow = (label: string, key: Selector) =>
      figures.push(obs.mode === "days" ? row(`${label} per day`, perDay(key), money) : row(label, m(key), money));
    moneyRow("Revenue", { scope: "overall", measure: "revenue" });
    moneyRow("Lost sales (expected value)", { scope: "overall", measure: "lostSales" });
    moneyRow("Deal chances lost to waiting (expected value)", {
      scope: "overall",
      measure: "lostRevenue",
      breakdown: { kind: "cause", value: "waiting" },
    });
    moneyRow("Gross margin", { scope: "money", measure: "grossMargin" });
    moneyRow("Wages", { scope: "money", measure: "wages" });
    moneyRow("Profit (margin - wages)", { scope: "money", measure: "profit" });
  }

  const def = results.scenario.definition;
  const poolRows = def.pools.map((p) => {
    const k = { scope: "pool", subject: p.name } as const;
    return [
      p.name,
      pct(m({ ...k, measure: "occupancy" })?.mean),
      fmt(m({ ...k, measure: "meanQueueLength" })?.mean),
      seconds(m({ ...k, measure: "meanWait" })?.mean ?? NaN),
      pct(m({ ...k, measure: "pAbandon" })?.mean),
      // Overtime: work after a shift or closing ends, per day (in all, in a count-based run).
      fmt(m({ ...k, measure: obs.mode === "days" ? "overtimeHoursPerDay" : "overtimeHours" })?.mean ?? NaN, 2),
      fmt(m({ ...k, measure: obs.mode === "days" ? "overtimeCostPerDay" : "overtimeCost" })?.mean ?? NaN, 0),
    ];
  });
  const channelRows = def.channels.map((c) => {
    const k = { scope: "channel", subject: c.name } as const;
    const t = obs.thresholdsSeconds[0]!;
    const arrivals = obs.mode === "days" ? perDay({ ...k, measure: "arrivals" }) : m({ ...k, measure: "arrivals" });
    return [
      c.name,
      count(arrivals?.mean ?? NaN),
      seconds(m({ ...k, measure: "meanWait" })?.mean ?? NaN),
      pct(m({ ...k, measure: "slServed", breakdown: { kind: "threshold", value: t } })?.mean),
      pct(m({ ...k, measure: "pAbandon" })?.mean),
    ];
  });
  const departmentRows = def.departments.map((d) => {
    const k = { scope: "department", subject: d.name } as const;
    const day = (measure: Measure) =>
      (obs.mode === "days" ? perDay({ ...k, measure }) : m({ ...k, measure }))?.mean ?? NaN;
    return [
      d.name,
      count(day("served")),
      count(day("deals")),
      fmt(day("revenue"), 0),
      fmt(day("creditedRevenue"), 0),
      pct(m({ ...k, measure: "occupancy" })?.mean),
    ];
  });
  const window =
    obs.mode === "days"
      ? `days ${obs.warmupDays! + 1}-${obs.days} observed after ${obs.warmupDays} warm-up day(s)`
      : `${obs.arrivals} arrivals observed after ${obs.warmupArrivals} warm-up arrivals`;
  return [
    `Scenario "${results.scenario.name}" (${results.scenario.hash.slice(0, 19)}…), seed "${results.seed}", ${results.replications} replication(s), ${window}`,
    "",
    formatTable(["Figure", "Mean", "95% interval"], figures),
    "",
    formatTable(
      [
        "Pool",
        "Occupancy",
        "Mean queue",
        "Mean wait",
        "Abandoned",
        obs.mode === "days" ? "Overtime h/day" : "Overtime h",
        `${obs.mode === "days" ? "Overtime pay/day" : "Overtime pay"} (${results.scenario.currency})`,
      ],
      poolRows,
    ),
    ...(departmentRows.length > 0
      ? [
          "",
          formatTable(
            [
              "Department",
              obs.mode === "days" ? "Served per day" : "Served",
              "Deals",
              `Revenue made (${results.scenario.currency})`,
              `Credited (${results.scenario.currency})`,
              "Occupancy",
            ],
            departmentRows,
          ),
        ]
      : []),
    "",
    formatTable(
      [
        "Channel",
        obs.mode === "days" ? "Arrivals per day" : "Arrivals",
        "Mean wait",
        `Within ${obs.thresholdsSeconds[0]} s`,
        "Abandoned",
      ],
      channelRows,
    ),
  ].join("\n");
}
