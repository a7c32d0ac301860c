import type { ErlangReport } from "../../erlang/index.js";
import type { LabelLanguage } from "../../results/index.js";
import { ERLANG_WORDS } from "./erlangWords.js";
import { fmt, formatTable } from "./table.js";

/** The calculator's report as text in `lang`: the request, the load and model, and the figures side by side. */
export function erlangText(r: ErlangReport, lang: LabelLanguage = "en"): string {
  const w = ERLANG_WORDS[lang];
  const n = (x: number, digits: number) => fmt(x, digits, lang);
  const q = r.request;
  const load = r.offeredLoad;
  const unsteady = new Set(r.withoutSteadyState);
  const rows: string[][] = [];
  const add = (
    key: string,
    label: string,
    analytic: number | undefined,
    sim: { mean: number; se: number; ci95: [number, number] } | null,
    d: number,
  ) => {
    const inside =
      analytic === undefined || sim === null
        ? ""
        : analytic >= sim.ci95[0] - 1e-9 && analytic <= sim.ci95[1] + 1e-9
          ? w.yes
          : w.no;
    const z = analytic === undefined || sim === null || sim.se === 0 ? "" : n((sim.mean - analytic) / sim.se, 1);
    rows.push([
      unsteady.has(key) ? `${label} ${w.unsteady}` : label,
      analytic === undefined ? "-" : n(analytic, d),
      sim === null ? "-" : n(sim.mean, d),
      sim === null ? "-" : `${n(sim.ci95[0], d)} .. ${n(sim.ci95[1], d)}`,
      inside,
      z,
    ]);
  };
  const a = r.analytic;
  const s = r.simulated;
  add("pBlock", w.rows.pBlock, a?.pBlock, s.pBlock, 4);
  add("pWait", w.rows.pWait, a?.pWait, s.pWait, 4);
  add("pAbandon", w.rows.pAbandon, a?.pAbandon, s.pAbandon, 4);
  add("meanWait", w.rows.meanWait, a?.meanWait, s.meanWait, 2);
  add("meanWaitServed", w.rows.meanWaitServed, a?.meanWaitServed, s.meanWaitServed, 2);
  for (const t of q.thresholdsSeconds) {
    add(`slServed.${t}`, w.rows.slServed(t), a?.slServed?.[String(t)], s.slServed[String(t)] ?? null, 4);
    add(`slAnswered.${t}`, w.rows.slAnswered(t), a?.slAnswered?.[String(t)], s.slAnswered[String(t)] ?? null, 4);
  }
  add("meanQueueLength", w.rows.meanQueueLength, a?.meanQueueLength, s.meanQueueLength, 3);
  add("occupancy", w.rows.occupancy, a?.occupancy, s.occupancy, 4);
  return [
    w.request(q, w.service(q), w.patience(q), w.queue(q.capacity)),
    w.load(n(load, 2), n((100 * load) / q.agents, 1), a?.model, r.steadyState),
    w.simulated(q, r.engineVersion),
    "",
    formatTable(w.header, rows),
    ...(unsteady.size > 0 ? ["", w.unsteadyNote] : []),
  ].join("\n");
}
