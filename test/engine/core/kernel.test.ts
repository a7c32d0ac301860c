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

  it("refuses a NaN time and a bad priority with the rule's own words", () => {
    const sim = new Simulation();
    expect(() => sim.at(NaN, 0, () => {}, null)).toThrow(/not before now/);
    expect(() => sim.after(NaN, 0, () => {}, null)).toThrow(/not before now/);
    expect(() => sim.at(1, -1, () => {}, null)).toThrow(/whole priority from 0 to 1023/);
    expect(() => sim.at(1, 1.5, () => {}, null)).toThrow(/whole priority/);
    expect(sim.pending).toBe(0);
  });

  it("lets no handler cancel its own event, and resumes in order after stop()", () => {
    const sim = new Simulation();
    const seen: string[] = [];
    let own = -1;
    const record = (x: string) => seen.push(`${x}@${sim.now}`);
    own = sim.at(
      1,
      0,
      () => {
        expect(sim.cancel(own)).toBe(false);
        record("a");
        sim.stop();
      },
      null,
    );
    sim.at(2, 0, record, "c");
    expect(sim.run()).toBe(1);
    sim.at(1.5, 0, record, "b");
    sim.at(2, 0, record, "d");
    expect(sim.run()).toBe(3);
    expect(seen).toEqual(["a@1", "b@1.5", "c@2", "d@2"]);
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
