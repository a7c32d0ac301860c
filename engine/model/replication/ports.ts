import type { EventHandle, Simulation } from "../../core/index.js";
import type { PreparedEnd } from "../../metrics/index.js";
import type { Uniform } from "../../random/index.js";
import type { Agent, AgentState } from "../agent.js";
import type { Client } from "../client.js";
import type { Contact } from "../contact.js";
import type { ModelSpec, RouteSpec } from "../modelSpec.js";
import type { Pool } from "../pool.js";
import type { TraceRecorder } from "../trace.js";
import type { Tallies } from "./tallies.js";

/**
 * The narrow interfaces the parts of a replication offer each other. Each part names, in its
 * constructor, the few of them it uses; the replication wires the parts together and is the one
 * object that satisfies them all. No part imports another part or the replication, so there are
 * no import cycles, type-level included.
 */

/** What every part reads: the clock, the model, the people and pools, the trace, the end of the run. */
export interface ReplicationState {
  readonly sim: Simulation;
  readonly spec: ModelSpec;
  readonly agents: readonly Agent[];
  readonly pools: readonly Pool[];
  readonly trace: TraceRecorder | null;
  /** The end of the run in seconds (Infinity for count-based runs). */
  readonly horizon: number;
  readonly seed: string;
  readonly replication: number;
}

/** Creating contacts and recording their one outcome in the window's tallies. */
export interface ContactLedger {
  readonly tallies: Tallies;
  /** Reused for every contact's end. */
  readonly prepared: PreparedEnd;
  isCounting(now: number): boolean;
  newContact(client: Client, stream: number, channel: number, shared: Uniform, now: number, callback: boolean): Contact;
  record(contact: Contact, e: PreparedEnd, now: number): void;
}

/** The window opening and closing (count-based runs open and close it on arrivals). */
export interface ObservationWindow {
  startWindow(): void;
  endWindow(): void;
}

/** The public number's lines. */
export interface PhoneLines {
  linesInUse: number;
}

/** The pools' lines: joining, leaving, the next client for a free agent. */
export interface QueueDesk {
  join(contact: Contact, pool: number, priority: number, patience: number, canBalk: boolean, now: number): void;
  leaveQueue(contact: Contact, pool: Pool, now: number): void;
  nextFor(pool: Pool, now: number): Contact | undefined;
}

/** An agent with a client, and what the agent does next. */
export interface ServiceDesk {
  startService(agent: Agent, contact: Contact, now: number): void;
  serveNow(agent: Agent, contact: Contact, now: number): void;
  handOff(from: Agent, to: Agent, now: number): void;
  agentFree(agent: Agent, pool: Pool, now: number): void;
  takeNextOrIdle(agent: Agent, pool: Pool, now: number): void;
  releaseHeld(agent: Agent, now: number): void;
}

/** How contacts end. */
export interface ContactEnds {
  serve(contact: Contact, agent: Agent, now: number): boolean;
  lose(contact: Contact, outcome: number, now: number): void;
  pay(contact: Contact, now: number): void;
  recordPayment(payment: Contact): void;
}

/** Contacts known clients will make, and routing on what is known. */
export interface ContactPlanner {
  planContact(client: Client, channel: number, delaySeconds: number, callback?: boolean): void;
  planContactAt(client: Client, channel: number, at: number, callback?: boolean): void;
  plannedTime(channel: number, delaySeconds: number): number;
  routeOf(contact: Contact, now: number): RouteSpec;
  /** The shared stream one-off clients of arrival stream `stream` draw from. */
  sharedDraws(stream: number): Uniform;
}

/** The clients who persist and the registered base. */
export interface ClientBook {
  readonly registered: readonly (readonly Client[])[];
  newClient(key: string, segment: number, status: Client["status"]): Client;
  ownedBy(department: number, segment: number): readonly Client[];
  add(client: Client): void;
  ownerChanged(client: Client): void;
  planNextReturn(contact: Contact): void;
}

/** Shifts, breaks and closing time. */
export interface StaffRoom {
  freeState(pool: Pool): AgentState;
  agentAvailable(agent: Agent): void;
  shiftEnds(agent: Agent, breakEvent: EventHandle): void;
  wentOffShift(pool: Pool, now: number): void;
  breakDue(agent: Agent, durationSeconds: number): void;
  closing(): void;
  startBreak(agent: Agent, durationSeconds: number): void;
}

/** Outbound work of free staff. */
export interface OutboundDesk {
  startAttempt(agent: Agent, pool: Pool, now: number): boolean;
  passLead(contact: Contact, pool: Pool, now: number): void;
}

/** The repeat walk-in rule, asked at three moments. */
export interface RepeatWalkInHooks {
  arrive(contact: Contact, pool: number, now: number): boolean;
  answer(agent: Agent, contact: Contact, now: number): boolean;
  agentFree(agent: Agent, now: number): boolean;
}
