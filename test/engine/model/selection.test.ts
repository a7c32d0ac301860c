import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Agent, AGENT_STATE } from "../../../engine/model/agent.js";
import { createSelectionPolicy, type SelectionInput } from "../../../engine/model/index.js";

const POLICIES: SelectionInput[] = [
  { kind: "least-workload", tolerance: 0.005 },
  { kind: "longest-idle" },
  { kind: "round-robin" },
  { kind: "own-manager-first", otherwise: { kind: "least-workload", tolerance: 0.005 } },
];

/** Agents with given work and available seconds, idle since the given times. */
function agents(specs: { work: number; available: number; idleSince: number }[]): Agent[] {
  return specs.map((s, i) => {
    const a = new Agent(i, i, `a${i}`, 0, 0);
    a.workSeconds = s.work;
    a.availableSeconds = s.available;
    a.state = AGENT_STATE.idle;
    a.stateSince = 1000;
    a.idleSince = s.idleSince;
    return a;
  });
}

describe("every selection policy", () => {
  for (const input of POLICIES) {
    it(`${input.kind} picks one of the idle agents, and the same one for the same history`, () => {
      const spec = fc.array(
        fc.record({ work: fc.nat(500), available: fc.integer({ min: 500, max: 1000 }), idleSince: fc.nat(1000) }),
        { minLength: 1, maxLength: 8 },
      );
      fc.assert(
        fc.property(spec, fc.array(fc.nat(), { maxLength: 10 }), (s, picks) => {
          const run = () => {
            const idle = agents(s);
            const policy = createSelectionPolicy(input, idle.length);
            const chosen: number[] = [];
            for (const p of picks) {
              const i = policy.choose(idle, 1000, -1);
              expect(i).toBeGreaterThanOrEqual(0);
              expect(i).toBeLessThan(idle.length);
              chosen.push(idle[i]!.id);
              if (idle.length > 1 && p % 2 === 0) idle.splice(i, 1);
            }
            return chosen;
          };
          expect(run()).toEqual(run());
        }),
        { numRuns: 100 },
      );
    });
  }
});

describe("least-workload", () => {
  it("picks the lowest share of time on shift spent working", () => {
    const idle = agents([
      { work: 400, available: 1000, idleSince: 0 },
      { work: 100, available: 1000, idleSince: 500 },
      { work: 300, available: 1000, idleSince: 0 },
    ]);
    expect(createSelectionPolicy({ kind: "least-workload", tolerance: 0.005 }, 3).choose(idle, 1000, -1)).toBe(1);
  });

  it("gives ties to the longest idle, then rotates so nobody is favoured by position", () => {
    const tie = () => agents([0, 1, 2].map(() => ({ work: 0, available: 0, idleSince: 10 })));
    const policy = createSelectionPolicy({ kind: "least-workload", tolerance: 0.005 }, 3);
    const picks = [0, 1, 2, 3].map(() => policy.choose(tie(), 10, -1));
    expect(picks).toEqual([0, 1, 2, 0]);
    const longest = agents([
      { work: 0, available: 100, idleSince: 50 },
      { work: 0, available: 100, idleSince: 20 },
    ]);
    expect(createSelectionPolicy({ kind: "least-workload", tolerance: 0.005 }, 2).choose(longest, 100, -1)).toBe(1);
  });
});

describe("round-robin", () => {
  it("takes agents in turn by their order in the pool, skipping those not idle", () => {
    const all = agents([0, 1, 2, 3].map(() => ({ work: 0, available: 0, idleSince: 0 })));
    const policy = createSelectionPolicy({ kind: "round-robin" }, 4);
    expect(all[policy.choose(all, 0, -1)]!.id).toBe(0);
    expect(all[policy.choose(all, 0, -1)]!.id).toBe(1);
    const without2 = all.filter((a) => a.id !== 2);
    expect(without2[policy.choose(without2, 0, -1)]!.id).toBe(3);
    expect(all[policy.choose(all, 0, -1)]!.id).toBe(0);
  });
});

describe("own-manager-first", () => {
  it("gives the client to their own manager when free, else to the pool's usual choice", () => {
    const idle = agents([0, 1, 2].map((i) => ({ work: 100 * i, available: 1000, idleSince: 0 })));
    const policy = createSelectionPolicy({ kind: "own-manager-first", otherwise: { kind: "longest-idle" } }, 3);
    expect(policy.choose(idle, 1000, 2)).toBe(2);
    expect(policy.choose(idle, 1000, 7)).toBe(0);
    expect(policy.choose(idle, 1000, -1)).toBe(0);
  });
});

describe("longest-idle", () => {
  it("takes the agent who became idle first", () => {
    const idle = agents([0, 1].map(() => ({ work: 0, available: 0, idleSince: 0 })));
    expect(createSelectionPolicy({ kind: "longest-idle" }, 2).choose(idle, 0, -1)).toBe(0);
  });
});
