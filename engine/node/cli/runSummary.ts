import {
  currencySymbol,
  NameLabels,
  RowIndex,
  type LabelLanguage,
  type Measure,
  type MetricRow,
  type MetricSummary,
  type RunResults,
  type Selector,
} from "../../results/index.js";
import type { Scenario } from "../../scenario/index.js";
import { estimateMean } from "../../stats/index.js";
import { RUN_SUMMARY_WORDS } from "./runSummaryWords.js";
import { formatTable } from "./table.js";

const LOCALE: Record<LabelLanguage, string> = { en: "en-US", ru: "ru-RU" };

/**
 * The few figures an owner reads first, with 95% intervals over replications, in English or
 * Russian: the scenario's named things by their labels in that language, money in its symbol.
 */
export function runSummary(results: RunResults<Scenario>, lang: LabelLanguage = "en"): string {
  const w = RUN_SUMMARY_WORDS[lang];
  const names = NameLabels.of(results.scenario.definition);
  const fmt = (value: number | null | undefined, decimals = 2): string =>
    value === null || value === undefined || !Number.isFinite(value)
      ? "-"
      : value.toLocaleString(LOCALE[lang], { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
  const pct = (value: number | null | undefined): string => {
    if (value === null || value === undefined || !Number.isFinite(value)) return "-";
    const text = fmt(value * 100, 1);
    return `${/^[-−]0[.,]?0*$/.test(text) ? text.slice(1) : text}%`;
  };
  const symbol = currencySymbol(results.scenario.currency, lang);
  const rows = new RowIndex(results.metrics);
  const m = (s: Selector): MetricSummary | null => rows.get(s)?.summary ?? null;
  const obs = results.observation;
  /** A summary per observed day (null in a count-based run). */
  const daily = (v: MetricSummary | null): MetricSummary | null => {
    const days = m({ scope: "window", measure: "days" });
    if (!v || !days || obs.mode !== "days") return null;
    const d = days.mean;
    return { mean: v.mean / d, se: v.se / d, ci95: [v.ci95[0] / d, v.ci95[1] / d], n: v.n };
  };
  const perDay = (key: Selector): MetricSummary | null => daily(m(key));
  // One replication has no interval: "-", never a zero-width interval.
  const row = (label: string, v: MetricSummary | null | undefined, show: (x: number) => string): string[] =>
    v ? [label, show(v.mean), v.n < 2 ? "-" : `${show(v.ci95[0])} .. ${show(v.ci95[1])}`] : [label, "-", "-"];
  const seconds = (x: number) => (Number.isFinite(x) ? `${fmt(x, 1)} ${w.seconds}` : "-");
  const count = (x: number) => fmt(x, 1);
  const figures: string[][] = [];
  const countRow = (label: string, key: Selector) =>
    figures.push(obs.mode === "days" ? row(w.perDay(label), perDay(key), count) : row(label, m(key), count));
  // Service figures are over the contacts clients start; outbound conversations count in deals.
  countRow(w.contacts, { scope: "inbound", measure: "arrivals" });
  countRow(w.served, { scope: "inbound", measure: "served" });
  // Clients still waiting when the run ended (outcome "unfinished"): counted, never dropped, and
  // shown whenever there are any, since none of the percentages counts them.
  if ((m({ scope: "inbound", measure: "unfinished" })?.mean ?? 0) > 0)
    countRow(w.unfinished, { scope: "inbound", measure: "unfinished" });
  // A lost contact may be retried and end in a sale; a lost client left without buying for good.
  countRow(w.lostContacts, { scope: "inbound", measure: "lostContacts" });
  countRow(w.lostClients, { scope: "inbound", measure: "lostClients" });
  figures.push(row(w.abandoned, m({ scope: "inbound", measure: "pAbandon" }), pct));
  figures.push(row(w.blocked, m({ scope: "inbound", measure: "pBlock" }), pct));
  figures.push(row(w.balked, m({ scope: "inbound", measure: "pBalk" }), pct));
  figures.push(row(w.linesBusy, m({ scope: "inbound", measure: "pLinesBusy" }), pct));
  figures.push(row(w.meanWait, m({ scope: "inbound", measure: "meanWait" }), seconds));
  figures.push(row(w.timeToAnswer, m({ scope: "inbound", measure: "meanTimeToAnswer" }), seconds));
  figures.push(row(w.waitP90, m({ scope: "inbound", measure: "waitP90" }), seconds));
  for (const t of obs.thresholdsSeconds)
    figures.push(
      row(w.within(t), m({ scope: "inbound", measure: "slServed", breakdown: { kind: "threshold", value: t } }), pct),
    );
  figures.push(row(w.occupancy, m({ scope: "overall", measure: "occupancy" }), pct));
  const money = (x: number) => `${fmt(x, 0)} ${symbol}`;
  if (
    (m({ scope: "overall", measure: "revenue" })?.mean ?? 0) > 0 ||
    (m({ scope: "overall", measure: "lostRevenue" })?.mean ?? 0) > 0
  ) {
    // Deals and conversion over the client contacts above (as the viewer's key figures); deals
    // made on outbound calls count in revenue and profit, and are shown apart when there are any.
    countRow(w.deals, { scope: "inbound", measure: "deals" });
    const outbound = outboundDeals(rows);
    if (outbound !== null && outbound.mean > 0)
      figures.push(
        obs.mode === "days"
          ? row(w.perDay(w.outboundDeals), daily(outbound), count)
          : row(w.outboundDeals, outbound, count),
      );
    figures.push(row(w.conversion, m({ scope: "inbound", measure: "conversion" }), pct));
    const moneyRow = (label: string, key: Selector) =>
      figures.push(obs.mode === "days" ? row(w.perDay(label), perDay(key), money) : row(label, m(key), money));
    moneyRow(w.revenue, { scope: "overall", measure: "revenue" });
    moneyRow(w.lostSales, { scope: "inbound", measure: "lostSales" });
    // Over every contact: calls back to leads wait in a queue too, and their lost chances are the company's.
    moneyRow(w.lostToWaiting, {
      scope: "overall",
      measure: "lostRevenue",
      breakdown: { kind: "cause", value: "waiting" },
    });
    moneyRow(w.grossMargin, { scope: "money", measure: "grossMargin" });
    moneyRow(w.wages, { scope: "money", measure: "wages" });
    moneyRow(w.profit, { scope: "money", measure: "profit" });
  }

  const def = results.scenario.definition;
  const poolRows = def.pools.map((p) => {
    const k = { scope: "pool", subject: p.name } as const;
    return [
      names.label(p.name, lang, "pool"),
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
      names.label(c.name, lang, "channel"),
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
      names.label(d.name, lang, "department"),
      count(day("served")),
      count(day("deals")),
      fmt(day("revenue"), 0),
      fmt(day("creditedRevenue"), 0),
      pct(m({ ...k, measure: "occupancy" })?.mean),
    ];
  });
  const window =
    obs.mode === "days"
      ? w.windowDays(obs.warmupDays! + 1, obs.days!, obs.warmupDays!)
      : w.windowArrivals(obs.arrivals!, obs.warmupArrivals!);
  return [
    w.title(
      names.label(results.scenario.name, lang, "scenario"),
      results.scenario.hash.slice(0, 19),
      results.seed,
      results.replications,
      window,
    ),
    ...(results.replications < 2 ? [w.noIntervals] : []),
    "",
    formatTable(w.header, figures),
    "",
    formatTable(
      [
        ...w.poolHeader,
        obs.mode === "days" ? w.overtimeHoursPerDay : w.overtimeHours,
        `${obs.mode === "days" ? w.overtimePayPerDay : w.overtimePay} (${symbol})`,
      ],
      poolRows,
    ),
    ...(departmentRows.length > 0
      ? [
          "",
          formatTable(
            [
              w.department,
              obs.mode === "days" ? w.servedPerDay : w.served,
              w.departmentDeals(obs.mode === "days"),
              w.made(symbol, obs.mode === "days"),
              w.credited(symbol, obs.mode === "days"),
              w.occupancyShort,
            ],
            departmentRows,
          ),
        ]
      : []),
    "",
    formatTable(
      [
        w.channel,
        obs.mode === "days" ? w.arrivalsPerDay : w.arrivals,
        w.meanWaitShort,
        w.withinShort(obs.thresholdsSeconds[0]!),
        w.abandonedShort,
      ],
      channelRows,
    ),
  ].join("\n");
}

/**
 * Deals made on outbound calls (cold calls, calls to the client base, calls back to leads): all
 * deals less those of the contacts clients started, per replication, with its 95% interval over
 * replications; null when the results have no deals.
 */
function outboundDeals(rows: RowIndex<MetricRow>): MetricSummary | null {
  const all = rows.get({ scope: "overall", measure: "deals" });
  const inbound = rows.get({ scope: "inbound", measure: "deals" });
  if (all === undefined || inbound === undefined) return null;
  const differences = all.values.flatMap((v, i) => {
    const w = inbound.values[i];
    return v === null || w === null || w === undefined ? [] : [v - w];
  });
  return differences.length === 0 ? null : estimateMean(differences);
}
