import { describe, expect, it } from "vitest";
import { erlangReport, erlangScenario, type ErlangRequest } from "../../../engine/erlang/index.js";
import { runScenario } from "../../../engine/run/index.js";
import { parseScenario } from "../../../engine/scenario/index.js";
import { rowOf, type Selector } from "../../../engine/results/index.js";

const base: ErlangRequest = {
  agents: 1,
  arrivalsPerHour: 30,
  ahtSeconds: 60,
  service: "exponential",
  serviceCv: 1,
  patience: "none",
  patienceSeconds: null,
  capacity: null,
  thresholdsSeconds: [20, 60],
  customers: 20_000,
  warmupCustomers: null,
  replications: 10,
  seed: "agreement",
};

// From light load to overload, 1 to 40 agents; each is compared key by key with the exact model.
const CASES: [string, Partial<ErlangRequest>][] = [
  ["M/M/1 at 50% load", {}],
  ["M/M/5 at 80% load", { agents: 5, arrivalsPerHour: 240 }],
  ["M/M/20 at 90% load", { agents: 20, arrivalsPerHour: 1080, customers: 40_000 }],
  ["M/M/40 at 95% load", { agents: 40, arrivalsPerHour: 760, ahtSeconds: 180, customers: 60_000 }],
  [
    "Erlang A, 10 agents at 130% load",
    { agents: 10, arrivalsPerHour: 780, patience: "exponential", patienceSeconds: 60 },
  ],
  ["M/M/4/8 at 90% load", { agents: 4, arrivalsPerHour: 216, capacity: 8 }],
  [
    "Erlang A with capacity, 15 agents at 110% load",
    { agents: 15, arrivalsPerHour: 990, patience: "exponential", patienceSeconds: 120, capacity: 25 },
  ],
  [
    "Erlang B, 8 agents, lognormal service",
    { agents: 8, arrivalsPerHour: 360, capacity: 8, service: "lognormal", serviceCv: 1.5 },
  ],
  ["M/D/1 at 70% load", { arrivalsPerHour: 42, service: "deterministic" }],
];

describe("the engine agrees with exact queueing formulas within 3 standard errors", () => {
  for (const [label, over] of CASES) {
    it(label, () => {
      const request = { ...base, ...over };
      const scenario = parseScenario(erlangScenario(request));
      const results = runScenario(scenario, {
        seed: request.seed,
        replications: request.replications,
        scenarioHash: "test",
      });
      const report = erlangReport(request, results);
      expect(report.analytic).not.toBeNull();
      const checked: string[] = [];
      const check = (key: string, exact: number | undefined, sim: { mean: number; se: number } | null | undefined) => {
        if (exact === undefined) return;
        expect(sim, key).toBeTruthy();
        const tolerance = 3 * sim!.se + 1e-9;
        expect(
          Math.abs(sim!.mean - exact),
          `${key}: simulated ${sim!.mean} ± ${sim!.se} vs exact ${exact}`,
        ).toBeLessThanOrEqual(tolerance);
        checked.push(key);
      };
      const a = report.analytic!;
      for (const k of [
        "pBlock",
        "pWait",
        "pAbandon",
        "meanWait",
        "meanWaitServed",
        "meanQueueLength",
        "occupancy",
      ] as const) {
        check(k, a[k], report.simulated[k]);
      }
      for (const t of request.thresholdsSeconds) {
        check(`slServed.${t}`, a.slServed?.[String(t)], report.simulated.slServed[String(t)]);
        check(`slAnswered.${t}`, a.slAnswered?.[String(t)], report.simulated.slAnswered[String(t)]);
      }
      expect(checked.length).toBeGreaterThanOrEqual(7);
    });
  }
});

describe("Little's law", () => {
  it("holds for the queue in every replication: mean queue length = admitted per second × mean wait", () => {
    const request = {
      ...base,
      agents: 6,
      arrivalsPerHour: 400,
      patience: "exponential" as const,
      patienceSeconds: 90,
      capacity: 12,
    };
    const results = runScenario(parseScenario(erlangScenario(request)), {
      seed: "little",
      replications: 8,
      scenarioHash: "test",
    });
    const v = (s: Selector) => rowOf(results.metrics, s)!.values;
    for (let r = 0; r < 8; r++) {
      const lq = v({ scope: "overall", measure: "meanQueueLength" })[r]!;
      const lambdaAdmitted =
        v({ scope: "overall", measure: "admitted" })[r]! / v({ scope: "window", measure: "seconds" })[r]!;
      const w = v({ scope: "overall", measure: "meanWait" })[r]!;
      expect(Math.abs(lq - lambdaAdmitted * w) / lq).toBeLessThan(0.02);
    }
  });
});
