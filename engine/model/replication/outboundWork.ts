import { PRIORITY } from "../../core/index.js";
import { pickShare, type StreamFactory, type Uniform } from "../../random/index.js";
import { AGENT_STATE, isFree, type Agent } from "../agent.js";
import { CLIENT_STATUS, type Client } from "../client.js";
import type { Contact } from "../contact.js";
import { ORIGIN } from "../contactOrigin.js";
import type { Pool } from "../pool.js";
import type { ClientBook, ContactLedger, ContactPlanner, QueueDesk, ReplicationState, ServiceDesk } from "./ports.js";

/** What outbound work works with. */
export type OutboundWorld = ReplicationState &
  Pick<ContactLedger, "isCounting" | "newContact"> & {
    readonly clients: Pick<ClientBook, "newClient" | "ownedBy">;
    readonly arrivals: Pick<ContactPlanner, "sharedDraws">;
    readonly service: Pick<ServiceDesk, "startService" | "agentFree">;
    readonly queues: Pick<QueueDesk, "join">;
  };

interface OutboundState {
  readonly draws: Uniform;
  prospects: number;
  attempts: number;
  conversations: number;
  leads: number;
}

/**
 * Outbound work that free staff of some pools do: cold calls (a conversation may give a lead
 * that another pool calls back) and calls to registered clients. Each attempt draws five
 * uniforms from the pool's own stream "outbound:<pool>".
 */
export class OutboundWork {
  private readonly states: (OutboundState | null)[];
  private readonly prospects: Client[] = [];

  constructor(
    private readonly rep: OutboundWorld,
    factory: StreamFactory,
  ) {
    this.states = rep.spec.pools.map((p) =>
      p.outbound === null
        ? null
        : { draws: factory.stream(`outbound:${p.name}`), prospects: 0, attempts: 0, conversations: 0, leads: 0 },
    );
  }

  /**
   * A free agent makes one attempt: nobody answers (the agent is busy for the attempt's time),
   * or someone does and a conversation starts at once. Returns false when there is nobody to
   * call (no registered client of the segment drawn, for calls to the base).
   */
  startAttempt(agent: Agent, pool: Pool, now: number): boolean {
    const rep = this.rep;
    const o = pool.spec.outbound!;
    const state = this.states[pool.index]!;
    const u = state.draws;
    const uTime = u();
    const uAnswer = u();
    const uSegment = u();
    const uClient = u();
    const uLead = u();
    const segment = o.segments[pickShare(o.cumulativeShares, uSegment)]!;
    // Calls to the base reach the clients the pool's own department owns.
    const base = rep.clients.ownedBy(pool.spec.department, segment);
    if (o.kind === "base-calls" && base.length === 0) return false;
    const counted = rep.isCounting(now);
    if (counted) state.attempts++;
    if (uAnswer >= o.answerProbability) {
      if (isFree(agent.state)) pool.busy.add(1, now);
      agent.enter(AGENT_STATE.outbound, now);
      rep.sim.at(now + o.attempt.quantile(uTime), PRIORITY.release, this.onAttemptEnd, agent);
      return true;
    }
    const cold = o.kind === "cold-calls";
    const givesLead = cold && uLead < o.leadProbability;
    const prospect = state.prospects++;
    // A prospect who gives no lead is never heard of again: a one-off stand-in, no stream of its own.
    const client = !cold
      ? base[Math.floor(uClient * base.length)]!
      : givesLead
        ? rep.clients.newClient(`cold:${pool.spec.name}#${prospect}`, segment, CLIENT_STATUS.lead)
        : this.prospect(segment);
    if (cold) client.saidColdCalled = true;
    if (counted) state.conversations++;
    const contact = this.startContact(client, o.channel, pool.index, now);
    const company = contact.company!;
    company.origin = cold ? ORIGIN.coldCall : ORIGIN.baseCall;
    company.givesLead = givesLead;
    rep.service.startService(agent, contact, now);
    return true;
  }

  /** The stand-in for prospects of a segment who give no lead (never changed, no stream of its own). */
  private prospect(segment: number): Client {
    let p = this.prospects[segment];
    if (p === undefined) {
      p = { ...this.rep.clients.newClient(`cold:any`, segment, CLIENT_STATUS.lead), draws: null };
      this.prospects[segment] = p;
    }
    return p;
  }

  private readonly onAttemptEnd = (agent: Agent): void => {
    this.rep.service.agentFree(agent, this.rep.pools[agent.poolIndex]!, this.rep.sim.now);
  };

  /** A contact the company starts (a conversation, a call back to a lead): no lines, no routing. */
  private startContact(client: Contact["client"], channel: number, pool: number, now: number): Contact {
    const rep = this.rep;
    const stream = rep.spec.contactType[channel]![client.segment]!;
    const contact = rep.newContact(client, stream, channel, rep.arrivals.sharedDraws(stream), now, true);
    contact.identified = true;
    contact.pool = pool;
    contact.routedPool = pool;
    if (rep.trace !== null) rep.trace.record(now, "arrive", contact.id, -1, pool);
    return contact;
  }

  /** A cold-call conversation gave a lead: it waits in the lead pool's queue to be called back. */
  passLead(contact: Contact, pool: Pool, now: number): void {
    const rep = this.rep;
    const o = pool.spec.outbound!;
    if (contact.counted) this.states[pool.index]!.leads++;
    const lead = this.startContact(contact.client, o.leadChannel, o.leadTo, now);
    lead.company!.origin = ORIGIN.leadCall;
    if (rep.trace !== null) rep.trace.record(now, "lead", contact.id, -1, o.leadTo);
    rep.queues.join(lead, o.leadTo, 0, Infinity, false, now);
  }

  /** Starts counting afresh (the window opens). */
  resetCounts(): void {
    for (const s of this.states) {
      if (s === null) continue;
      s.attempts = 0;
      s.conversations = 0;
      s.leads = 0;
    }
  }

  /** What the outbound work of each pool did in the window. */
  counts(): { pool: string; attempts: number; conversations: number; leads: number }[] {
    return this.rep.pools.flatMap((p, i) => {
      const s = this.states[i];
      return s === null || s === undefined
        ? []
        : [{ pool: p.spec.name, attempts: s.attempts, conversations: s.conversations, leads: s.leads }];
    });
  }
}
