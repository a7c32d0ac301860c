import type { Locale } from "../i18n/index.js";
import { translateOr } from "../i18n/index.js";
import { observedDays, scaled, summaryOf } from "../data/metricKinds.js";
import { KEPT_OUTCOMES, outcomesOf } from "../data/outcomes.js";
import type { SetUp } from "../data/results.js";
import { rowsWhere, type Measure, type MetricSummary } from "../../engine/results/index.js";
import type { Table } from "./table.js";

export interface FlowNode {
  id: string;
  stage: "channel" | "department" | "outcome";
  label: string;
}

export interface FlowLink {
  source: string;
  target: string;
  /** Contacts per observed day. */
  perDay: number;
}

/** A loss by cause with its 95% interval, per observed day. */
export interface Loss {
  cause: string;
  label: string;
  summary: MetricSummary;
}

export interface FlowFigures {
  nodes: FlowNode[];
  links: FlowLink[];
  /** Lost contacts by outcome; lost clients (left without buying, no retry) by cause. */
  lostContacts: Loss[];
  lostClients: Loss[];
  lostRevenue: Loss[];
  /** channel, department (null: never reached a pool), outcome, contacts per day: every path with any contact. */
  paths: [string, string | null, string, number][];
}

/** Channel → department → outcome, and the losses by cause, of one set-up. */
export function flow(setUp: SetUp, locale: Locale): FlowFigures {
  const outcomeLabel = (o: string) => translateOr(locale.lang, `o_${o}`, o);
  const paths: [string, string | null, string, number][] = [];
  for (const row of rowsWhere(setUp.metrics, { scope: "flow", measure: "contactsPerDay" })) {
    const s = row.summary;
    if (s === null || !(s.mean > 0) || row.breakdown === null) continue;
    paths.push([row.channel ?? "", row.subject, String(row.breakdown.value), s.mean]);
  }
  const nodes = new Map<string, FlowNode>();
  const links = new Map<string, FlowLink>();
  const addLink = (source: string, target: string, v: number) => {
    const k = `${source}\u0000${target}`;
    const l = links.get(k);
    if (l === undefined) links.set(k, { source, target, perDay: v });
    else l.perDay += v;
  };
  for (const [channel, department, outcome, v] of paths) {
    // Ids keep the stage and the whole name apart, whatever characters a name holds.
    const c = `channel:${channel}`;
    const d = department === null ? "none:" : `department:${department}`;
    const o = `outcome:${outcome}`;
    nodes.set(c, { id: c, stage: "channel", label: locale.names.label(channel, locale.lang, "channel") });
    nodes.set(d, {
      id: d,
      stage: "department",
      label:
        department === null ? locale.t("noneDepartment") : locale.names.label(department, locale.lang, "department"),
    });
    nodes.set(o, { id: o, stage: "outcome", label: outcomeLabel(outcome) });
    addLink(c, d, v);
    addLink(d, o, v);
  }
  const days = observedDays(setUp);
  const losses = (measure: "lostContacts" | "lostClients" | "lostRevenue", causes: readonly string[]) =>
    causes.flatMap((cause) => {
      const s = scaled(
        measure === "lostContacts"
          ? summaryOf(setUp, { scope: "overall", measure: cause as Measure })
          : summaryOf(setUp, { scope: "overall", measure, breakdown: { kind: "cause", value: cause } }),
        days,
      );
      return s === null || !(s.mean > 0) ? [] : [{ cause, label: outcomeLabel(cause), summary: s }];
    });
  const lostOutcomes = outcomesOf(setUp).filter((o) => !KEPT_OUTCOMES.has(o));
  return {
    nodes: [...nodes.values()],
    links: [...links.values()],
    lostContacts: losses("lostContacts", lostOutcomes),
    lostClients: losses("lostClients", lostOutcomes),
    lostRevenue: losses("lostRevenue", [...lostOutcomes, "waiting"]),
    paths,
  };
}

export function flowTables(f: FlowFigures, setUp: string, locale: Locale): Table[] {
  const t = locale.t;
  const lossRows = (losses: Loss[]) =>
    losses.map((l) => [setUp, l.label, l.summary.mean, l.summary.ci95[0], l.summary.ci95[1]]);
  return [
    {
      name: "client-flow",
      title: `${t("view_flow")} — ${setUp}`,
      columns: [t("setUp"), t("channel"), t("department"), t("outcome"), t("contactsPerDay")],
      rows: f.paths.map(([c, d, o, v]) => [setUp, c, d ?? "none", o, v]),
    },
    {
      name: "lost-contacts",
      title: t("lostContacts"),
      columns: [t("setUp"), t("cause"), t("contactsPerDay"), t("ciLow"), t("ciHigh")],
      rows: lossRows(f.lostContacts),
    },
    {
      name: "lost-clients",
      title: t("lostClients"),
      columns: [t("setUp"), t("cause"), t("clientsPerDay"), t("ciLow"), t("ciHigh")],
      rows: lossRows(f.lostClients),
    },
    {
      name: "lost-revenue",
      title: t("lostRevenue"),
      columns: [t("setUp"), t("cause"), t("moneyPerDay", { currency: "" }).trim(), t("ciLow"), t("ciHigh")],
      rows: lossRows(f.lostRevenue),
    },
  ];
}
