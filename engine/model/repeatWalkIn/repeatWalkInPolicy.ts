import type { Agent } from "../agent.js";
import type { Contact } from "../contact.js";
import type { RepeatWalkInSpec } from "../modelSpec.js";
import type { ContactEnds, QueueDesk, ReplicationState, ServiceDesk } from "../replication/ports.js";
import type { FineBook } from "./fineBook.js";

/** The parts of the replication a policy acts through. */
export type RepeatWalkInWorld = ReplicationState & {
  readonly service: Pick<ServiceDesk, "agentFree" | "serveNow" | "handOff">;
  readonly queues: Pick<QueueDesk, "join" | "leaveQueue">;
  readonly outcomes: Pick<ContactEnds, "lose">;
};

/** What a repeat-walk-in policy works with: the replication's parts, the rule, the fines and two shared moves. */
export interface RepeatWalkInContext {
  readonly rep: RepeatWalkInWorld;
  readonly rule: RepeatWalkInSpec;
  readonly fines: FineBook;
  /** Seconds for the client (and whoever walks with them) between their floor and the pool `to`'s. */
  walk(contact: Contact, to: number): number;
  /** The client has reached the floor of pool `to` and waits there like any visit of it. */
  reachFloor(contact: Contact, to: number): void;
}

/**
 * One of the thread's options for a client registered with another department who walks in
 * (rules 7 and 8), chosen by the rule's `policy` from a registry. A policy keeps its own state
 * per contact and per person, and is asked at three moments only, as SimPy's resources override
 * only their put and get: when such a contact arrives, when someone answers a contact, and when
 * someone becomes free. Service and Contact know nothing of it.
 */
export interface RepeatWalkInPolicy {
  /** A repeat walk-in routed to the rule's floor, for pool `to`: true when the policy took it over. */
  arrive(contact: Contact, to: number, atPool: number, now: number): boolean;
  /** `agent` answers `contact`: true when the policy handles it instead of a service. */
  answer(agent: Agent, contact: Contact, now: number): boolean;
  /** `agent` became free: true when the policy gave the agent its next move. */
  agentFree(agent: Agent, now: number): boolean;
}
