import { AGENT_STATE_NAMES, type Agent, type AgentState } from "./agent.js";

/** Trace names of the agents' states: "state:" and the state's name. */
const STATE_EVENTS = AGENT_STATE_NAMES.map((name) => `state:${name}`);

import type { TraceContact, TraceEvent } from "../results/traceRows.js";

export type { TraceContact, TraceEvent };

/**
 * Collects the events of one replication, up to a cap, for following single clients and
 * staff. Recording starts when the observation window opens (after the warm-up), so the
 * trace shows the days the statistics describe (unless asked to record from the start);
 * contacts that arrived earlier appear in events by id only.
 */
export class TraceRecorder {
  readonly events: TraceEvent[] = [];
  readonly contacts: TraceContact[] = [];
  truncated = false;

  /** Notes who a contact is (on its arrival, while recording and the cap allows). */
  contact(id: number, client: string, channel: string, segment: string, status: string): void {
    if (this.recording && this.events.length < this.maxEvents)
      this.contacts.push([id, client, channel, segment, status]);
  }

  /** Starts recording at `now` with every agent's current state, so timelines start complete. */
  open(agents: readonly Agent[], now: number): void {
    if (this.recording) return;
    this.recording = true;
    for (const agent of agents) this.agentState(agent, agent.state, now);
  }

  constructor(
    private readonly maxEvents: number,
    /** Record from the start of the run (else from the end of the warm-up). */
    private recording: boolean,
  ) {}

  /** Records an agent entering a state, with the contact in hand (-1: none). */
  readonly agentState = (agent: Agent, state: AgentState, now: number): void => {
    this.record(now, STATE_EVENTS[state]!, agent.current === null ? -1 : agent.current.id, agent.id, agent.poolIndex);
  };

  record(time: number, what: string, contact: number, agent: number, pool: number): void {
    if (!this.recording) return;
    if (this.events.length >= this.maxEvents) {
      this.truncated = true;
      return;
    }
    this.events.push([time, what, contact, agent, pool]);
  }
}
