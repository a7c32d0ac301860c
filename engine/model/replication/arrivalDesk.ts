import { PoissonArrivals } from "../../arrivals/index.js";
import { PRIORITY } from "../../core/index.js";
import { OUTCOME } from "../../metrics/index.js";
import type { StreamFactory, Uniform } from "../../random/index.js";
import { nextBusinessTime } from "../businessTime.js";
import { CLIENT_STATUS, CLIENT_STATUS_NAMES, type Client } from "../client.js";
import type { Contact } from "../contact.js";
import type { RouteSpec, StreamSpec } from "../modelSpec.js";
import type { Router } from "../routing/router.js";
import type {
  ClientBook,
  ContactEnds,
  ContactLedger,
  ObservationWindow,
  PhoneLines,
  QueueDesk,
  RepeatWalkInHooks,
  ReplicationState,
} from "./ports.js";

/** What the arrival desk works with. */
export type ArrivalDeskWorld = ReplicationState &
  ContactLedger &
  ObservationWindow &
  PhoneLines & {
    readonly router: Router;
    readonly clients: Pick<ClientBook, "newClient">;
    readonly outcomes: Pick<ContactEnds, "lose">;
    readonly queues: Pick<QueueDesk, "join">;
    readonly repeat: Pick<RepeatWalkInHooks, "arrive"> | null;
  };

interface ArrivalStream {
  readonly index: number;
  readonly spec: StreamSpec;
  readonly process: PoissonArrivals;
  /** Arrivals while closed, or null. */
  readonly afterHours: PoissonArrivals | null;
  /** The shared stream one-off clients of this stream draw from. */
  readonly draws: Uniform;
  /** New clients created so far (names them). */
  created: number;
  /**
   * For a stream of one-off clients who cannot differ (they never come back, and leads all or
   * none say they were cold-called), one client stands for all of them and is never changed.
   */
  readonly template: Client | null;
}

/** A contact a known client will make, and whether it is the company calling back. */
interface PlannedContact {
  client: Client;
  channel: number;
  /** The company calls the client back: no abandoning. */
  callback: boolean;
}

/**
 * Where contacts come from: new clients by arrival stream (while open, and while closed), the
 * contacts known clients plan (returns, visits after calls, retries, callbacks); and what
 * happens as one arrives: the phone lines, routing on what is known, the queue.
 */
export class ArrivalDesk {
  readonly streams: ArrivalStream[];
  private arrivalsSeen = 0;
  /** Count-based runs generate no arrival once the window has closed. */
  stopped = false;

  constructor(
    private readonly rep: ArrivalDeskWorld,
    factory: StreamFactory,
  ) {
    const { spec } = rep;
    const calendar = spec.calendar;
    this.streams = spec.streams.map((s, i) => {
      const oneOff =
        !spec.segments[s.segment]!.persistent && (s.status === CLIENT_STATUS.new || s.saysColdCalled % 1 === 0);
      let template: Client | null = null;
      if (oneOff) {
        template = rep.clients.newClient(`${s.name}#any`, s.segment, s.status);
        template.saidColdCalled = s.status === CLIENT_STATUS.lead && s.saysColdCalled === 1;
      }
      return {
        index: i,
        spec: s,
        process: new PoissonArrivals(calendar, s.weekly, factory.stream(`arrivals:${s.name}`), spec.dayFactor),
        afterHours:
          s.closedWeekly === null
            ? null
            : new PoissonArrivals(calendar, s.closedWeekly, factory.stream(`after-hours:${s.name}`), spec.dayFactor),
        draws: factory.stream(`contacts:${s.name}`),
        created: 0,
        template,
      };
    });
  }

  start(): void {
    for (const stream of this.streams) {
      this.scheduleNext(stream);
      this.scheduleNextAfterHours(stream);
    }
  }

  private scheduleNext(stream: ArrivalStream): void {
    if (this.stopped) return;
    const t = stream.process.next(this.rep.horizon);
    if (t === Infinity || t >= this.rep.horizon) return;
    this.rep.sim.at(t, PRIORITY.arrival, this.onArrival, stream);
  }

  private scheduleNextAfterHours(stream: ArrivalStream): void {
    if (stream.afterHours === null || this.stopped) return;
    const t = stream.afterHours.next(this.rep.horizon);
    if (t === Infinity || t >= this.rep.horizon) return;
    this.rep.sim.at(t, PRIORITY.arrival, this.onAfterHours, stream);
  }

  private readonly onArrival = (stream: ArrivalStream): void => {
    if (this.stopped) return;
    const now = this.rep.sim.now;
    if (this.countArrival()) return;
    const s = stream.spec;
    const key = stream.created++;
    let client = stream.template;
    if (client === null) {
      client = this.rep.clients.newClient(`${s.name}#${key}`, s.segment, s.status);
      const u = client.draws ?? stream.draws;
      if (s.status === CLIENT_STATUS.lead) client.saidColdCalled = u() < s.saysColdCalled;
    }
    this.scheduleNext(stream);
    this.admit(client, stream.index, s.channel, stream.draws, now, false);
  };

  /**
   * A new client's contact while closed: lost on a channel whose after-hours contacts are lost
   * (counted, outcome "closed"), otherwise called back at the next opening (the caller does not
   * hang up on a callback: it waits in the queue without patience).
   */
  private readonly onAfterHours = (stream: ArrivalStream): void => {
    const rep = this.rep;
    const now = rep.sim.now;
    const s = stream.spec;
    this.scheduleNextAfterHours(stream);
    const client = rep.clients.newClient(`${s.name}:after-hours#${stream.created++}`, s.segment, s.status);
    if (s.status === CLIENT_STATUS.lead) client.saidColdCalled = (client.draws ?? stream.draws)() < s.saysColdCalled;
    if (rep.spec.channels[s.channel]!.lostAfterHours) {
      this.admit(client, stream.index, s.channel, stream.draws, now, false);
    } else {
      if (rep.trace !== null) rep.trace.record(now, "callback-requested", -1, -1, -1);
      this.planContact(client, s.channel, 0, true);
    }
  };

  /** Count-based runs open and close the window on arrivals; returns true when arrivals stop. */
  private countArrival(): boolean {
    const stop = this.rep.spec.stop;
    if (stop === null) return false;
    const n = ++this.arrivalsSeen;
    if (n === stop.warmupArrivals + 1 && stop.warmupArrivals > 0) this.rep.startWindow();
    if (n === stop.warmupArrivals + stop.arrivals + 1) {
      this.rep.endWindow();
      return true;
    }
    return false;
  }

  /**
   * Plans a known client's contact `delaySeconds` from now (moved into opening hours if need be);
   * a callback is the company calling back, so the client does not abandon it.
   */
  planContact(client: Client, channel: number, delaySeconds: number, callback = false): void {
    this.planContactAt(client, channel, this.plannedTime(channel, delaySeconds), callback);
  }

  /** Plans a known client's contact at `at` seconds (from `plannedTime`); none past the end of the run. */
  planContactAt(client: Client, channel: number, at: number, callback = false): void {
    if (at >= this.rep.horizon) return;
    this.rep.sim.at(at, PRIORITY.arrival, this.onPlannedContact, { client, channel, callback });
  }

  /** When a contact planned `delaySeconds` from now would arrive (Infinity-safe; past the horizon: it never does). */
  plannedTime(channel: number, delaySeconds: number): number {
    return nextBusinessTime(this.rep.spec, channel, this.rep.sim.now + delaySeconds);
  }

  private readonly onPlannedContact = (p: PlannedContact): void => {
    if (this.stopped) return;
    const now = this.rep.sim.now;
    if (this.countArrival()) return;
    const stream = this.rep.spec.contactType[p.channel]![p.client.segment]!;
    this.admit(p.client, stream, p.channel, this.streams[stream]!.draws, now, p.callback);
  };

  /** A contact arrives: phone lines, then routing on what is known, then the queue. */
  private admit(
    client: Client,
    stream: number,
    channel: number,
    shared: Uniform,
    now: number,
    callback: boolean,
  ): void {
    const rep = this.rep;
    const contact = rep.newContact(client, stream, channel, shared, now, callback);
    if (rep.trace !== null) rep.trace.record(now, "arrive", contact.id, -1, -1);
    if (!rep.spec.alwaysOpen && !rep.spec.calendar.isOpen(now)) {
      rep.outcomes.lose(contact, OUTCOME.closed, now);
      return;
    }
    if (rep.spec.channels[channel]!.publicNumber) {
      if (rep.linesInUse >= rep.spec.phone.lines) {
        rep.outcomes.lose(contact, OUTCOME.linesBusy, now);
        return;
      }
      rep.linesInUse++;
      contact.company!.onLine = true;
    }
    const route = this.routeOf(contact, now);
    contact.routedPool = route.pool;
    if (rep.repeat !== null && rep.repeat.arrive(contact, route.pool, now)) return;
    rep.queues.join(contact, route.pool, route.priority, contact.patienceSeconds, true, now);
  }

  /** The shared stream one-off clients of arrival stream `stream` draw from. */
  sharedDraws(stream: number): Uniform {
    return this.streams[stream]!.draws;
  }

  /** The routing rule for a contact; a scenario error at run time when none matches. */
  routeOf(contact: Contact, now: number): RouteSpec {
    const route = this.rep.router.route(contact, now);
    if (route === undefined) {
      const c = this.rep.spec.channels[contact.channel]!.name;
      const s = this.rep.spec.segments[contact.segment]!.name;
      const status = CLIENT_STATUS_NAMES[contact.client.status];
      throw new Error(`no routing rule matches a contact on channel "${c}" of a ${status} "${s}" client at ${now} s`);
    }
    return route;
  }
}
