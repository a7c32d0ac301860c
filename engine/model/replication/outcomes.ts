import { OUTCOME, prepareEnd, WAITING_LOSS, type PreparedEnd } from "../../metrics/index.js";
import { AGENT_STATE, type Agent } from "../agent.js";
import { CLIENT_STATUS } from "../client.js";
import { followUpOf, originOf, type Contact } from "../contact.js";
import { TASK } from "../contactTask.js";
import type { ContactFactory } from "../contactFactory.js";
import { baseDealChance, dealChance } from "../deals/dealChance.js";
import { registerDeal } from "../deals/registration.js";
import { DEFAULT_WORKLOAD_TOLERANCE, leastWorkloadChooser } from "../selection/leastWorkload.js";
import { ORIGIN } from "../contactOrigin.js";
import type {
  ClientBook,
  ContactLedger,
  ContactPlanner,
  OutboundDesk,
  QueueDesk,
  ReplicationState,
  ServiceDesk,
} from "./ports.js";

/** What the outcomes work with. */
export type OutcomesWorld = ReplicationState &
  ContactLedger & {
    readonly contacts: ContactFactory;
    readonly arrivals: Pick<ContactPlanner, "planContact" | "planContactAt" | "plannedTime">;
    readonly clients: Pick<ClientBook, "add" | "ownerChanged" | "planNextReturn">;
    readonly queues: Pick<QueueDesk, "join">;
    readonly service: Pick<ServiceDesk, "releaseHeld">;
    readonly outboundWork: Pick<OutboundDesk, "passLead">;
  };

/**
 * How contacts end: a served contact may end in a deal (registration, the owner and own
 * manager, a payment at the cashier) or plan a visit; a lost one costs its expected revenue and
 * may be retried; then the client's next return is planned.
 */
export class Outcomes {
  /** Per department, the staff who may be a client's own manager, and the least-workload choice among them. */
  private readonly managersOf: { staff: Agent[]; choose: (agents: readonly Agent[], now: number) => number }[];

  constructor(private readonly rep: OutcomesWorld) {
    this.managersOf = rep.spec.departments.map((_, d) => ({
      staff: rep.agents.filter((a) => {
        const pool = rep.pools[a.poolIndex]!.spec;
        return pool.department === d && pool.servesClients;
      }),
      choose: leastWorkloadChooser(rep.agents.length, DEFAULT_WORKLOAD_TOLERANCE, (a) => a.id),
    }));
  }

  /**
   * A served contact: a deal (or a visit planned instead), registration, the next return.
   * Returns true when the agent stays with the client until an admin approves the deal.
   */
  serve(contact: Contact, agent: Agent, now: number): boolean {
    const rep = this.rep;
    const client = contact.client;
    const segment = rep.spec.segments[contact.segment]!;
    // Pool and department figures are what their people did: the contact is booked to who served it.
    contact.pool = agent.poolIndex;
    const e = this.prepare(contact, OUTCOME.served, now);
    if (contact.counted) agent.served++;
    const origin = originOf(contact);
    if (origin === ORIGIN.coldCall) {
      rep.record(contact, e, now);
      if (contact.company!.givesLead) rep.outboundWork.passLead(contact, rep.pools[agent.poolIndex]!, now);
      return false;
    }
    const afterCall = segment.afterCall;
    const next = followUpOf(contact);
    const visits =
      origin === ORIGIN.client &&
      afterCall !== null &&
      next !== null &&
      rep.spec.channels[contact.channel]!.kind === "phone" &&
      next.follow < afterCall.probability;
    let held = false;
    if (visits) {
      client.consultant = agent.id;
      rep.arrivals.planContact(client, afterCall.channel, afterCall.delay.quantile(next.followDelay));
    } else {
      if (segment.deal !== null) held = this.decideDeal(contact, agent, e, now);
      client.consultant = -1;
    }
    rep.record(contact, e, now);
    if (!visits && origin !== ORIGIN.baseCall) rep.clients.planNextReturn(contact);
    return held;
  }

  /**
   * The deal of a served contact: its chance falls with the wait (speed-to-lead). Returns true
   * when the agent and the client wait for an admin's approval before the client pays.
   */
  private decideDeal(contact: Contact, agent: Agent, e: PreparedEnd, now: number): boolean {
    const rep = this.rep;
    const client = contact.client;
    const segment = rep.spec.segments[contact.segment]!;
    const deal = segment.deal!;
    const company = contact.company!;
    const pool = agent.poolIndex;
    const wait = now - contact.arrivalTime - contact.serviceSeconds;
    const p = dealChance(deal, pool, Math.max(0, wait));
    const p0 = baseDealChance(deal, pool);
    if (p0 > p) {
      e.lostRevenue = (p0 - p) * deal.value.mean;
      e.lossCause = WAITING_LOSS;
    }
    if (company.dealUniform >= p) return false;
    const value = deal.value.quantile(company.valueUniform);
    e.deal = 1;
    e.revenue = value;
    if (contact.counted) {
      agent.deals++;
      agent.revenue += value;
      // Credit (rule 5a): the first contact of a consultation that led here gets its share.
      const first = client.consultant >= 0 ? rep.agents[client.consultant]! : null;
      const share = first === null ? 0 : rep.spec.firstContactCredit;
      agent.creditedRevenue += (1 - share) * value;
      agent.creditedDeals += 1 - share;
      if (first !== null) {
        first.creditedRevenue += share * value;
        first.creditedDeals += share;
      }
    }

    // Only clients who come back are registered: a one-off client shares its stream's template.
    if (client.draws !== null) {
      const wasRegistered = client.status === CLIENT_STATUS.registered;
      const department = rep.pools[pool]!.spec.department;
      const ownerChanged = registerDeal(client, value, segment, department, rep.spec.handover);
      if (!wasRegistered) rep.clients.add(client);
      else if (ownerChanged) rep.clients.ownerChanged(client);
      if (ownerChanged || client.ownManager < 0) client.ownManager = this.ownManagerFor(client.owner, agent);
    }
    if (rep.trace !== null) rep.trace.record(now, "deal", contact.id, agent.id, pool);
    // The leaflet and card at a first deal on the retail floor (rule 7): some clients of the
    // owning department then call their own manager instead of walking in.
    const rule = rep.spec.repeatWalkIn;
    if (
      rule !== null &&
      rule.leaflet !== null &&
      pool === rule.at &&
      client.deals === 1 &&
      client.owner === rule.owner
    ) {
      client.prefersPhone = company.policyUniform < rule.leaflet.share;
    }
    const approval = this.adminTask(contact, agent.poolIndex, value, TASK.approval, now);
    if (approval !== null && approval.held) {
      approval.task.company!.heldAgent = agent.id;
      return true;
    }
    this.pay(contact, now);
    return false;
  }

  /** A deal made on a visit is paid at the segment's cashier, when it has one. */
  pay(contact: Contact, now: number): void {
    const rep = this.rep;
    const cashier = rep.spec.segments[contact.segment]!.deal?.cashier ?? null;
    if (cashier === null || rep.spec.channels[contact.channel]!.kind !== "visit") return;
    const company = contact.company!;
    const seconds = cashier.time.quantile(company.paymentUniform);
    const interval = rep.spec.calendar.intervalOfDay(now);
    const payment = rep.contacts.task(contact, cashier.pool, seconds, now, interval, TASK.payment, company.floor);
    if (rep.trace !== null) rep.trace.record(now, "pay", contact.id, -1, cashier.pool);
    rep.queues.join(payment, cashier.pool, 0, Infinity, false, now);
  }

  /**
   * Admin duties: a large deal waits for approval, a share of lost clients complain, at the
   * first pool whose admins run the department of `pool`.
   */
  private adminTask(
    contact: Contact,
    pool: number,
    value: number,
    kind: typeof TASK.approval | typeof TASK.complaint,
    now: number,
  ): { task: Contact; held: boolean } | null {
    const rep = this.rep;
    const department = rep.pools[pool]!.spec.department;
    if (department < 0) return null;
    for (const admins of rep.pools) {
      const d = admins.spec.duties;
      if (d === null || !d.departments.includes(department)) continue;
      // Admins' duties are a company feature: the contact has its company part.
      const company = contact.company!;
      let seconds: number;
      if (kind === TASK.approval) {
        if (d.approvalTime === null || value < d.approveOver) continue;
        seconds = d.approvalTime.quantile(1 - company.paymentUniform);
      } else {
        if (d.complaintTime === null || !(company.complaintUniform < d.complaintShare)) continue;
        seconds = d.complaintTime.quantile(company.complaintUniform / d.complaintShare);
      }
      // A visit's task is done at the client's floor; a phone client's approval at the floor of
      // the one who served, and a phone complaint at the admin's own desk (no walk).
      const phone = rep.spec.channels[contact.channel]!.kind !== "visit";
      const floor = !phone ? company.floor : kind === TASK.approval ? rep.pools[pool]!.spec.floor : admins.spec.floor;
      const interval = rep.spec.calendar.intervalOfDay(now);
      const task = rep.contacts.task(contact, admins.index, seconds, now, interval, kind, floor);
      if (rep.trace !== null)
        rep.trace.record(now, kind === TASK.approval ? "approval" : "complaint", contact.id, -1, admins.index);
      rep.queues.join(task, admins.index, 0, Infinity, false, now);
      // The client waits only while an admin is on shift to approve (nobody waits overnight). The
      // caller marks the task with the agent who waits: it ends by an event, never within join.
      const held =
        kind === TASK.approval &&
        d.clientWaitsForApproval &&
        admins.agents.some((a) => a.state !== AGENT_STATE.offShift);
      return { task, held };
    }
    return null;
  }

  /**
   * The client's own manager: the serving agent when they serve clients in the owning
   * department, else the least-loaded member of the department's pools that serve clients
   * (never an admin or a cashier) by the selection policies' least workload (its tolerance, and
   * a rotation by agent id across the department's pools), or -1 when it has none.
   */
  private ownManagerFor(department: number, server: Agent): number {
    const rep = this.rep;
    if (department < 0) return -1;
    const serverPool = rep.pools[server.poolIndex]!.spec;
    if (serverPool.department === department && serverPool.servesClients) return server.id;
    const { staff, choose } = this.managersOf[department]!;
    return staff.length === 0 ? -1 : staff[choose(staff, rep.sim.now)]!.id;
  }

  /**
   * A contact that did not get served: a lost contact. The client retries (the segment's retry
   * behaviour), or leaves without buying: a lost client, and a lost sale worth the deal's expected
   * value (chance x mean value at the pool that had the contact), booked to this last contact's
   * cause. A client whose retry would fall after the end of the run is counted as still retrying,
   * not lost; a contact still waiting at the end (unfinished) is neither.
   */
  lose(contact: Contact, outcome: number, now: number): void {
    const rep = this.rep;
    const company = contact.company;
    if (company !== null && company.task !== TASK.none) {
      // A task dropped (closing, the end of the run): its deal is already counted; an agent
      // waiting with the client for this approval goes on without it.
      if (company.heldAgent >= 0) rep.service.releaseHeld(rep.agents[company.heldAgent]!, now);
      company.heldAgent = -1;
      return;
    }
    const e = this.prepare(contact, outcome, now);
    const segment = rep.spec.segments[contact.segment]!;
    const retry = segment.retry;
    const next = followUpOf(contact);
    // Only the client's own contacts are retried: a lost call the company made (a call back to a
    // lead) is a lost client.
    const retries =
      outcome !== OUTCOME.unfinished &&
      originOf(contact) === ORIGIN.client &&
      retry !== null &&
      next !== null &&
      next.follow < retry.probability;
    // When the retry would come: planned once, below, after the contact is recorded.
    const retryAt = retries ? rep.arrivals.plannedTime(contact.channel, retry.delay.quantile(next.followDelay)) : 0;
    if (retries && retryAt >= rep.horizon) e.stillRetrying = 1;
    if (!retries && outcome !== OUTCOME.unfinished) {
      e.lostClient = 1;
      e.lossCause = outcome - 1;
      const deal = segment.deal;
      if (deal !== null) e.lostRevenue = baseDealChance(deal, contact.pool) * deal.value.mean;
    }
    rep.record(contact, e, now);
    if (outcome === OUTCOME.unfinished) return;
    // A share of lost clients (not of lost contacts: a client who retries has not given up) complain.
    if (!retries && contact.pool >= 0) this.adminTask(contact, contact.pool, 0, TASK.complaint, now);
    if (retries) rep.arrivals.planContactAt(contact.client, contact.channel, retryAt);
    else rep.clients.planNextReturn(contact);
  }

  /** A task done (payment, approval, complaint): its wait, counted when its contact was. */
  recordPayment(payment: Contact): void {
    if (!payment.counted) return;
    const rep = this.rep;
    const e = prepareEnd(
      OUTCOME.served,
      payment.serviceStartAt - payment.arrivalTime,
      true,
      rep.spec.thresholdsSeconds,
      rep.prepared,
    );
    const t = rep.tallies.tasks[payment.company!.task]![payment.pool]!;
    t.arrive();
    t.end(e);
  }

  /**
   * W, the time to the first answer and the transfer of a contact's end; the deal and losses
   * are filled in by the caller. W runs from arrival until the person who serves the client
   * starts serving (a first answer that phones upstairs, escorts, transfers or summons does not
   * end it), or, for a client who gives up while waiting or after a first answer, until then.
   */
  private prepare(contact: Contact, outcome: number, now: number): PreparedEnd {
    const answered = contact.answeredAt >= 0;
    const served = outcome === OUTCOME.served;
    const waited =
      served ||
      outcome === OUTCOME.abandoned ||
      outcome === OUTCOME.lostAtClosing ||
      (answered && outcome !== OUTCOME.unfinished);
    const wait = served ? contact.serviceStartAt - contact.arrivalTime : waited ? now - contact.arrivalTime : 0;
    const e = prepareEnd(outcome, wait, waited, this.rep.spec.thresholdsSeconds, this.rep.prepared);
    e.firstAnswerSeconds = answered ? contact.answeredAt - contact.arrivalTime : -1;
    e.transferred = contact.transferredAt >= 0;
    e.transferWaitSeconds = contact.transferWaitSeconds;
    return e;
  }
}
