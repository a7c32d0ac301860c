import { PRIORITY, type EventHandle } from "../../core/index.js";
import { OUTCOME } from "../../metrics/index.js";
import { AGENT_STATE, isFree, type Agent, type AgentState } from "../agent.js";
import type { Pool } from "../pool.js";
import type { ContactEnds, QueueDesk, ReplicationState, ServiceDesk } from "./ports.js";

/** What the staff desk works with. */
export type StaffDeskWorld = ReplicationState & {
  readonly service: Pick<ServiceDesk, "takeNextOrIdle" | "releaseHeld">;
  readonly queues: Pick<QueueDesk, "leaveQueue">;
  readonly outcomes: Pick<ContactEnds, "lose">;
};

/** Shifts, breaks and closing time, as `scheduleStaffing` calls them. */
export class StaffDesk {
  constructor(private readonly rep: StaffDeskWorld) {}

  /** The state of a free agent of a pool: idle, or merchandising the floor. */
  freeState(pool: Pool): AgentState {
    return pool.spec.merchandising ? AGENT_STATE.merchandising : AGENT_STATE.idle;
  }

  /** An agent becomes available (shift start, break end): takes the next client or idles. */
  agentAvailable(agent: Agent): void {
    const now = this.rep.sim.now;
    const pool = this.rep.pools[agent.poolIndex]!;
    agent.enter(this.freeState(pool), now);
    pool.staffed.add(1, now);
    this.rep.service.takeNextOrIdle(agent, pool, now);
  }

  /** The end of an agent's shift: leaves now if free, else after the current client. */
  shiftEnds(agent: Agent, breakEvent: EventHandle): void {
    const now = this.rep.sim.now;
    const pool = this.rep.pools[agent.poolIndex]!;
    if (isFree(agent.state)) {
      pool.removeIdle(agent);
      pool.staffed.add(-1, now);
      agent.enter(AGENT_STATE.offShift, now);
      this.wentOffShift(pool, now);
    } else if (agent.state === AGENT_STATE.onBreak) {
      if (breakEvent !== -1) this.rep.sim.cancel(breakEvent);
      agent.breakEvent = -1;
      agent.enter(AGENT_STATE.offShift, now);
      this.wentOffShift(pool, now);
    } else if (agent.state !== AGENT_STATE.offShift) {
      agent.leaving = true;
      agent.leavingSince = now;
      agent.pendingBreakSeconds = 0;
    }
  }

  /**
   * Someone of the pool went off shift: when nobody of an admin pool is left, agents waiting
   * with a client for one of its approvals go on without it (the approval waits for the morning).
   */
  wentOffShift(pool: Pool, now: number): void {
    if (pool.spec.duties === null || pool.agents.some((a) => a.state !== AGENT_STATE.offShift)) return;
    for (const task of pool.line.waitingContacts()) {
      const company = task.company!;
      if (company.heldAgent < 0) continue;
      const held = this.rep.agents[company.heldAgent]!;
      company.heldAgent = -1;
      this.rep.service.releaseHeld(held, now);
    }
  }

  /**
   * A break falls due: taken now if free, else once the current client is done. A break still
   * due when the shift ends is dropped: the shift end wins, and the agent goes home.
   */
  breakDue(agent: Agent, durationSeconds: number): void {
    if (agent.leaving) return;
    if (isFree(agent.state)) this.startBreak(agent, durationSeconds);
    else if (agent.state !== AGENT_STATE.offShift && agent.state !== AGENT_STATE.onBreak) {
      agent.pendingBreakSeconds = durationSeconds;
    }
  }

  /** Closing time: with "lose-waiting", everyone still waiting is lost. */
  closing(): void {
    const rep = this.rep;
    if (rep.spec.atClosing !== "lose-waiting") return;
    const now = rep.sim.now;
    for (const pool of rep.pools) {
      for (const c of [...pool.line.waitingContacts()]) {
        rep.queues.leaveQueue(c, pool, now);
        rep.outcomes.lose(c, OUTCOME.lostAtClosing, now);
      }
    }
  }

  startBreak(agent: Agent, durationSeconds: number): void {
    const now = this.rep.sim.now;
    const pool = this.rep.pools[agent.poolIndex]!;
    if (isFree(agent.state)) pool.removeIdle(agent);
    pool.staffed.add(-1, now);
    agent.enter(AGENT_STATE.onBreak, now);
    agent.pendingBreakSeconds = 0;
    agent.breakEvent = this.rep.sim.after(durationSeconds, PRIORITY.staffing, this.onBreakEnd, agent);
  }

  private readonly onBreakEnd = (agent: Agent): void => {
    agent.breakEvent = -1;
    if (agent.state !== AGENT_STATE.onBreak) return;
    this.agentAvailable(agent);
  };
}
