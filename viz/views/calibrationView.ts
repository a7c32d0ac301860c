import { el } from "../app/dom.js";
import { tableView } from "../app/tableView.js";
import type { ViewContext } from "../app/viewContext.js";
import { bandChart, barChart, fitChart } from "../charts/index.js";
import { setUpColour } from "../charts/setUpColours.js";
import {
  arrivalSeries,
  calibrationTables,
  familyName,
  fitCurves,
  fitParameters,
  reportFits,
  significant,
  streamName,
  survivalCurves,
} from "../figures/index.js";
import type { CalibrationReport, DistributionFit } from "../../engine/results/index.js";
import { calibrationSources } from "./calibrationSources.js";
import { figure, nothing, viewBox } from "./parts.js";
import { notWrittenReason } from "../i18n/index.js";

/**
 * A calibration report (`clientflow calibrate --report`): the files read and every row left out,
 * arrivals per half hour with their intervals, each fitted distribution against its sample,
 * patience (Kaplan-Meier against the exponential), deal chances and amounts, what the variant sets.
 */
export function calibrationView(ctx: ViewContext): HTMLElement {
  const r = ctx.results.calibration;
  const level = ctx.format.percent(r?.confidence ?? 0.95, 0);
  const box = viewBox("calibration", ctx, "calibrationIntro", { scenario: r?.scenario.name ?? "", level });
  if (r === null) {
    box.append(nothing(ctx.locale.t("noData")));
    return box;
  }
  box.append(...calibrationSources(ctx, r), ...arrivals(ctx, r, level), ...fits(ctx, r, "talk"));
  box.append(...patience(ctx, r, level), ...deals(ctx, r, level));
  if (r.notWritten.length > 0) {
    box.append(el("h3", "", ctx.locale.t("cal_notWritten")));
    const list = el("ul", "not-written");
    for (const n of r.notWritten) list.append(el("li", "", notWrittenReason(n, ctx.locale.lang)));
    box.append(list);
  }
  for (const table of calibrationTables(r, ctx.locale)) box.append(tableView(table, ctx.locale, ctx.cell));
  return box;
}

function arrivals(ctx: ViewContext, r: CalibrationReport, level: string): HTMLElement[] {
  const t = ctx.locale.t;
  const parts: HTMLElement[] = [el("h3", "", t("cal_arrivals")), el("p", "note", t("cal_arrivalsNote", { level }))];
  for (const a of r.arrivals) {
    const { span, byWeekday } = arrivalSeries(a, ctx.locale);
    if (byWeekday.length === 0) continue;
    const title = t("cal_arrivalsTitle", { stream: streamName(a.channel, a.segment, ctx.locale) });
    const drawn = byWeekday.map((series, i) => ({
      series: { ...series, label: title },
      name: series.label,
      colour: setUpColour(i),
      mark: "point" as const,
    }));
    const chart = bandChart(drawn, 1800, span, ctx.locale, ctx.format);
    chart.classList.add("arrival-chart");
    chart.dataset["stream"] = `${a.channel}|${a.segment ?? ""}`;
    parts.push(figure(chart));
  }
  return parts;
}

function fits(ctx: ViewContext, r: CalibrationReport, what: "talk" | "amount"): HTMLElement[] {
  const t = ctx.locale.t;
  const parts: HTMLElement[] = what === "talk" ? [el("h3", "", t("cal_serviceTimes"))] : [];
  for (const f of reportFits(r, ctx.locale).filter((x) => x.what === what)) {
    if (f.fit === null) {
      parts.push(el("p", "note", t("cal_noFit", { stream: f.stream })));
      continue;
    }
    parts.push(fitFigure(ctx, f.stream, what, f.fit));
  }
  return parts;
}

/** One fit: its chart and the line naming the family chosen, its parameters and the distance. */
function fitFigure(ctx: ViewContext, stream: string, what: "talk" | "amount", fit: DistributionFit): HTMLElement {
  const t = ctx.locale.t;
  const chosen = fit.fits[0]!;
  const family = familyName(chosen, ctx.locale);
  const chart = fitChart(
    fitCurves(fit),
    {
      name: what === "talk" ? "service-fit" : "deal-fit",
      title: t("cal_fitTitle", { stream, what: t(what === "talk" ? "cal_talk" : "cal_amount"), family }),
      xLabel: t(what === "talk" ? "cal_talk" : "cal_amount"),
      yLabel: t("cal_shareAtMost"),
      unit: what === "talk" ? "seconds" : "money",
      sampleLabel: t("cal_sample", { n: ctx.format.number(fit.n, 0) }),
      fittedLabel: t("cal_fitted", { family }),
    },
    ctx.format,
  );
  chart.dataset["chosen"] = fit.chosen;
  const box = figure(chart);
  const next = fit.fits[1];
  const note = [
    t("cal_fitNote", {
      fit: `${family} ${fitParameters(chosen, (v) => ctx.format.number(significant(v), 4), ctx.locale.lang)}`,
      ks: ctx.format.number(chosen.ks, 3),
      critical: ctx.format.number(fit.ksCritical95, 3),
    }),
    next === undefined
      ? ""
      : t("cal_nextFit", { family: familyName(next, ctx.locale), delta: ctx.format.number(next.bic - chosen.bic, 1) }),
  ];
  box.append(el("figcaption", "fit-note", note.join(" ").trim()));
  return box;
}

function patience(ctx: ViewContext, r: CalibrationReport, level: string): HTMLElement[] {
  const t = ctx.locale.t;
  const f = ctx.format;
  const parts: HTMLElement[] = r.patience.length === 0 ? [] : [el("h3", "", t("cal_patience"))];
  for (const p of r.patience) {
    const stream = streamName(p.channel, p.segment, ctx.locale);
    const e = p.exponential;
    const mean =
      e.mean === null
        ? t("cal_noAbandon")
        : `${f.duration(e.mean)}${e.interval ? ` ${f.interval(f.duration(e.interval[0]), f.duration(e.interval[1]))}` : ""}`;
    const chart = fitChart(
      survivalCurves(p),
      {
        name: "patience-fit",
        title: t("cal_patienceTitle", { stream }),
        xLabel: t("cal_waited"),
        yLabel: t("cal_stillWaiting"),
        unit: "seconds",
        sampleLabel: t("cal_km", { level }),
        fittedLabel: t("cal_exponentialMean", { mean: e.mean === null ? "" : f.duration(e.mean) }),
      },
      f,
    );
    const box = figure(chart);
    const note = t("cal_patienceNote", {
      abandoned: f.number(e.abandoned, 0),
      answered: f.number(e.answered, 0),
      mean,
      median: p.kaplanMeier.median === null ? t("cal_noMedian") : f.duration(p.kaplanMeier.median),
      ks: p.ksDistance === null ? "–" : f.number(p.ksDistance, 3),
    });
    box.append(el("figcaption", "patience-note", note));
    parts.push(box);
  }
  return parts;
}

function deals(ctx: ViewContext, r: CalibrationReport, level: string): HTMLElement[] {
  const t = ctx.locale.t;
  const f = ctx.format;
  if (r.deals.length === 0) return [];
  const parts: HTMLElement[] = [el("h3", "", t("cal_deals"))];
  const withChance = r.deals.flatMap((d) =>
    d.probability === null
      ? []
      : [
          {
            label: ctx.locale.names.label(d.segment, ctx.locale.lang, "segment"),
            summary: { mean: d.probability.value, se: 0, ci95: d.probability.interval, n: d.visits },
          },
        ],
  );
  if (withChance.length > 0)
    parts.push(
      figure(
        barChart(
          withChance,
          { name: "deal-chance", title: t("cal_dealChance", { level }), unit: "share" },
          f,
          ctx.locale,
        ),
      ),
    );
  for (const d of r.deals) {
    const p = d.probability;
    const chance =
      p === null
        ? t("cal_salesOnly")
        : `${f.percent(p.value, 1)} ${f.interval(f.percent(p.interval[0], 1), f.percent(p.interval[1], 1))}`;
    const segment = ctx.locale.names.label(d.segment, ctx.locale.lang, "segment");
    const line = el(
      "p",
      "deal-note",
      t("cal_dealNote", { segment, deals: f.number(d.deals, 0), visits: f.number(d.visits, 0), chance }),
    );
    line.dataset["segment"] = d.segment;
    parts.push(line);
  }
  parts.push(...fits(ctx, r, "amount"));
  return parts;
}
