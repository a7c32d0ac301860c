import type { EventHandle } from "../core/index.js";
import type { Client } from "./client.js";
import type { CompanyContact, FollowUpDraws } from "./companyContact.js";
import { ORIGIN, type ContactOrigin } from "./contactOrigin.js";
import { TASK } from "./contactTask.js";

/**
 * One contact of a client (a call or a visit): the core that every queueing model needs (who,
 * when, the work content and patience drawn at creation, where it waits or is served, and its
 * wait times), plus the company's part (deals, follow-ups, floors, tasks, outbound work, the
 * public number's lines), allocated only when the scenario uses any of it. Every draw is fixed
 * when the contact is created, so that a variant which changes the order of events still sees
 * the same clients.
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
  /** The company's part, or null when the scenario uses none of it (a plain queueing model). */
  readonly company: CompanyContact | null;
}

/** A task (a payment, an approval, a complaint), not a client contact. */
export function isTask(contact: Contact): boolean {
  return contact.company !== null && contact.company.task !== TASK.none;
}

/** Who started a contact: the client, when the scenario has no company part. */
export function originOf(contact: Contact): ContactOrigin {
  return contact.company === null ? ORIGIN.client : contact.company.origin;
}

/** The uniforms for what follows a contact (a client who comes back), else null. */
export function followUpOf(contact: Contact): FollowUpDraws | null {
  return contact.company === null ? null : contact.company.next;
}
