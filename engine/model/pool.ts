import { IntervalTimeAverage } from "../metrics/index.js";
import type { Agent } from "./agent.js";
import type { PoolSpec } from "./modelSpec.js";
import { createSelectionPolicy } from "./selection/registry.js";
import type { SelectionPolicy } from "./selection/selectionPolicy.js";
import { WaitingLine } from "./waitingLine.js";

/** The state of one pool in a replication: its agents, who is idle, and its queue. */
export class Pool {
  /** Free agents (idle or merchandising), in the order they became free. */
  readonly idle: Agent[] = [];
  readonly line = new WaitingLine();
  readonly policy: SelectionPolicy;
  /** Clients waiting (not in service). */
  readonly queueLength: IntervalTimeAverage;
  /** Agents serving or in wrap-up. */
  readonly busy: IntervalTimeAverage;
  /** Agents on shift and not on a break. */
  readonly staffed: IntervalTimeAverage;
  /** 1 while anyone of the pool is on shift (breaks included), else 0. */
  readonly anyoneOnShift: IntervalTimeAverage;
  private onShiftCount = 0;

  constructor(
    readonly index: number,
    readonly spec: PoolSpec,
    readonly agents: readonly Agent[],
    intervalSeconds: number,
    intervalsPerDay: number,
  ) {
    this.policy = createSelectionPolicy(spec.selection, agents.length);
    this.queueLength = new IntervalTimeAverage(intervalSeconds, intervalsPerDay);
    this.busy = new IntervalTimeAverage(intervalSeconds, intervalsPerDay);
    this.staffed = new IntervalTimeAverage(intervalSeconds, intervalsPerDay);
    this.anyoneOnShift = new IntervalTimeAverage(intervalSeconds, intervalsPerDay);
    for (const agent of agents) agent.shiftListener = this.onShiftChange;
  }

  private readonly onShiftChange = (delta: 1 | -1, now: number): void => {
    this.onShiftCount += delta;
    this.anyoneOnShift.set(this.onShiftCount > 0 ? 1 : 0, now);
  };

  /** Removes and returns the free agent the pool's selection policy picks for a client. */
  takeIdleAgent(now: number, ownManager: number): Agent {
    const i = this.policy.choose(this.idle, now, ownManager);
    const agent = this.idle[i]!;
    if (i === 0) this.idle.shift();
    else this.idle.splice(i, 1);
    return agent;
  }

  removeIdle(agent: Agent): void {
    const i = this.idle.indexOf(agent);
    if (i >= 0) this.idle.splice(i, 1);
  }
}
