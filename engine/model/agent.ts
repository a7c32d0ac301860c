import type { EventHandle } from "../core/index.js";
import type { Contact } from "./contact.js";

/** What a member of staff is doing. */
export const AGENT_STATE = {
  offShift: 0,
  idle: 1,
  serving: 2,
  wrapUp: 3,
  onBreak: 4,
  merchandising: 5,
  walking: 6,
  outbound: 7,
} as const;
export type AgentState = (typeof AGENT_STATE)[keyof typeof AGENT_STATE];
export const AGENT_STATE_NAMES = [
  "offShift",
  "idle",
  "serving",
  "wrapUp",
  "onBreak",
  "merchandising",
  "walking",
  "outbound",
] as const;

/** States that count as work for a client (serving, wrap-up, walking to a client, outbound calls). */
export function isWork(state: AgentState): boolean {
  return (
    state === AGENT_STATE.serving ||
    state === AGENT_STATE.wrapUp ||
    state === AGENT_STATE.walking ||
    state === AGENT_STATE.outbound
  );
}

/** Seconds on shift (every state but off shift, breaks included) in per-state seconds. */
export function onShiftSeconds(secondsIn: Float64Array): number {
  return secondsIn.reduce((sum, v) => sum + v, 0) - secondsIn[AGENT_STATE.offShift]!;
}

/** Seconds of work (the states `isWork` names) in per-state seconds. */
export function workSeconds(secondsIn: Float64Array): number {
  let work = 0;
  for (let state = 0; state < secondsIn.length; state++) if (isWork(state as AgentState)) work += secondsIn[state]!;
  return work;
}

/** States in which an agent is free to take a client at once. */
export function isFree(state: AgentState): boolean {
  return state === AGENT_STATE.idle || state === AGENT_STATE.merchandising;
}

/**
 * A member of staff in one pool. Keeps the seconds spent in each state since the statistics
 * were last reset, so that workload can be read at any time.
 */
export class Agent {
  state: AgentState = AGENT_STATE.offShift;
  /** Time the current state began, in seconds. */
  stateSince = 0;
  /** Seconds in each state (indexed by AgentState) since the last reset. */
  readonly secondsIn = new Float64Array(AGENT_STATE_NAMES.length);
  /** Seconds serving or in wrap-up since the start of the run (never reset; for workload). */
  workSeconds = 0;
  /** Seconds on shift, breaks excluded, since the start of the run (never reset; for workload). */
  availableSeconds = 0;
  /** When the agent last became idle, in seconds. */
  idleSince = 0;
  /** Contacts served since the last reset (counted contacts only), their deals and revenue. */
  served = 0;
  deals = 0;
  revenue = 0;
  /** The shift has ended; leave once free. */
  leaving = false;
  /** When the current shift ended while the agent was still busy (seconds; meaningful while leaving). */
  leavingSince = 0;
  /** Seconds worked after shift ends (or closing) since the last reset: overtime. */
  overtimeSeconds = 0;
  /** A break is due; take it once free. Its length in seconds. */
  pendingBreakSeconds = 0;
  /** Seconds of the walk to the current client, walked back after the service (0: no walk). */
  walkSeconds = 0;
  /** Wrap-up seconds still to do after walking back. */
  pendingWrapUpSeconds = 0;
  /** Fines since the last reset (scenario currency). */
  fines = 0;
  /** Revenue and deals credited to this agent by the credit policy, since the last reset. */
  creditedRevenue = 0;
  creditedDeals = 0;
  /** The contact being served or wrapped up. */
  current: Contact | null = null;
  /** The end of the service of the current client while serving it, else -1, and its time in seconds. */
  serviceEvent: EventHandle = -1;
  serviceEndsAt = 0;
  /** The end of the current break while on one, else -1. */
  breakEvent: EventHandle = -1;
  /** Told when the agent comes on shift (+1) or goes off (-1), breaks counting as on shift. */
  shiftListener: ((delta: 1 | -1, now: number) => void) | null = null;
  /** Told of every change of state (set only when a trace is kept), else null. */
  onStateChange: ((agent: Agent, state: AgentState, now: number) => void) | null = null;

  constructor(
    /** Index over all agents of the model. */
    readonly id: number,
    /** Index in its pool. */
    readonly indexInPool: number,
    readonly name: string,
    readonly poolIndex: number,
    /** Wage per hour on shift, in the scenario currency. */
    readonly hourlyCost: number,
    /** Job title ("" when none). */
    readonly role = "",
  ) {}

  /** Moves to a new state at `now`, adding the time spent in the old one. */
  enter(state: AgentState, now: number): void {
    const spent = now - this.stateSince;
    const old = this.state;
    this.secondsIn[old] = this.secondsIn[old]! + spent;
    if (isWork(old)) {
      this.workSeconds += spent;
      this.availableSeconds += spent;
    } else if (old === AGENT_STATE.idle || old === AGENT_STATE.merchandising) {
      this.availableSeconds += spent;
    }
    if (state === AGENT_STATE.idle || state === AGENT_STATE.merchandising) this.idleSince = now;
    this.state = state;
    this.stateSince = now;
    if (this.shiftListener !== null && (old === AGENT_STATE.offShift) !== (state === AGENT_STATE.offShift))
      this.shiftListener(state === AGENT_STATE.offShift ? -1 : 1, now);
    if (this.onStateChange !== null && state !== old) this.onStateChange(this, state, now);
  }

  /** Share of available time (on shift, breaks excluded) spent working, as of `now`. */
  workloadShare(now: number): number {
    let work = this.workSeconds;
    let available = this.availableSeconds;
    const spent = now - this.stateSince;
    if (isWork(this.state)) {
      work += spent;
      available += spent;
    } else if (this.state === AGENT_STATE.idle || this.state === AGENT_STATE.merchandising) {
      available += spent;
    }
    return available > 0 ? work / available : 0;
  }

  /** Closes the current state at `now` and zeroes the per-state counters. */
  resetStatistics(now: number): void {
    this.enter(this.state, now);
    this.secondsIn.fill(0);
    this.served = 0;
    this.deals = 0;
    this.revenue = 0;
    this.fines = 0;
    this.creditedRevenue = 0;
    this.creditedDeals = 0;
    this.overtimeSeconds = 0;
    if (this.leaving) this.leavingSince = now;
  }

  /** Ends the overtime begun at the end of the shift, at `now`. */
  endOvertime(now: number): void {
    this.overtimeSeconds += now - this.leavingSince;
  }
}
