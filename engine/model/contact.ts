import type { EventHandle } from "../core/index.js";
import type { Client } from "./client.js";

/** The uniforms that decide what follows a contact: a visit after a call, a retry, the next return. */
export interface FollowUpDraws {
  readonly follow: number;
  readonly followDelay: number;
  readonly returnInterval: number;
  readonly returnChannel: number;
  readonly churn: number;
}

/**
 * One contact of a client (a call or a visit). Its random draws (work content, patience, the
 * uniforms for wrap-up, balking, the deal and what happens next) are fixed when it is created,
 * so that a variant which changes the order of events still sees the same clients.
 */
export interface Contact {
  readonly id: number;
  readonly client: Client;
  /** The arrival stream whose work content and patience this contact has. */
  readonly stream: number;
  readonly channel: number;
  readonly segment: number;
  /** Arrival time in seconds. */
  readonly arrivalTime: number;
  /** Work content in seconds. */
  readonly serviceSeconds: number;
  /** Patience in seconds (Infinity: never gives up). */
  readonly patienceSeconds: number;
  readonly wrapUpUniform: number;
  readonly balkUniform: number;
  readonly dealUniform: number;
  readonly valueUniform: number;
  /** Uniform for the time a transfer takes. */
  readonly transferUniform: number;
  /** Uniforms for the walk of staff from another floor, and for the payment at the cashier. */
  readonly walkUniform: number;
  readonly paymentUniform: number;
  /** A task, not a client contact (a payment, an approval, a complaint): not counted as a contact. */
  readonly payment: boolean;
  /** The kind of task: 0 none, 1 payment, 2 approval, 3 complaint (see TASK_KINDS). */
  readonly taskKind: number;
  /** Floor the client is on (a visit's floor; changes when the client goes upstairs). */
  floor: number;
  /** Uniform for the repeat walk-in (whether the client goes up alone). */
  readonly policyUniform: number;
  /** Uniform for whether a lost client complains to an admin (and how long it takes). */
  readonly complaintUniform: number;
  /** Uniform of the client's patience (also gives the patience while waiting for a summoned manager). */
  readonly patienceUniform: number;
  /** Uniform for a summoned manager's reaction time. */
  readonly reactionUniform: number;
  /** Who started it: the client (0), a cold call (1), a call to the base (2), a call back to a lead (3). */
  origin: number;
  /** A cold-call conversation that gives a lead. */
  givesLead: boolean;
  /** Uniforms for what follows (clients who come back only), else null. */
  readonly next: FollowUpDraws | null;
  /** Counted in the statistics (arrived inside the observation window). */
  readonly counted: boolean;
  /** Interval of the day of the arrival (0-based). */
  readonly interval: number;
  /** The pool currently serving or queueing the contact. */
  pool: number;
  /** The pool routing chose (overflow and helpers serve on its behalf; a transfer changes it). */
  routedPool: number;
  priority: number;
  /** The pending move to an overflow pool while waiting, else -1. */
  overflowEvent: EventHandle;
  /** Already moved to an overflow pool (moves once at most). */
  overflowed: boolean;
  /** The pending abandonment while waiting, else -1. */
  abandonEvent: EventHandle;
  /** Still waiting in a queue. */
  waiting: boolean;
  /** How many times the contact has joined a line (marks which line entry is its current one). */
  lineTicket: number;
  /** The client's segment and history are known to the company. */
  identified: boolean;
  /** First answered, at this time (-1: not yet). */
  answeredAt: number;
  /** The person who serves the client started serving, at this time (-1: not yet): the end of the wait. */
  serviceStartAt: number;
  /** Waiting in a transfer since this time (-1: not transferred). */
  transferredAt: number;
  transferWaitSeconds: number;
  /** An approval the serving agent (this agent id) waits for with the client, else -1. */
  heldAgent: number;
  /** Holds one of the public number's lines. */
  onLine: boolean;
}
