import type { ContactOrigin } from "./contactOrigin.js";
import type { ContactTask } from "./contactTask.js";

/** The uniforms that decide what follows a contact: a visit after a call, a retry, the next return. */
export interface FollowUpDraws {
  readonly follow: number;
  readonly followDelay: number;
  readonly returnInterval: number;
  readonly returnChannel: number;
  readonly churn: number;
}

/**
 * The company's part of a contact: the uniforms for the deal, its value, a transfer, a walk
 * between floors, the payment, the repeat walk-in, a complaint and a summoned manager; what
 * follows (clients who come back); the task it is; who started it; the floor the client is on;
 * an agent waiting with the client for an approval; a line of the public number.
 */
export interface CompanyContact {
  readonly dealUniform: number;
  readonly valueUniform: number;
  /** Uniform for the time a transfer takes (also the summon call's time). */
  readonly transferUniform: number;
  /** Uniforms for the walk of staff from another floor, and for the payment at the cashier (and an approval's time). */
  readonly walkUniform: number;
  readonly paymentUniform: number;
  /** Uniform for the repeat walk-in (whether the client goes up alone, the leaflet). */
  readonly policyUniform: number;
  /** Uniform for whether a lost client complains to an admin (and how long it takes). */
  readonly complaintUniform: number;
  /** Uniform of the client's patience (also gives the patience while waiting for a summoned manager). */
  readonly patienceUniform: number;
  /** Uniform for a summoned manager's reaction time. */
  readonly reactionUniform: number;
  /** Uniforms for what follows (clients who come back only), else null. */
  readonly next: FollowUpDraws | null;
  /** A task that follows a client contact (not counted as a contact), or none. */
  readonly task: ContactTask;
  /** Who started it. */
  origin: ContactOrigin;
  /** A cold-call conversation that gives a lead. */
  givesLead: boolean;
  /** Floor the client is on (a visit's floor; changes when the client goes upstairs). */
  floor: number;
  /** An approval the serving agent (this agent id) waits for with the client, else -1. */
  heldAgent: number;
  /** Holds one of the public number's lines. */
  onLine: boolean;
}
