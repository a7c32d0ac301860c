import { describe, expect, it } from "vitest";
import { analyticQueue, birthDeathQueue, erlangB, erlangC } from "../../../engine/analytic/index.js";

describe("erlangB and erlangC", () => {
  it("match published values", () => {
    expect(erlangB(10, 5)).toBeCloseTo(0.018384, 5);
    expect(erlangB(1, 1)).toBeCloseTo(0.5, 12);
    expect(erlangC(2, 1)).toBeCloseTo(1 / 3, 12);
    expect(erlangC(20, 18)).toBeCloseTo(0.5508, 4);
  });

  it("names the broken rule", () => {
    expect(() => erlangC(2, 2)).toThrow(/offered load below the number of agents/);
    expect(() => erlangB(-1, 1)).toThrow(/whole number of agents/);
  });
});

describe("birthDeathQueue", () => {
  it("with no abandonment and no limit reproduces Erlang C and its service level", () => {
    const c = 12;
    const mean = 180;
    const lambda = 10 / mean; // 10 erlangs
    const m = birthDeathQueue({
      agents: c,
      arrivalRate: lambda,
      meanServiceSeconds: mean,
      meanPatienceSeconds: Infinity,
      capacity: Infinity,
      thresholdsSeconds: [30],
    })!;
    const C = erlangC(c, 10);
    const rate = c / mean - lambda;
    expect(m.pWait).toBeCloseTo(C, 9);
    expect(m.meanWait).toBeCloseTo(C / rate, 6);
    expect(m.slServed!["30"]).toBeCloseTo(1 - C * Math.exp(-rate * 30), 8);
    expect(m.meanQueueLength).toBeCloseTo(lambda * (C / rate), 6);
    expect(m.occupancy).toBeCloseTo(10 / 12, 9);
  });

  it("with capacity equal to the agents reproduces Erlang B", () => {
    const m = birthDeathQueue({
      agents: 5,
      arrivalRate: 4 / 60,
      meanServiceSeconds: 60,
      meanPatienceSeconds: Infinity,
      capacity: 5,
      thresholdsSeconds: [],
    })!;
    expect(m.pBlock).toBeCloseTo(erlangB(5, 4), 12);
  });

  it("obeys Little's law for the queue under abandonment", () => {
    const lambda = 1 / 5;
    const m = birthDeathQueue({
      agents: 10,
      arrivalRate: lambda,
      meanServiceSeconds: 60,
      meanPatienceSeconds: 40,
      capacity: Infinity,
      thresholdsSeconds: [],
    })!;
    expect(m.meanQueueLength).toBeCloseTo(lambda * m.meanWait!, 9);
  });

  it("is null for an unstable queue", () => {
    expect(
      birthDeathQueue({
        agents: 2,
        arrivalRate: 1,
        meanServiceSeconds: 3,
        meanPatienceSeconds: Infinity,
        capacity: Infinity,
        thresholdsSeconds: [],
      }),
    ).toBeNull();
  });
});

describe("analyticQueue", () => {
  it("chooses the model that has an exact formula, or none", () => {
    const base = { agents: 3, arrivalRate: 0.02, capacity: Infinity, thresholdsSeconds: [20] };
    const exp = { kind: "exponential" as const, meanSeconds: 60, variance: 3600 };
    expect(analyticQueue({ ...base, service: exp, patience: { kind: "none", meanSeconds: Infinity } })?.model).toBe(
      "M/M/c (Erlang C)",
    );
    expect(analyticQueue({ ...base, service: exp, patience: { kind: "exponential", meanSeconds: 30 } })?.model).toBe(
      "M/M/c+M (Erlang A)",
    );
    expect(
      analyticQueue({
        ...base,
        capacity: 3,
        service: { kind: "lognormal", meanSeconds: 60, variance: 1 },
        patience: { kind: "none", meanSeconds: Infinity },
      })?.model,
    ).toBe("M/G/c/c (Erlang B)");
    expect(
      analyticQueue({
        ...base,
        agents: 1,
        service: { kind: "deterministic", meanSeconds: 30, variance: 0 },
        patience: { kind: "none", meanSeconds: Infinity },
      })?.model,
    ).toBe("M/G/1 (Pollaczek-Khinchine)");
    expect(analyticQueue({ ...base, service: exp, patience: { kind: "deterministic", meanSeconds: 30 } })).toBeNull();
  });
});
