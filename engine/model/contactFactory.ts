import type { Uniform } from "../random/index.js";
import type { Client } from "./client.js";
import type { Contact, FollowUpDraws } from "./contact.js";
import type { ModelSpec } from "./modelSpec.js";

/**
 * Creates contacts with their random draws fixed at creation. A client with a stream of its own
 * draws twelve uniforms per contact from it; a one-off client draws from its arrival stream's
 * shared stream only what its segment can use (four, six with deals, seven with a transfer), a
 * number fixed by the scenario's clients and channels, never by staffing or routing.
 */
export class ContactFactory {
  private nextId = 0;

  constructor(private readonly spec: ModelSpec) {}

  create(
    client: Client,
    stream: number,
    channel: number,
    now: number,
    shared: Uniform,
    counted: boolean,
    interval: number,
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
    let next: FollowUpDraws | null = null;
    if (own !== null) {
      uDeal = own();
      uValue = own();
      uTransfer = own();
      next = { follow: own(), followDelay: own(), returnInterval: own(), returnChannel: own(), churn: own() };
    } else {
      if (segment.deal !== null) {
        uDeal = shared();
        uValue = shared();
      }
      if (!this.spec.channels[channel]!.identifiedOnArrival) uTransfer = shared();
    }
    return {
      id: this.nextId++,
      client,
      stream,
      channel,
      segment: client.segment,
      arrivalTime: now,
      serviceSeconds: s.service.quantile(uService),
      patienceSeconds: s.patience === null ? Infinity : s.patience.quantile(uPatience),
      wrapUpUniform: uWrapUp,
      balkUniform: uBalk,
      dealUniform: uDeal,
      valueUniform: uValue,
      transferUniform: uTransfer,
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
      identified: this.spec.channels[channel]!.identifiedOnArrival,
      answeredAt: -1,
      transferredAt: -1,
      transferWaitSeconds: 0,
      onLine: false,
    };
  }
}
