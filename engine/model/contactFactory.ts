import type { Uniform } from "../random/index.js";
import type { Client } from "./client.js";
import type { Contact, FollowUpDraws } from "./contact.js";
import type { ModelSpec } from "./modelSpec.js";

/**
 * Creates contacts with their random draws fixed at creation. A client with a stream of its own
 * draws seventeen uniforms per contact from it, each for one named use; a one-off client (never
 * registered, so never a repeat walk-in: no reaction draw) draws from its arrival stream's
 * shared stream only what its segment and channel can use (four, plus two with deals, one for a
 * payment, one for a transfer, one for a walk), a number fixed by the scenario's clients and
 * channels, never by staffing or routing.
 */
export class ContactFactory {
  private nextId = 0;

  /** Some admins take complaints: every contact draws whether it would complain. */
  private readonly complaints: boolean;

  constructor(private readonly spec: ModelSpec) {
    this.complaints = spec.pools.some((p) => p.duties !== null && p.duties.complaintTime !== null);
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
      const channelSpec = this.spec.channels[channel]!;
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
      dealUniform: uDeal,
      valueUniform: uValue,
      transferUniform: uTransfer,
      walkUniform: uWalk,
      paymentUniform: uPayment,
      payment: false,
      taskKind: 0,
      origin: 0,
      givesLead: false,
      floor: this.spec.channels[channel]!.floor,
      policyUniform: uPolicy,
      complaintUniform: uComplaint,
      patienceUniform: uPatience,
      reactionUniform: uReaction,
      next,
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
      identified: this.spec.channels[channel]!.identifiedOnArrival,
      answeredAt: -1,
      serviceStartAt: -1,
      transferredAt: -1,
      transferWaitSeconds: 0,
      heldAgent: -1,
      onLine: false,
    };
  }

  /**
   * A task that follows a contact: the payment at the cashier after a deal on a visit (kind 1), an
   * admin's approval of a large deal (2), a complaint (3). Same client, no draws of its own.
   */
  payment(
    of: Contact,
    cashierPool: number,
    seconds: number,
    now: number,
    interval: number,
    kind = 1,
    floor = of.floor,
  ): Contact {
    return {
      ...of,
      id: this.nextId++,
      arrivalTime: now,
      serviceSeconds: seconds,
      patienceSeconds: Infinity,
      interval,
      pool: cashierPool,
      routedPool: cashierPool,
      priority: 0,
      abandonEvent: -1,
      overflowEvent: -1,
      overflowed: false,
      waiting: false,
      lineTicket: 0,
      identified: true,
      answeredAt: -1,
      serviceStartAt: -1,
      transferredAt: -1,
      transferWaitSeconds: 0,
      heldAgent: -1,
      onLine: false,
      payment: true,
      taskKind: kind,
      floor,
      next: null,
    };
  }
}
