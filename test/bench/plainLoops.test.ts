import { describe, expect, it } from "vitest";
import { erlangC } from "../../engine/analytic/index.js";
import { mmcHandLoop } from "./mmcHandLoop.js";
import { mmcHandLoopWithStatistics } from "./mmcHandLoopWithStatistics.js";

// The benchmark's yardsticks must simulate the model they are compared on: M/M/20 at 90% load.
describe("the benchmark's plain loops", () => {
  const servers = 20;
  const rate = 18 / 60;
  const mean = 60;
  const customers = 400_000;
  const exactWait = erlangC(servers, rate * mean) / (servers / mean - rate);

  it("the bare loop's mean wait is Erlang C's", () => {
    const wait = mmcHandLoop(customers, servers, rate, mean);
    expect(wait).toBeGreaterThan(exactWait * 0.85);
    expect(wait).toBeLessThan(exactWait * 1.15);
  });

  it("the loop with the engine's figures agrees with Erlang C, Little's law and the offered load", () => {
    const s = mmcHandLoopWithStatistics(customers, servers, rate, mean, 20);
    expect(s.meanWaitSeconds).toBeGreaterThan(exactWait * 0.85);
    expect(s.meanWaitSeconds).toBeLessThan(exactWait * 1.15);
    // Little's law over the whole run (every customer leaves the line before the run ends).
    expect(s.meanQueueLength).toBeCloseTo(rate * s.meanWaitSeconds, 1);
    expect(s.meanBusy).toBeGreaterThan(18 * 0.97);
    expect(s.meanBusy).toBeLessThan(18 * 1.03);
    expect(s.histogramTotal).toBe(customers);
    expect(s.servedWithinThreshold).toBeGreaterThan(0);
    expect(s.servedWithinThreshold).toBeLessThan(1);
  });
});
