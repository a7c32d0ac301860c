/**
 * Notebook 7. Validation: the engine against Erlang B, C and A across loads.
 *
 * Runs one-pool scenarios through the engine's public API (the same path as `clientflow erlang`)
 * and puts the simulated figures, with 95% intervals over replications, beside the exact ones.
 * `--quick` uses fewer customers (for CI, compared with the committed quick output).
 */
import { erlangReport, erlangScenario, parseScenario, runScenario, type ErlangRequest } from "../engine/index.js";
import { hashCanonical } from "../engine/node/hash.js";
import { isQuick, lineChartSvg, markdownTable, outputDir, writeOutputs, type Series } from "./lib/notebook.js";

const quick = isQuick();
const customers = quick ? 4_000 : 40_000;
const replications = quick ? 4 : 10;
const agents = 10;
const aht = 180;
const loads = [0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95];
const overloads = [0.8, 1.0, 1.2, 1.4];

const base: ErlangRequest = {
  agents,
  arrivalsPerHour: 0,
  ahtSeconds: aht,
  service: "exponential",
  serviceCv: 1,
  patience: "none",
  patienceSeconds: null,
  capacity: null,
  thresholdsSeconds: [20],
  customers,
  warmupCustomers: null,
  replications,
  seed: "validation",
};

function run(request: ErlangRequest) {
  const scenario = parseScenario(erlangScenario(request));
  const results = runScenario(scenario, {
    seed: request.seed,
    replications: request.replications,
    scenarioHash: hashCanonical(scenario),
  });
  return erlangReport(request, results);
}

const perHour = (load: number) => (load * agents * 3600) / aht;
const f = (x: number | undefined, d = 4) => (x === undefined ? "-" : x.toFixed(d));
const inside = (exact: number | undefined, sim: { ci95: [number, number] } | null) =>
  exact === undefined || sim === null ? "-" : exact >= sim.ci95[0] - 1e-9 && exact <= sim.ci95[1] + 1e-9 ? "yes" : "no";

const rowsC: (string | number)[][] = [];
const seriesC: Series[] = [
  { name: "Erlang C (exact)", points: [], dashed: true },
  { name: "simulated", points: [] },
];
for (const load of loads) {
  const r = run({ ...base, arrivalsPerHour: perHour(load) });
  const s = r.simulated.pWait!;
  rowsC.push([
    load,
    f(r.analytic?.pWait),
    f(s.mean),
    `${f(s.ci95[0])} .. ${f(s.ci95[1])}`,
    inside(r.analytic?.pWait, s),
  ]);
  seriesC[0]!.points.push({ x: load, y: r.analytic!.pWait! });
  seriesC[1]!.points.push({ x: load, y: s.mean, low: s.ci95[0], high: s.ci95[1] });
}

const rowsB: (string | number)[][] = [];
for (const load of loads) {
  const r = run({ ...base, arrivalsPerHour: perHour(load), capacity: agents, service: "lognormal", serviceCv: 1.5 });
  const s = r.simulated.pBlock!;
  rowsB.push([
    load,
    f(r.analytic?.pBlock),
    f(s.mean),
    `${f(s.ci95[0])} .. ${f(s.ci95[1])}`,
    inside(r.analytic?.pBlock, s),
  ]);
}

const rowsA: (string | number)[][] = [];
const seriesA: Series[] = [
  { name: "Erlang A (exact)", points: [], dashed: true },
  { name: "simulated", points: [] },
];
for (const load of overloads) {
  const r = run({ ...base, arrivalsPerHour: perHour(load), patience: "exponential", patienceSeconds: 120 });
  const s = r.simulated.pAbandon!;
  rowsA.push([
    load,
    f(r.analytic?.pAbandon),
    f(s.mean),
    `${f(s.ci95[0])} .. ${f(s.ci95[1])}`,
    inside(r.analytic?.pAbandon, s),
  ]);
  seriesA[0]!.points.push({ x: load, y: r.analytic!.pAbandon! });
  seriesA[1]!.points.push({ x: load, y: s.mean, low: s.ci95[0], high: s.ci95[1] });
}

const agreeing = [...rowsC, ...rowsB, ...rowsA].filter((row) => row[4] === "yes").length;
const total = rowsC.length + rowsB.length + rowsA.length;
const header = ["offered load per agent", "exact", "simulated", "95% interval", "exact inside"];
const readme = `# Validation: the engine against Erlang B, C and A

**Question.** Does the simulation engine reproduce the exact results of queueing theory?

**Set-up.** One pool of ${agents} agents, Poisson arrivals, mean handling time ${aht} s, run through
the engine's public API exactly as \`clientflow erlang\` does (one-pool scenario, same kernel and
statistics as every other scenario). ${replications} replications of ${customers.toLocaleString("en-US")} customers each after a
warm-up of ten relaxation times, seed "validation". Assumptions: none beyond the models' own (they
are the models).

## Erlang C: probability of waiting (exponential service, no abandonment)

${markdownTable(header, rowsC)}

![Erlang C](erlang-c.svg)

## Erlang B: probability of blocking (no waiting places, lognormal service with cv 1.5: Erlang B holds for any service distribution)

${markdownTable(header, rowsB)}

## Erlang A: probability of abandoning (exponential patience, mean 120 s), up to 40% overload

${markdownTable(header, rowsA)}

![Erlang A](erlang-a.svg)

## Conclusion

The exact value lies inside the simulated 95% interval in ${agreeing} of ${total} cases. At a 95% level about one
case in twenty is expected to fall outside by chance alone, so ${total - agreeing === 0 ? "no miss" : `${total - agreeing} miss(es)`} among ${total} is what a
correct engine gives${total - agreeing > 2 ? " (more than three would call for a look)" : ""}. The test suite checks the same agreement (within 3 standard
errors) on nine cases from 1 to 40 agents.
`;

writeOutputs(outputDir("validation", quick), {
  "README.md": readme,
  "erlang-c.svg": lineChartSvg("Erlang C: P(wait)", "offered load per agent", "P(wait)", seriesC),
  "erlang-a.svg": lineChartSvg("Erlang A: P(abandon)", "offered load per agent", "P(abandon)", seriesA),
});
