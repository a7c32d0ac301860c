import type { MetricSummary, RunResults } from "../../results/index.js";
import { fmt, formatTable, pct } from "./table.js";

/** The few figures an owner reads first, with 95% intervals over replications. */
export function runSummary(results: RunResults): string {
  const m = results.metrics;
  const obs = results.observation;
  const perDay = (key: string): MetricSummary | null => {
    const v = m[key];
    const days = m["window.days"];
    if (!v || !days || obs.mode !== "days") return null;
    const d = days.mean;
    return { mean: v.mean / d, se: v.se / d, ci95: [v.ci95[0] / d, v.ci95[1] / d], n: v.n };
  };
  const row = (label: string, v: MetricSummary | null | undefined, show: (x: number) => string): string[] =>
    v ? [label, show(v.mean), `${show(v.ci95[0])} .. ${show(v.ci95[1])}`] : [label, "-", "-"];
  const seconds = (x: number) => `${fmt(x, 1)} s`;
  const count = (x: number) => fmt(x, 1);
  const rows: string[][] = [];
  const countRow = (label: string, key: string) =>
    rows.push(obs.mode === "days" ? row(`${label} per day`, perDay(key), count) : row(label, m[key], count));
  // Service figures are over the contacts clients start; outbound conversations count in deals.
  countRow("Client contacts", "inbound.arrivals");
  countRow("Served", "inbound.served");
  // Clients still waiting when the run ended (outcome "unfinished"): counted, never dropped, and
  // shown whenever there are any, since none of the percentages counts them.
  if ((m["inbound.unfinished"]?.mean ?? 0) > 0) countRow("Unserved at the end of the run", "inbound.unfinished");
  // A lost contact may be retried and end in a sale; a lost client left without buying for good.
  countRow("Lost contacts (not served)", "inbound.lostContacts");
  countRow("Lost clients (left without buying)", "inbound.lostClients");
  rows.push(row("Abandoned (of admitted)", m["inbound.pAbandon"], pct));
  rows.push(row("Blocked (of arrivals)", m["inbound.pBlock"], pct));
  rows.push(row("Balked (of arrivals)", m["inbound.pBalk"], pct));
  rows.push(row("Lines busy (of arrivals)", m["inbound.pLinesBusy"], pct));
  rows.push(row("Mean wait (until served or gave up)", m["inbound.meanWait"], seconds));
  rows.push(row("Mean time to first answer", m["inbound.meanTimeToAnswer"], seconds));
  rows.push(row("90th percentile wait (served)", m["inbound.waitP90"], seconds));
  for (const t of obs.thresholdsSeconds)
    rows.push(row(`Served within ${t} s (of served)`, m[`inbound.slServed.${t}`], pct));
  rows.push(row("Occupancy of staff", m["overall.occupancy"], pct));
  const money = (x: number) => `${fmt(x, 0)} ${results.scenario.currency}`;
  if ((m["overall.revenue"]?.mean ?? 0) > 0 || (m["overall.lostRevenue"]?.mean ?? 0) > 0) {
    countRow("Deals", "overall.deals");
    rows.push(row("Conversion (deals / served)", m["overall.conversion"], pct));
    const moneyRow = (label: string, key: string) =>
      rows.push(obs.mode === "days" ? row(`${label} per day`, perDay(key), money) : row(label, m[key], money));
    moneyRow("Revenue", "overall.revenue");
    moneyRow("Lost sales (expected value)", "overall.lostSales");
    moneyRow("Deal chances lost to waiting (expected value)", "overall.lostRevenue.waiting");
    moneyRow("Gross margin", "money.grossMargin");
    moneyRow("Wages", "money.wages");
    moneyRow("Profit (margin - wages)", "money.profit");
  }

  const def = results.scenario.definition;
  const poolRows = def.pools.map((p) => {
    const k = `pool.${p.name}`;
    return [
      p.name,
      pct(m[`${k}.occupancy`]?.mean),
      fmt(m[`${k}.meanQueueLength`]?.mean),
      seconds(m[`${k}.meanWait`]?.mean ?? NaN),
      pct(m[`${k}.pAbandon`]?.mean),
    ];
  });
  const channelRows = def.channels.map((c) => {
    const k = `channel.${c.name}`;
    const t = obs.thresholdsSeconds[0]!;
    const arrivals = obs.mode === "days" ? perDay(`${k}.arrivals`) : m[`${k}.arrivals`];
    return [
      c.name,
      count(arrivals?.mean ?? NaN),
      seconds(m[`${k}.meanWait`]?.mean ?? NaN),
      pct(m[`${k}.slServed.${t}`]?.mean),
      pct(m[`${k}.pAbandon`]?.mean),
    ];
  });
  const departmentRows = def.departments.map((d) => {
    const k = `department.${d.name}`;
    const day = (key: string) => (obs.mode === "days" ? perDay(key) : m[key])?.mean ?? NaN;
    return [
      d.name,
      count(day(`${k}.served`)),
      count(day(`${k}.deals`)),
      fmt(day(`${k}.revenue`), 0),
      fmt(day(`${k}.creditedRevenue`), 0),
      pct(m[`${k}.occupancy`]?.mean),
    ];
  });
  const window =
    obs.mode === "days"
      ? `days ${obs.warmupDays! + 1}-${obs.days} observed after ${obs.warmupDays} warm-up day(s)`
      : `${obs.arrivals} arrivals observed after ${obs.warmupArrivals} warm-up arrivals`;
  return [
    `Scenario "${results.scenario.name}" (${results.scenario.hash.slice(0, 19)}…), seed "${results.seed}", ${results.replications} replication(s), ${window}`,
    "",
    formatTable(["Figure", "Mean", "95% interval"], rows),
    "",
    formatTable(["Pool", "Occupancy", "Mean queue", "Mean wait", "Abandoned"], poolRows),
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
