import { pickShare, PrefixedStreams } from "../../random/index.js";
import { CLIENT_STATUS, type Client } from "../client.js";
import { followUpOf, type Contact } from "../contact.js";
import type { ContactPlanner, ReplicationState } from "./ports.js";

/** What the client base works with. */
export type ClientBaseWorld = ReplicationState & {
  readonly arrivals: Pick<ContactPlanner, "planContact">;
};

/**
 * The clients who persist: creating them (each with its own stream), the registered clients of
 * each segment (kept while they have not churned, so that calls to the base can reach them),
 * the initial base, and each registered client's next return.
 */
export class ClientBase {
  /** Registered clients who have not churned, per segment; churned clients leave and are freed. */
  readonly registered: Client[][];
  /** The same clients per owning department and segment (index owner x segments + segment). */
  private readonly owned: Client[][];
  /** The clients' own streams, "client:<key>" (seeded faster than one by one). */
  private readonly streams: PrefixedStreams;

  constructor(private readonly rep: ClientBaseWorld) {
    this.registered = rep.spec.segments.map(() => []);
    this.owned = Array.from({ length: rep.spec.departments.length * rep.spec.segments.length }, () => []);
    this.streams = new PrefixedStreams(rep.seed, rep.replication, "client:");
  }

  /** Registered clients of a segment owned by a department (every owner's when `department` is -1). */
  ownedBy(department: number, segment: number): readonly Client[] {
    if (department < 0) return this.registered[segment]!;
    return this.owned[department * this.rep.spec.segments.length + segment]!;
  }

  /** A new client; one who can come back gets a stream of its own, seeded from its key. */
  newClient(key: string, segment: number, status: Client["status"]): Client {
    const persistent = this.rep.spec.segments[segment]!.persistent;
    return {
      key,
      segment,
      status,
      deals: 0,
      firstDealValue: 0,
      owner: -1,
      ownManager: -1,
      saidColdCalled: false,
      filedOwner: -1,
      ownerIndex: -1,
      draws: persistent ? this.streams.stream(key) : null,
      gone: false,
      baseIndex: -1,
      prefersPhone: false,
      consultant: -1,
    };
  }

  /**
   * The initial client base: registered clients, owned by their segment's owner, with their own
   * manager assigned in turn, and their first return drawn from the equilibrium of the return
   * process (so that returns do not come in one wave).
   */
  createInitialClients(): void {
    const rep = this.rep;
    rep.spec.segments.forEach((segment, s) => {
      const clientele = segment.clientele;
      if (clientele === null || clientele.initialClients === 0) return;
      const managers = rep.agents.filter((a) => {
        const pool = rep.pools[a.poolIndex]!.spec;
        return pool.department === clientele.owner && pool.servesClients;
      });
      for (let k = 0; k < clientele.initialClients; k++) {
        const client = this.newClient(`base:${segment.name}#${k}`, s, CLIENT_STATUS.registered);
        client.deals = 1;
        client.owner = clientele.owner;
        this.add(client);
        client.ownManager = managers.length > 0 ? managers[k % managers.length]!.id : -1;
        const u = client.draws!;
        const residual = u() * clientele.returnInterval.lengthBiasedQuantile(u());
        const channelUniform = u();
        const churnUniform = u();
        this.planReturn(client, residual, channelUniform, churnUniform);
      }
    });
  }

  /** A newly registered client joins the base (and its owner's list). */
  add(client: Client): void {
    const list = this.registered[client.segment]!;
    client.baseIndex = list.length;
    list.push(client);
    this.addToOwner(client);
  }

  /** A registered client has changed owner (a handover): moves to the new owner's list. */
  ownerChanged(client: Client): void {
    this.removeFromOwner(client);
    this.addToOwner(client);
  }

  private addToOwner(client: Client): void {
    if (client.owner < 0) return;
    const list = this.owned[client.owner * this.rep.spec.segments.length + client.segment]!;
    client.filedOwner = client.owner;
    client.ownerIndex = list.length;
    list.push(client);
  }

  private removeFromOwner(client: Client): void {
    if (client.filedOwner < 0) return;
    const list = this.owned[client.filedOwner * this.rep.spec.segments.length + client.segment]!;
    const last = list.pop()!;
    if (last !== client) {
      list[client.ownerIndex] = last;
      last.ownerIndex = client.ownerIndex;
    }
    client.filedOwner = -1;
    client.ownerIndex = -1;
  }

  private remove(client: Client): void {
    const list = this.registered[client.segment]!;
    const last = list.pop()!;
    if (last !== client) {
      list[client.baseIndex] = last;
      last.baseIndex = client.baseIndex;
    }
    client.baseIndex = -1;
    this.removeFromOwner(client);
  }

  /** A registered client's next contact after this one, unless the client churns first. */
  planNextReturn(contact: Contact): void {
    const client = contact.client;
    const next = followUpOf(contact);
    if (next === null || client.status !== CLIENT_STATUS.registered || client.gone) return;
    const clientele = this.rep.spec.segments[client.segment]!.clientele;
    if (clientele === null) return;
    const interval = clientele.returnInterval.quantile(next.returnInterval);
    this.planReturn(client, interval, next.returnChannel, next.churn);
  }

  private planReturn(client: Client, interval: number, channelUniform: number, churnUniform: number): void {
    const clientele = this.rep.spec.segments[client.segment]!.clientele!;
    if (churnUniform < 1 - Math.exp(-clientele.churnPerSecond * interval)) {
      client.gone = true;
      this.remove(client);
      return;
    }
    let channel = clientele.channels[pickShare(clientele.cumulativeShares, channelUniform)]!;
    const leaflet = this.rep.spec.repeatWalkIn?.leaflet;
    if (client.prefersPhone && leaflet && this.rep.spec.channels[channel]!.kind === "visit") channel = leaflet.channel;
    this.rep.arrivals.planContact(client, channel, interval);
  }
}
