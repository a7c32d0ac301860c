import { describe, expect, it } from "vitest";
import { Agent, AGENT_STATE } from "../../../../engine/model/agent.js";
import { leastWorkloadChooser } from "../../../../engine/model/selection/leastWorkload.js";

/** Agents of one pool with the given workload shares (over 1000 s available), all idle since 0. */
function staff(shares: number[]): Agent[] {
  return shares.map((share, i) => {
    const a = new Agent(i, i, `a${i}`, 0, 0);
    a.workSeconds = share * 1000;
    a.availableSeconds = 1000;
    a.state = AGENT_STATE.idle;
    a.stateSince = 1000;
    a.idleSince = 0;
    return a;
  });
}

describe("leastWorkloadChooser(ringSize, tolerance, positionOf)", () => {
  it("treats shares within the tolerance as a tie, which goes to the agent idle the longest", () => {
    const a = staff([0.3, 0.302, 0.5]);
    a[1]!.idleSince = -10;
    const choose = leastWorkloadChooser(3, 0.005, (x) => x.indexInPool);
    expect(choose(a, 1000)).toBe(1);
  });

  it("rotates among agents tied on workload and idle time, as the pool's selection does (no favourite by position)", () => {
    const a = staff([0.3, 0.3, 0.3]);
    const choose = leastWorkloadChooser(3, 0.005, (x) => x.indexInPool);
    expect([choose(a, 1000), choose(a, 1000), choose(a, 1000), choose(a, 1000)]).toEqual([0, 1, 2, 0]);
  });

  it("still picks a clearly lower workload over a longer idle time", () => {
    const a = staff([0.3, 0.2]);
    a[0]!.idleSince = -100;
    expect(leastWorkloadChooser(2, 0.005, (x) => x.id)(a, 1000)).toBe(1);
  });
});
