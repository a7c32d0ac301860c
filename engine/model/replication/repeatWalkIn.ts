import { CLIENT_STATUS } from "../client.js";
import type { Agent } from "../agent.js";
import type { Contact } from "../contact.js";
import type { RepeatWalkInSpec } from "../modelSpec.js";
import {
  createRepeatWalkInPolicy,
  FineBook,
  type RepeatWalkInContext,
  type RepeatWalkInPolicy,
  type RepeatWalkInWorld,
} from "../repeatWalkIn/index.js";

export { FINE_REASONS } from "../repeatWalkIn/index.js";

/**
 * The repeat walk-in of a client registered with another department (rules 7 and 8 of the
 * thread): which contacts it is (a visit to the rule's floor by a client another department
 * owns; the rule's owner goes to `to`, another department to its own first pool that serves
 * clients) and the fines of the window. What happens to them is the policy's, chosen by `kind`
 * from a registry: (a) escort, (b) serve, (c) send upstairs, (d) summon.
 */
export class RepeatWalkIn {
  /** Fines of the window, per reason, department and person. */
  readonly fines: FineBook;
  private readonly policy: RepeatWalkInPolicy;

  constructor(
    private readonly rep: RepeatWalkInWorld,
    private readonly rule: RepeatWalkInSpec,
  ) {
    this.fines = new FineBook(rep.spec.departments.length, rep.agents.length);
    const ctx: RepeatWalkInContext = {
      rep,
      rule,
      fines: this.fines,
      walk: (contact, to) => {
        const w = rep.spec.walkPerFloor;
        const company = contact.company!;
        const floors = Math.abs(rep.pools[to]!.spec.floor - company.floor);
        return w === null ? 0 : floors * w.quantile(company.walkUniform);
      },
      reachFloor: (contact, to) => {
        contact.company!.floor = rep.pools[to]!.spec.floor;
        contact.routedPool = to;
        rep.queues.join(contact, to, 0, Infinity, false, rep.sim.now);
      },
    };
    this.policy = createRepeatWalkInPolicy(ctx);
  }

  resetCounts(): void {
    this.fines.reset();
  }

  /**
   * A routed contact: returns true when the policy took it over (sent upstairs or lost), false
   * when it joins the pool routing chose (the policy may have marked it for later).
   */
  arrive(contact: Contact, pool: number, now: number): boolean {
    const r = this.rule;
    const c = contact.client;
    if (pool !== r.at || c.status !== CLIENT_STATUS.registered || c.owner < 0) return false;
    const to = r.toByDepartment[c.owner]!;
    if (to < 0) return false;
    if (this.rep.spec.channels[contact.channel]!.kind !== "visit") return false;
    return this.policy.arrive(contact, to, pool, now);
  }

  /** An agent answers a contact: true when the policy handles it instead of a service. */
  answer(agent: Agent, contact: Contact, now: number): boolean {
    return this.policy.answer(agent, contact, now);
  }

  /** An agent became free: true when the policy gave the agent its next move. */
  agentFree(agent: Agent, now: number): boolean {
    return this.policy.agentFree(agent, now);
  }
}
