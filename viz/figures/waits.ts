import type { Locale } from "../i18n/index.js";
import type { Breakdown, Measure } from "../../engine/results/index.js";
import { meanOf } from "../data/metricKinds.js";
import type { SetUp } from "../data/results.js";
import type { Table } from "./table.js";

/** A point of the waiting-time distribution: share of served contacts answered within `seconds`. */
export interface WaitPoint {
  seconds: number;
  share: number;
  /** "sl" from a service-level threshold, "percentile" from a percentile of the wait. */
  from: "sl" | "percentile";
}

export interface WaitCurve {
  group: "channel" | "segment";
  name: string;
  points: WaitPoint[];
}

export interface WaitFigures {
  thresholds: number[];
  curves: WaitCurve[];
}

const PERCENTILES = [
  [50, "waitP50"],
  [80, "waitP80"],
  [90, "waitP90"],
  [95, "waitP95"],
] as const;

/** Waiting-time distribution (served contacts) per channel and per segment of one set-up. */
export function waits(setUp: SetUp): WaitFigures {
  const thresholds = setUp.observation.thresholdsSeconds;
  const curves: WaitCurve[] = [];
  const groups: [WaitCurve["group"], string[]][] = [
    ["channel", setUp.definition.channels.map((c) => c.name)],
    ["segment", setUp.definition.segments.map((s) => s.name)],
  ];
  for (const [group, names] of groups) {
    for (const name of names) {
      const at = (measure: Measure, breakdown: Breakdown | null = null) =>
        meanOf(setUp, { scope: group, subject: name, measure, breakdown });
      const served = at("served");
      if (served === undefined || !(served > 0)) continue;
      const points: WaitPoint[] = [];
      for (const t of thresholds) {
        const v = at("slServed", { kind: "threshold", value: t });
        if (v !== undefined) points.push({ seconds: t, share: v, from: "sl" });
      }
      for (const [p, measure] of PERCENTILES) {
        const v = at(measure);
        if (v !== undefined) points.push({ seconds: v, share: p / 100, from: "percentile" });
      }
      points.sort((a, b) => a.seconds - b.seconds || a.share - b.share);
      if (points.length > 0) curves.push({ group, name, points });
    }
  }
  return { thresholds, curves };
}

export function waitsTable(f: WaitFigures, setUp: string, locale: Locale): Table {
  const t = locale.t;
  return {
    name: "waiting-times",
    title: `${t("view_waits")} — ${setUp}`,
    columns: [
      t("setUp"),
      `${t("channel")} / ${t("segment")}`,
      t("value"),
      t("waitSeconds"),
      t("servedWithin"),
      t("metric"),
    ],
    rows: f.curves.flatMap((c) =>
      c.points.map((p) => [
        setUp,
        t(c.group),
        c.name,
        p.seconds,
        p.share,
        p.from === "sl" ? t("serviceLevel", { t: p.seconds }) : t("percentile"),
      ]),
    ),
  };
}
