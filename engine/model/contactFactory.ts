import type { Uniform } from "../random/index.js";
import type { Client } from "./client.js";
import type { CompanyContact, FollowUpDraws } from "./companyContact.js";
import type { Contact } from "./contact.js";
import { ORIGIN } from "./contactOrigin.js";
import { TASK, type TaskKind } from "./contactTask.js";
import type { ModelSpec } from "./modelSpec.js";

/**
 * Creates contacts with their random draws fixed at creation. A client with a stream of its own
 * draws seventeen uniforms per contact from it, each for one named use; a one-off client (never
 * registered, so never a repeat walk-in: no reaction draw) draws from its arrival stream's
 * shared stream only what its segment and channel can use (four, plus two with deals, one for a
 * payment, one for a transfer, one for a walk), a number fixed by the scenario's clients and
 * channels, never by staffing or routing. The company's part of a contact is allocated only
 * when the scenario uses it (`usesCompanyPart`); the draws are the same either way.
 */
export class ContactFactory {
  private nextId = 0;

  /** Some admins take complaints: every contact draws whether it would complain. */
  private readonly complaints: boolean;
  /** Contacts carry the company's part. */
  private readonly company: boolean;

  constructor(private readonly spec: ModelSpec) {
    this.complaints = spec.pools.some((p) => p.duties !== null && p.duties.complaintTime !== null);
    this.company = usesCompanyPart(spec);
  }

  create(
    client: Client,
    stream: number,
    channel: number,
    now: number,
    shared: Uniform,
    counted: boolean,
    interval: number,
    callback = false,
  ): Contact {
    const s = this.spec.streams[stream]!;
    const segment = this.spec.segments[client.segment]!;
    const channelSpec = this.spec.channels[channel]!;
    const own = client.draws;
    const u = own ?? shared;
    const uService = u();
    const uPatience = u();
    const uWrapUp = u();
    const uBalk = u();
    let uDeal = 0;
    let uValue = 0;
    let uTransfer = 0;
    let uWalk = 0;
    let uPayment = 0;
    let uPolicy = 0;
    let uComplaint = 0;
    let uReaction = 0;
    let next: FollowUpDraws | null = null;
    if (own !== null) {
      uDeal = own();
      uValue = own();
      uTransfer = own();
      uWalk = own();
      uPayment = own();
      uPolicy = own();
      uComplaint = own();
      uReaction = own();
      next = { follow: own(), followDelay: own(), returnInterval: own(), returnChannel: own(), churn: own() };
    } else {
      if (segment.deal !== null) {
        uDeal = shared();
        uValue = shared();
        if (segment.deal.cashier !== null && channelSpec.kind === "visit") uPayment = shared();
      }
      if (!channelSpec.identifiedOnArrival) uTransfer = shared();
      if (this.spec.walkPerFloor !== null && channelSpec.kind === "visit") uWalk = shared();
      if (this.spec.repeatWalkIn !== null && channelSpec.kind === "visit") uPolicy = shared();
      if (this.complaints) uComplaint = shared();
    }
    const company: CompanyContact | null = !this.company
      ? null
      : {
          dealUniform: uDeal,
          valueUniform: uValue,
          transferUniform: uTransfer,
          walkUniform: uWalk,
          paymentUniform: uPayment,
          policyUniform: uPolicy,
          complaintUniform: uComplaint,
          patienceUniform: uPatience,
          reactionUniform: uReaction,
          next,
          task: TASK.none,
          origin: ORIGIN.client,
          givesLead: false,
          floor: channelSpec.floor,
          heldAgent: -1,
          onLine: false,
        };
    return {
      id: this.nextId++,
      client,
      stream,
      channel,
      segment: client.segment,
      arrivalTime: now,
      serviceSeconds: s.service.quantile(uService),
      patienceSeconds: s.patience === null || callback ? Infinity : s.patience.quantile(uPatience),
      wrapUpUniform: uWrapUp,
      balkUniform: uBalk,
      counted,
      interval,
      pool: -1,
      routedPool: -1,
      priority: 0,
      overflowEvent: -1,
      overflowed: false,
      abandonEvent: -1,
      waiting: false,
      lineTicket: 0,
      identified: channelSpec.identifiedOnArrival,
      answeredAt: -1,
      serviceStartAt: -1,
      transferredAt: -1,
      transferWaitSeconds: 0,
      company,
    };
  }

  /**
   * A task that follows a contact: the payment at the cashier after a deal on a visit, an admin's
   * approval of a large deal, a complaint. Same client, no draws of its own; counted when its
   * contact was. Only a scenario with deals or admins' duties has tasks, so `of` has its company part.
   */
  task(
    of: Contact,
    pool: number,
    seconds: number,
    now: number,
    interval: number,
    kind: TaskKind,
    floor: number,
  ): Contact {
    const c = of.company!;
    return {
      id: this.nextId++,
      client: of.client,
      stream: of.stream,
      channel: of.channel,
      segment: of.segment,
      arrivalTime: now,
      serviceSeconds: seconds,
      patienceSeconds: Infinity,
      wrapUpUniform: of.wrapUpUniform,
      balkUniform: of.balkUniform,
      counted: of.counted,
      interval,
      pool,
      routedPool: pool,
      priority: 0,
      overflowEvent: -1,
      overflowed: false,
      abandonEvent: -1,
      waiting: false,
      lineTicket: 0,
      identified: true,
      answeredAt: -1,
      serviceStartAt: -1,
      transferredAt: -1,
      transferWaitSeconds: 0,
      company: {
        dealUniform: c.dealUniform,
        valueUniform: c.valueUniform,
        transferUniform: c.transferUniform,
        walkUniform: c.walkUniform,
        paymentUniform: c.paymentUniform,
        policyUniform: c.policyUniform,
        complaintUniform: c.complaintUniform,
        patienceUniform: c.patienceUniform,
        reactionUniform: c.reactionUniform,
        next: null,
        task: kind,
        origin: c.origin,
        givesLead: c.givesLead,
        floor,
        heldAgent: -1,
        onLine: false,
      },
    };
  }
}

/**
 * Whether a scenario uses the company's part of a contact: deals, clients who come back,
 * callers identified only when answered (transfers), walks between floors, the repeat walk-in
 * rule, admins' duties, outbound work, the public number's lines. A plain queueing model (the
 * one `clientflow erlang` builds) uses none of it.
 */
export function usesCompanyPart(spec: ModelSpec): boolean {
  return (
    spec.walkPerFloor !== null ||
    spec.repeatWalkIn !== null ||
    spec.segments.some((s) => s.deal !== null || s.persistent) ||
    spec.channels.some((c) => !c.identifiedOnArrival || c.publicNumber) ||
    spec.pools.some((p) => p.outbound !== null || p.duties !== null)
  );
}
