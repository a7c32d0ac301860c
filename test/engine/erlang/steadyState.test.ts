import { describe, expect, it } from "vitest";
import {
  hasSteadyState,
  noSteadyStateWarning,
  withoutSteadyState,
  type ErlangRequest,
} from "../../../engine/erlang/index.js";

const base: ErlangRequest = {
  agents: 5,
  arrivalsPerHour: 400,
  ahtSeconds: 60,
  service: "exponential",
  serviceCv: 1,
  patience: "none",
  patienceSeconds: null,
  capacity: null,
  thresholdsSeconds: [20, 60],
  customers: 1000,
  warmupCustomers: null,
  replications: 2,
  seed: "1",
};

describe("the calculator's queue has a steady state", () => {
  it("below 100% load, and not at or above it without a patience or a capacity", () => {
    expect(hasSteadyState({ ...base, arrivalsPerHour: 299 })).toBe(true);
    expect(hasSteadyState({ ...base, arrivalsPerHour: 300 })).toBe(false);
    expect(hasSteadyState(base)).toBe(false);
    expect(hasSteadyState({ ...base, agents: 3, arrivalsPerHour: 100, ahtSeconds: 108 })).toBe(false);
  });

  it("at any load with a patience or a capacity", () => {
    expect(hasSteadyState({ ...base, patience: "deterministic", patienceSeconds: 30 })).toBe(true);
    expect(hasSteadyState({ ...base, capacity: 5 })).toBe(true);
  });

  it("names the waits, the service levels per threshold and the queue length as without one", () => {
    expect(withoutSteadyState(base)).toEqual([
      "meanWait",
      "meanWaitServed",
      "slServed.20",
      "slAnswered.20",
      "slServed.60",
      "slAnswered.60",
      "meanQueueLength",
    ]);
    expect(withoutSteadyState({ ...base, arrivalsPerHour: 200 })).toEqual([]);
  });

  it("words the warning in English and Russian with the load and the least number of agents that settles", () => {
    expect(noSteadyStateWarning({ ...base, arrivalsPerHour: 200 }, "en")).toBeNull();
    expect(noSteadyStateWarning(base, "en")).toMatch(/6\.67 erlangs, is 133% of the 5 agents.*7 agents or more/);
    expect(noSteadyStateWarning({ ...base, agents: 1, arrivalsPerHour: 60 }, "en")).toMatch(
      /1\.00 erlangs, is 100% of the 1 agent\b.*2 agents or more/,
    );
    expect(noSteadyStateWarning(base, "ru")).toMatch(
      /6,67 эрланга — 133% от числа операторов \(5\).*нужно 7 операторов/,
    );
    expect(noSteadyStateWarning({ ...base, agents: 20, arrivalsPerHour: 1200 }, "ru")).toMatch(
      /нужно 21 оператора или больше/,
    );
  });
});
