import type { Agent } from "../agent.js";

/** Reasons a fine is given (indexes the fine tallies). */
export const FINE_REASONS = ["lateManager", "notStartedConsultant", "notStartedManager"] as const;
export const FINE = { lateManager: 0, notStartedConsultant: 1, notStartedManager: 2 } as const;

/** The fines of an observation window: per reason (amount and count), per department and per person. */
export class FineBook {
  /** Amounts per reason (scenario currency) and how many fines. */
  readonly byReason = new Float64Array(FINE_REASONS.length);
  readonly countByReason = new Float64Array(FINE_REASONS.length);
  /** Amounts per department of the person fined. */
  readonly byDepartment: Float64Array;
  /** Amounts per person and reason: index agent id x reasons + reason. */
  readonly byAgentReason: Float64Array;

  constructor(departments: number, agents: number) {
    this.byDepartment = new Float64Array(departments);
    this.byAgentReason = new Float64Array(agents * FINE_REASONS.length);
  }

  /** Books a fine of `amount` for `reason` to `agent` of department `department` (-1: none). */
  book(agent: Agent, reason: number, amount: number, department: number): void {
    agent.fines += amount;
    this.byReason[reason] = this.byReason[reason]! + amount;
    this.countByReason[reason] = this.countByReason[reason]! + 1;
    const k = agent.id * FINE_REASONS.length + reason;
    this.byAgentReason[k] = this.byAgentReason[k]! + amount;
    if (department >= 0) this.byDepartment[department] = this.byDepartment[department]! + amount;
  }

  /** Starts counting afresh (the window opens). */
  reset(): void {
    this.byReason.fill(0);
    this.countByReason.fill(0);
    this.byDepartment.fill(0);
    this.byAgentReason.fill(0);
  }
}
