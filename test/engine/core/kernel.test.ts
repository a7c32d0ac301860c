import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { PRIORITY, Simulation } from "../../../engine/core/index.js";

describe("Simulation", () => {
  it("refuses to schedule in the past and names the rule", () => {
    const sim = new Simulation();
    sim.at(10, 0, () => expect(() => sim.at(5, 0, () => {}, null)).toThrow(/not before now/), null);
    sim.run();
  });

  it("runs releases before arrivals at the same time", () => {
    const sim = new Simulation();
    const seen: string[] = [];
    sim.at(1, PRIORITY.arrival, (x: string) => seen.push(x), "arrival");
    sim.at(1, PRIORITY.release, (x: string) => seen.push(x), "release");
    sim.run();
    expect(seen).toEqual(["release", "arrival"]);
  });

  it("stops at a time limit with the clock at the limit", () => {
    const sim = new Simulation();
    sim.at(5, 0, () => {}, null);
    sim.at(50, 0, () => {}, null);
    expect(sim.run(10)).toBe(1);
    expect(sim.now).toBe(10);
    expect(sim.pending).toBe(1);
  });

  it("never moves the clock back, whatever handlers schedule", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.double({ min: 0, max: 100, noNaN: true }), fc.nat(3)), { maxLength: 50 }),
        (delays) => {
          const sim = new Simulation();
          const times: number[] = [];
          let i = 0;
          const handler = () => {
            times.push(sim.now);
            const d = delays[i++];
            if (d) sim.after(d[0], d[1], handler, null);
          };
          sim.at(0, 0, handler, null);
          sim.run();
          for (let k = 1; k < times.length; k++) expect(times[k]!).toBeGreaterThanOrEqual(times[k - 1]!);
        },
      ),
    );
  });
});
