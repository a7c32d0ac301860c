import { PoissonArrivals } from "../arrivals/index.js";
import { PRIORITY, Simulation, type EventHandle } from "../core/index.js";
import {
  ContactTally,
  emptyEnd,
  IntervalTimeAverage,
  OUTCOME,
  OUTCOMES,
  prepareEnd,
  WAITING_LOSS,
} from "../metrics/index.js";
import { namedStream, StreamFactory, type Uniform } from "../random/index.js";
import { SECONDS_PER_DAY } from "../time/index.js";
import { Agent, AGENT_STATE, isFree } from "./agent.js";
import { CLIENT_STATUS, CLIENT_STATUS_NAMES, type Client } from "./client.js";
import type { Contact } from "./contact.js";
import { ContactFactory } from "./contactFactory.js";
import { baseDealChance, dealChance } from "./deals/dealChance.js";
import { registerDeal } from "./deals/registration.js";
import type { ModelSpec, RouteSpec, StreamSpec } from "./modelSpec.js";
import { Pool } from "./pool.js";
import { Router } from "./routing/router.js";
import { scheduleStaffing } from "./staffing.js";
import { TraceRecorder } from "./trace.js";
import { nextBusinessTime } from "./businessTime.js";

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

/** A contact a known client will make: when, by which channel. */
interface PlannedContact {
  client: Client;
  channel: number;
  /** The company calls the client back: no abandoning. */
  callback: boolean;
}

/** The tallies of one observation window. */
export interface Tallies {
  overall: ContactTally;
  byChannel: ContactTally[];
  bySegment: ContactTally[];
  byPool: ContactTally[];
  byDepartment: ContactTally[];
  byInterval: ContactTally[];
  /** Per pool, the payments taken there (cashiers). */
  payments: ContactTally[];
  /** Contacts the clients started (not outbound conversations or calls back to leads). */
  inbound: ContactTally;
}

/**
 * One replication of a model: builds the pools, staff, clients and arrival streams, runs the
 * kernel, and keeps streaming statistics over the observation window (after warm-up).
 */
export class Replication {
  readonly sim = new Simulation();
  readonly agents: Agent[] = [];
  readonly pools: Pool[] = [];
  readonly observed: IntervalTimeAverage;
  tallies: Tallies;
  readonly trace: TraceRecorder | null;
  /** Start and end of the observation window in seconds (end is Infinity until known). */
  windowStart = Infinity;
  windowEnd = Infinity;
  /** Per agent: seconds in each state over the window, taken when the window closes. */
  agentSeconds: Float64Array[] = [];
  /** Registered clients at the end of the window, per segment. */
  registeredAtEnd: number[] = [];
  /** Public-number lines in use. */
  linesInUse = 0;
  private readonly streams: ArrivalStream[] = [];
  private readonly contacts: ContactFactory;
  private readonly router: Router;
  /** Registered clients who have not churned, per segment (churned clients leave it and are freed). */
  private readonly registered: Client[][];
  /** Per pool with outbound work: its draws and what it did in the window. */
  private readonly outbound: ({
    draws: Uniform;
    prospects: number;
    attempts: number;
    conversations: number;
    leads: number;
  } | null)[];
  private arrivalsSeen = 0;
  private countedOutstanding = 0;
  private windowClosed = false;
  private stopArrivals = false;
  /** Reused for every contact's end, to avoid an allocation per contact. */
  private readonly prepared = emptyEnd();
  private readonly horizon: number;
  /** Per pool, the pools whose free staff help it, and from what queue length. */
  private readonly helpersOf: { pool: number; whenWaiting: number }[][];

  constructor(
    readonly spec: ModelSpec,
    readonly seed: string,
    readonly replication: number,
  ) {
    const { calendar } = spec;
    this.observed = new IntervalTimeAverage(calendar.intervalSeconds, calendar.intervalsPerDay);
    this.tallies = this.freshTallies();
    this.trace =
      spec.trace !== null && spec.trace.replication === replication ? new TraceRecorder(spec.trace.maxEvents) : null;
    spec.pools.forEach((poolSpec, p) => {
      const members = poolSpec.staff.map(
        (s, i) => new Agent(this.agents.length + i, i, s.name, p, s.hourlyCost, s.role),
      );
      this.agents.push(...members);
      this.pools.push(new Pool(p, poolSpec, members, calendar.intervalSeconds, calendar.intervalsPerDay));
    });
    const factory = new StreamFactory(seed, replication);
    spec.streams.forEach((s, i) => {
      const oneOff =
        !spec.segments[s.segment]!.persistent && (s.status === CLIENT_STATUS.new || s.saysColdCalled % 1 === 0);
      let template: Client | null = null;
      if (oneOff) {
        template = this.newClient(`${s.name}#any`, s.segment, s.status);
        template.saidColdCalled = s.status === CLIENT_STATUS.lead && s.saysColdCalled === 1;
      }
      this.streams.push({
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
      });
    });
    this.contacts = new ContactFactory(spec);
    this.router = new Router(spec.routes);
    this.horizon = spec.days === null ? Infinity : spec.days * SECONDS_PER_DAY;
    this.registered = spec.segments.map(() => []);
    this.outbound = spec.pools.map((p) =>
      p.outbound === null
        ? null
        : { draws: factory.stream(`outbound:${p.name}`), prospects: 0, attempts: 0, conversations: 0, leads: 0 },
    );
    this.helpersOf = spec.pools.map((_, p) =>
      spec.pools.flatMap((q, h) =>
        q.helps.filter((x) => x.pool === p).map((x) => ({ pool: h, whenWaiting: x.whenWaiting })),
      ),
    );
  }

  /** Runs to the end and returns the number of events fired. */
  run(): number {
    const { spec, sim } = this;
    scheduleStaffing(this);
    if (spec.stop === null) {
      this.windowStart = spec.warmupDays * SECONDS_PER_DAY;
      this.windowEnd = this.horizon;
      sim.at(this.windowStart, PRIORITY.calendar, this.onWindowStart, null);
      sim.at(this.windowEnd, PRIORITY.calendar, this.onWindowEnd, null);
    } else if (spec.stop.warmupArrivals === 0) {
      this.onWindowStart(null);
    }
    this.createInitialClients();
    for (const stream of this.streams) {
      this.scheduleNextArrival(stream);
      this.scheduleNextAfterHours(stream);
    }
    const fired = sim.run();
    this.finish();
    return fired;
  }

  // ---- staffing (called by scheduleStaffing) ----

  /** An agent becomes available (shift start, break end): takes the next client or idles. */
  agentAvailable(agent: Agent): void {
    const now = this.sim.now;
    const pool = this.pools[agent.poolIndex]!;
    agent.enter(this.freeState(pool), now);
    pool.staffed.add(1, now);
    this.takeNextOrIdle(agent, pool, now);
  }

  /** The end of an agent's shift: leaves now if free, else after the current client. */
  shiftEnds(agent: Agent, breakEvent: EventHandle): void {
    const now = this.sim.now;
    const pool = this.pools[agent.poolIndex]!;
    if (isFree(agent.state)) {
      pool.removeIdle(agent);
      pool.staffed.add(-1, now);
      agent.enter(AGENT_STATE.offShift, now);
    } else if (agent.state === AGENT_STATE.onBreak) {
      if (breakEvent !== -1) this.sim.cancel(breakEvent);
      agent.breakEvent = -1;
      agent.enter(AGENT_STATE.offShift, now);
    } else if (agent.state !== AGENT_STATE.offShift) {
      agent.leaving = true;
    }
  }

  /** A break falls due: taken now if free, else once the current client is done. */
  breakDue(agent: Agent, durationSeconds: number): void {
    if (isFree(agent.state)) this.startBreak(agent, durationSeconds);
    else if (agent.state === AGENT_STATE.serving || agent.state === AGENT_STATE.wrapUp) {
      agent.pendingBreakSeconds = durationSeconds;
    }
  }

  /** Closing time: with "lose-waiting", everyone still waiting is lost. */
  closing(): void {
    if (this.spec.atClosing !== "lose-waiting") return;
    const now = this.sim.now;
    for (const pool of this.pools) {
      for (const c of [...pool.line.waitingContacts()]) {
        this.leaveQueue(c, pool, now);
        this.lose(c, OUTCOME.lostAtClosing, now);
      }
    }
  }

  private freeState(pool: Pool) {
    return pool.spec.merchandising ? AGENT_STATE.merchandising : AGENT_STATE.idle;
  }

  private startBreak(agent: Agent, durationSeconds: number): void {
    const now = this.sim.now;
    const pool = this.pools[agent.poolIndex]!;
    if (isFree(agent.state)) pool.removeIdle(agent);
    pool.staffed.add(-1, now);
    agent.enter(AGENT_STATE.onBreak, now);
    agent.pendingBreakSeconds = 0;
    agent.breakEvent = this.sim.after(durationSeconds, PRIORITY.staffing, this.onBreakEnd, agent);
  }

  private readonly onBreakEnd = (agent: Agent): void => {
    agent.breakEvent = -1;
    if (agent.state !== AGENT_STATE.onBreak) return;
    this.agentAvailable(agent);
  };

  // ---- clients and arrivals ----

  private newClient(key: string, segment: number, status: Client["status"]): Client {
    const persistent = this.spec.segments[segment]!.persistent;
    const client: Client = {
      key,
      segment,
      status,
      deals: 0,
      firstDealValue: 0,
      owner: -1,
      ownManager: -1,
      saidColdCalled: false,
      draws: persistent ? namedStream(this.seed, this.replication, `client:${key}`) : null,
      gone: false,
      baseIndex: -1,
    };
    return client;
  }

  /**
   * The initial client base: registered clients, owned by their segment's owner, with their own
   * manager assigned in turn, and their first return drawn from the equilibrium of the return
   * process (so that returns do not come in one wave).
   */
  private createInitialClients(): void {
    this.spec.segments.forEach((segment, s) => {
      const clientele = segment.clientele;
      if (clientele === null || clientele.initialClients === 0) return;
      const managers = this.agents.filter((a) => this.pools[a.poolIndex]!.spec.department === clientele.owner);
      for (let k = 0; k < clientele.initialClients; k++) {
        const client = this.newClient(`base:${segment.name}#${k}`, s, CLIENT_STATUS.registered);
        this.addToBase(client);
        client.deals = 1;
        client.owner = clientele.owner;
        client.ownManager = managers.length > 0 ? managers[k % managers.length]!.id : -1;
        const u = client.draws!;
        const residual = u() * clientele.returnInterval.lengthBiasedQuantile(u());
        const channelUniform = u();
        const churnUniform = u();
        this.planReturn(client, 0, residual, channelUniform, churnUniform);
      }
    });
  }

  private scheduleNextArrival(stream: ArrivalStream): void {
    if (this.stopArrivals) return;
    const t = stream.process.next();
    if (t === Infinity || t >= this.horizon) return;
    this.sim.at(t, PRIORITY.arrival, this.onArrival, stream);
  }

  private scheduleNextAfterHours(stream: ArrivalStream): void {
    if (stream.afterHours === null || this.stopArrivals) return;
    const t = stream.afterHours.next();
    if (t === Infinity || t >= this.horizon) return;
    this.sim.at(t, PRIORITY.arrival, this.onAfterHours, stream);
  }

  /**
   * A new client's contact while closed: lost on a channel whose after-hours contacts are lost
   * (counted, outcome "closed"), otherwise called back at the next opening (the caller does not
   * hang up on a callback: it waits in the queue without patience).
   */
  private readonly onAfterHours = (stream: ArrivalStream): void => {
    const now = this.sim.now;
    const s = stream.spec;
    this.scheduleNextAfterHours(stream);
    const client = this.newClient(`${s.name}:after-hours#${stream.created++}`, s.segment, s.status);
    if (s.status === CLIENT_STATUS.lead) client.saidColdCalled = (client.draws ?? stream.draws)() < s.saysColdCalled;
    if (this.spec.channels[s.channel]!.lostAfterHours) {
      this.admit(client, stream.index, s.channel, stream.draws, now, false);
    } else {
      if (this.trace !== null) this.trace.record(now, "callback-requested", -1, -1, -1);
      this.planContact(client, s.channel, 0, true);
    }
  };

  private readonly onArrival = (stream: ArrivalStream): void => {
    if (this.stopArrivals) return;
    const now = this.sim.now;
    if (this.countArrival(now)) return;
    const s = stream.spec;
    const key = stream.created++;
    let client = stream.template;
    if (client === null) {
      client = this.newClient(`${s.name}#${key}`, s.segment, s.status);
      const u = client.draws ?? stream.draws;
      if (s.status === CLIENT_STATUS.lead) client.saidColdCalled = u() < s.saysColdCalled;
    }
    this.scheduleNextArrival(stream);
    this.admit(client, stream.index, s.channel, stream.draws, now, false);
  };

  /** Count-based runs open and close the window on arrivals; returns true when arrivals stop. */
  private countArrival(now: number): boolean {
    const stop = this.spec.stop;
    if (stop === null) return false;
    const n = ++this.arrivalsSeen;
    if (n === stop.warmupArrivals + 1 && stop.warmupArrivals > 0) this.onWindowStart(null);
    if (n === stop.warmupArrivals + stop.arrivals + 1) {
      this.onWindowEnd(null);
      return true;
    }
    return false;
  }

  /**
   * Plans a known client's contact `delaySeconds` from now (moved into opening hours if need be);
   * a callback is the company calling back, so the client does not abandon it.
   */
  private planContact(client: Client, channel: number, delaySeconds: number, callback = false): void {
    const at = nextBusinessTime(this.spec, channel, this.sim.now + delaySeconds);
    if (at >= this.horizon) return;
    this.sim.at(at, PRIORITY.arrival, this.onPlannedContact, { client, channel, callback });
  }

  private readonly onPlannedContact = (p: PlannedContact): void => {
    if (this.stopArrivals) return;
    const now = this.sim.now;
    if (this.countArrival(now)) return;
    const stream = this.spec.contactType[p.channel]![p.client.segment]!;
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
    const counted = now >= this.windowStart && now < this.windowEnd && !this.windowClosed;
    const contact = this.contacts.create(client, stream, channel, now, shared, counted, this.intervalOf(now), callback);
    if (counted) this.countedOutstanding++;
    if (this.trace !== null) {
      this.trace.record(now, "arrive", contact.id, -1, -1);
      const names = this.spec;
      this.trace.contact(
        contact.id,
        client.key,
        names.channels[channel]!.name,
        names.segments[client.segment]!.name,
        CLIENT_STATUS_NAMES[client.status],
      );
    }
    const channelSpec = this.spec.channels[channel]!;
    if (!this.spec.alwaysOpen && !this.spec.calendar.isOpen(now)) {
      this.lose(contact, OUTCOME.closed, now);
      return;
    }
    if (channelSpec.publicNumber) {
      if (this.linesInUse >= this.spec.phone.lines) {
        this.lose(contact, OUTCOME.linesBusy, now);
        return;
      }
      this.linesInUse++;
      contact.onLine = true;
    }
    const route = this.routeOf(contact, now);
    contact.routedPool = route.pool;
    this.join(contact, route.pool, route.priority, contact.patienceSeconds, true, now);
  }

  private routeOf(contact: Contact, now: number): RouteSpec {
    const route = this.router.route(contact, now);
    if (route === undefined) {
      const c = this.spec.channels[contact.channel]!.name;
      const s = this.spec.segments[contact.segment]!.name;
      throw new Error(`no routing rule matches a contact on channel "${c}" of segment "${s}" at ${now} s`);
    }
    return route;
  }

  private intervalOf(now: number): number {
    return this.spec.calendar.intervalOfDay(now);
  }

  // ---- queues and service ----

  /** Puts a contact to a pool: a free agent takes it, or it waits (or is blocked or balks). */
  private join(contact: Contact, p: number, priority: number, patience: number, canBalk: boolean, now: number): void {
    const pool = this.pools[p]!;
    contact.pool = p;
    contact.priority = priority;
    if (pool.idle.length > 0) {
      this.startService(pool.takeIdleAgent(now, contact.client.ownManager), contact, now);
      return;
    }
    const overflow = pool.spec.overflow;
    if (overflow !== null && !contact.overflowed && pool.line.length >= overflow.whenWaiting) {
      contact.overflowed = true;
      if (this.trace !== null) this.trace.record(now, "overflow", contact.id, -1, overflow.pool);
      this.join(contact, overflow.pool, priority, patience, false, now);
      return;
    }
    const transferring = contact.transferredAt >= 0;
    if (pool.line.length >= pool.spec.capacity && !contact.payment) {
      this.lose(contact, transferring ? OUTCOME.transferUnanswered : OUTCOME.blocked, now);
      return;
    }
    const balking = this.spec.streams[contact.stream]!.balking;
    if (canBalk && balking !== null && contact.balkUniform < balking.probability(pool.line.length)) {
      this.lose(contact, OUTCOME.balked, now);
      return;
    }
    pool.line.push(contact);
    pool.queueLength.add(1, now);
    if (patience !== Infinity)
      contact.abandonEvent = this.sim.at(now + patience, PRIORITY.abandon, this.onAbandon, contact);
    if (overflow !== null && !contact.overflowed && overflow.afterWaitSeconds < Infinity) {
      contact.overflowEvent = this.sim.at(now + overflow.afterWaitSeconds, PRIORITY.abandon, this.onOverflow, contact);
    }
    this.offerToHelpers(pool, now);
  }

  /** Blending: free staff of pools that help this one take its waiting clients above their threshold. */
  private offerToHelpers(pool: Pool, now: number): void {
    for (const helper of this.helpersOf[pool.index]!) {
      const helping = this.pools[helper.pool]!;
      while (pool.line.length >= helper.whenWaiting && helping.idle.length > 0) {
        const next = pool.line.shift()!;
        this.dequeued(next, pool, now);
        this.startService(helping.takeIdleAgent(now, next.client.ownManager), next, now);
      }
    }
  }

  /** A contact taken off a queue: its pending abandonment and overflow no longer apply. */
  private dequeued(contact: Contact, pool: Pool, now: number): void {
    pool.queueLength.add(-1, now);
    if (contact.abandonEvent !== -1) {
      this.sim.cancel(contact.abandonEvent);
      contact.abandonEvent = -1;
    }
    if (contact.overflowEvent !== -1) {
      this.sim.cancel(contact.overflowEvent);
      contact.overflowEvent = -1;
    }
  }

  private leaveQueue(contact: Contact, pool: Pool, now: number): void {
    pool.line.remove(contact);
    this.dequeued(contact, pool, now);
  }

  private readonly onAbandon = (contact: Contact): void => {
    const now = this.sim.now;
    contact.abandonEvent = -1;
    this.leaveQueue(contact, this.pools[contact.pool]!, now);
    this.lose(contact, contact.transferredAt >= 0 ? OUTCOME.transferUnanswered : OUTCOME.abandoned, now);
  };

  /** A client who has waited long enough here moves to the overflow pool, keeping their patience. */
  private readonly onOverflow = (contact: Contact): void => {
    const now = this.sim.now;
    contact.overflowEvent = -1;
    if (!contact.waiting) return;
    const from = this.pools[contact.pool]!;
    this.leaveQueue(contact, from, now);
    contact.overflowed = true;
    const deadline =
      contact.transferredAt >= 0
        ? contact.transferredAt + this.spec.phone.ringTimeoutSeconds
        : contact.arrivalTime + contact.patienceSeconds;
    if (this.trace !== null) this.trace.record(now, "overflow", contact.id, -1, from.spec.overflow!.pool);
    this.join(contact, from.spec.overflow!.pool, contact.priority, deadline - now, false, now);
  };

  /** An agent takes a contact: walks to it first when it is a visit on another floor. */
  private startService(agent: Agent, contact: Contact, now: number): void {
    const pool = this.pools[agent.poolIndex]!;
    if (isFree(agent.state)) pool.busy.add(1, now);
    agent.current = contact;
    const walk = this.spec.walkPerFloor;
    if (walk !== null && this.spec.channels[contact.channel]!.kind === "visit" && !contact.payment) {
      const floors = Math.abs(pool.spec.floor - this.spec.channels[contact.channel]!.floor);
      if (floors > 0) {
        agent.walkSeconds = floors * walk.quantile(contact.walkUniform);
        agent.enter(AGENT_STATE.walking, now);
        if (this.trace !== null) this.trace.record(now, "walk", contact.id, agent.id, agent.poolIndex);
        this.sim.at(now + agent.walkSeconds, PRIORITY.release, this.onReachedClient, agent);
        return;
      }
    }
    this.answer(agent, contact, now);
  }

  private readonly onReachedClient = (agent: Agent): void => {
    this.answer(agent, agent.current!, this.sim.now);
  };

  /** The agent is with the client: identifies them (and transfers if routing says so) or serves. */
  private answer(agent: Agent, contact: Contact, now: number): void {
    agent.enter(AGENT_STATE.serving, now);
    if (contact.answeredAt < 0) contact.answeredAt = now;
    if (contact.transferredAt >= 0) contact.transferWaitSeconds = now - contact.transferredAt;
    if (this.trace !== null) this.trace.record(now, "answer", contact.id, agent.id, agent.poolIndex);
    if (!contact.identified) {
      contact.identified = true;
      const route = this.routeOf(contact, now);
      if (route.pool !== contact.routedPool) {
        contact.pool = route.pool;
        contact.routedPool = route.pool;
        contact.priority = route.priority;
        const seconds = this.spec.phone.transferTime.quantile(contact.transferUniform);
        this.sim.at(now + seconds, PRIORITY.release, this.onTransferEnd, agent);
        return;
      }
    }
    this.sim.at(now + contact.serviceSeconds, PRIORITY.release, this.onServiceEnd, agent);
  }

  /** The answering agent has passed the caller on: the caller waits for the target pool to pick up. */
  private readonly onTransferEnd = (agent: Agent): void => {
    const now = this.sim.now;
    const contact = agent.current!;
    agent.current = null;
    if (this.trace !== null) this.trace.record(now, "transfer", contact.id, agent.id, contact.pool);
    this.agentFree(agent, this.pools[agent.poolIndex]!, now);
    contact.transferredAt = now;
    this.join(contact, contact.pool, contact.priority, this.spec.phone.ringTimeoutSeconds, false, now);
  };

  private readonly onServiceEnd = (agent: Agent): void => {
    const now = this.sim.now;
    const pool = this.pools[agent.poolIndex]!;
    const contact = agent.current!;
    agent.current = null;
    if (this.trace !== null) this.trace.record(now, "service-end", contact.id, agent.id, agent.poolIndex);
    if (contact.payment) this.recordPayment(contact, now);
    else this.serve(contact, agent, now);
    const wrapUp = pool.spec.wrapUp;
    const seconds = wrapUp === null || contact.payment ? 0 : wrapUp.quantile(contact.wrapUpUniform);
    if (agent.walkSeconds > 0) {
      agent.pendingWrapUpSeconds = seconds;
      agent.enter(AGENT_STATE.walking, now);
      this.sim.at(now + agent.walkSeconds, PRIORITY.release, this.onWalkedBack, agent);
      agent.walkSeconds = 0;
    } else {
      this.wrapUpOrFree(agent, pool, seconds, now);
    }
  };

  private readonly onWalkedBack = (agent: Agent): void => {
    const seconds = agent.pendingWrapUpSeconds;
    agent.pendingWrapUpSeconds = 0;
    this.wrapUpOrFree(agent, this.pools[agent.poolIndex]!, seconds, this.sim.now);
  };

  private wrapUpOrFree(agent: Agent, pool: Pool, seconds: number, now: number): void {
    if (seconds > 0) {
      agent.enter(AGENT_STATE.wrapUp, now);
      this.sim.at(now + seconds, PRIORITY.release, this.onWrapUpEnd, agent);
    } else {
      this.agentFree(agent, pool, now);
    }
  }

  private readonly onWrapUpEnd = (agent: Agent): void => {
    this.agentFree(agent, this.pools[agent.poolIndex]!, this.sim.now);
  };

  /** An agent finished a client (and its wrap-up). */
  private agentFree(agent: Agent, pool: Pool, now: number): void {
    if (agent.pendingBreakSeconds > 0) {
      pool.busy.add(-1, now);
      agent.enter(this.freeState(pool), now);
      this.startBreak(agent, agent.pendingBreakSeconds);
      return;
    }
    if (agent.leaving) {
      const overtime =
        this.spec.atClosing === "serve-waiting" && pool.line.length > 0 && !this.spec.calendar.isOpen(now);
      if (!overtime) {
        agent.leaving = false;
        pool.busy.add(-1, now);
        pool.staffed.add(-1, now);
        agent.enter(AGENT_STATE.offShift, now);
        return;
      }
    }
    this.takeNextOrIdle(agent, pool, now);
  }

  private takeNextOrIdle(agent: Agent, pool: Pool, now: number): void {
    let next = pool.line.shift();
    let from = pool;
    if (next === undefined) {
      for (const h of pool.spec.helps) {
        const helped = this.pools[h.pool]!;
        if (helped.line.length >= h.whenWaiting) {
          next = helped.line.shift();
          from = helped;
          break;
        }
      }
    }
    if (next !== undefined) {
      this.dequeued(next, from, now);
      this.startService(agent, next, now);
      return;
    }
    if (pool.spec.outbound !== null && this.startOutbound(agent, pool, now)) return;
    if (!isFree(agent.state)) {
      pool.busy.add(-1, now);
      agent.enter(this.freeState(pool), now);
    }
    pool.idle.push(agent);
  }

  // ---- outbound work ----

  /**
   * A free agent of a pool with outbound work makes one attempt: nobody answers (the agent is
   * busy for the attempt's time), or someone does and a conversation starts at once, a contact
   * of the client called. Draws come from the pool's own stream, five per attempt. Returns false
   * when there is nobody to call (no registered client for base calls).
   */
  private startOutbound(agent: Agent, pool: Pool, now: number): boolean {
    const o = pool.spec.outbound!;
    const state = this.outbound[pool.index]!;
    const u = state.draws;
    const uTime = u();
    const uAnswer = u();
    const uSegment = u();
    const uClient = u();
    const uLead = u();
    let k = 0;
    while (k < o.cumulativeShares.length - 1 && uSegment >= o.cumulativeShares[k]!) k++;
    const segment = o.segments[k]!;
    const base = this.registered[segment]!;
    if (o.kind === "base-calls" && base.length === 0) return false;
    const counted = now >= this.windowStart && now < this.windowEnd && !this.windowClosed;
    if (counted) state.attempts++;
    if (uAnswer >= o.answerProbability) {
      if (isFree(agent.state)) pool.busy.add(1, now);
      agent.enter(AGENT_STATE.outbound, now);
      this.sim.at(now + o.attempt.quantile(uTime), PRIORITY.release, this.onAttemptEnd, agent);
      return true;
    }
    const client =
      o.kind === "cold-calls"
        ? this.newClient(`cold:${pool.spec.name}#${state.prospects++}`, segment, CLIENT_STATUS.lead)
        : base[Math.floor(uClient * base.length)]!;
    if (o.kind === "cold-calls") client.saidColdCalled = true;
    if (counted) state.conversations++;
    const contact = this.startContact(client, o.channel, pool.index, counted, now);
    contact.origin = o.kind === "cold-calls" ? 1 : 2;
    contact.givesLead = o.kind === "cold-calls" && uLead < o.leadProbability;
    this.startService(agent, contact, now);
    return true;
  }

  private readonly onAttemptEnd = (agent: Agent): void => {
    this.agentFree(agent, this.pools[agent.poolIndex]!, this.sim.now);
  };

  /** A contact the company starts (a conversation, a call back to a lead): no lines, no routing. */
  private startContact(client: Client, channel: number, pool: number, counted: boolean, now: number): Contact {
    const stream = this.spec.contactType[channel]![client.segment]!;
    const contact = this.contacts.create(
      client,
      stream,
      channel,
      now,
      this.streams[stream]!.draws,
      counted,
      this.intervalOf(now),
      true,
    );
    if (counted) this.countedOutstanding++;
    contact.identified = true;
    contact.pool = pool;
    contact.routedPool = pool;
    if (this.trace !== null) {
      this.trace.record(now, "arrive", contact.id, -1, pool);
      this.trace.contact(
        contact.id,
        client.key,
        this.spec.channels[channel]!.name,
        this.spec.segments[client.segment]!.name,
        CLIENT_STATUS_NAMES[client.status],
      );
    }
    return contact;
  }

  /** A cold-call conversation gave a lead: it waits in the lead pool's queue to be called back. */
  private passLead(contact: Contact, pool: Pool, now: number): void {
    const o = pool.spec.outbound!;
    const state = this.outbound[pool.index]!;
    if (contact.counted) state.leads++;
    const lead = this.startContact(contact.client, o.leadChannel, o.leadTo, contact.counted, now);
    lead.origin = 3;
    if (this.trace !== null) this.trace.record(now, "lead", contact.id, -1, o.leadTo);
    this.join(lead, o.leadTo, 0, Infinity, false, now);
  }

  /** What the outbound work of each pool did in the window. */
  outboundCounts(): { pool: string; attempts: number; conversations: number; leads: number }[] {
    return this.pools.flatMap((p, i) => {
      const s = this.outbound[i];
      return s === null || s === undefined
        ? []
        : [{ pool: p.spec.name, attempts: s.attempts, conversations: s.conversations, leads: s.leads }];
    });
  }

  // ---- outcomes ----

  /** A served contact: a deal (or a visit planned instead), registration, the next return. */
  private serve(contact: Contact, agent: Agent, now: number): void {
    const client = contact.client;
    const segment = this.spec.segments[contact.segment]!;
    const e = this.prepare(contact, OUTCOME.served, now);
    if (contact.counted) agent.served++;
    if (contact.origin === 1) {
      this.record(contact, e, now);
      if (contact.givesLead) this.passLead(contact, this.pools[agent.poolIndex]!, now);
      return;
    }
    const afterCall = segment.afterCall;
    const next = contact.next;
    const visits =
      contact.origin === 0 &&
      afterCall !== null &&
      next !== null &&
      this.spec.channels[contact.channel]!.kind === "phone" &&
      next.follow < afterCall.probability;
    if (visits) {
      this.planContact(client, afterCall.channel, afterCall.delay.quantile(next.followDelay));
    } else if (segment.deal !== null) {
      const deal = segment.deal;
      const pool = agent.poolIndex;
      const wait = now - contact.arrivalTime - contact.serviceSeconds;
      const p = dealChance(deal, pool, Math.max(0, wait));
      const p0 = baseDealChance(deal, pool);
      if (p0 > p) {
        e.lostRevenue = (p0 - p) * deal.value.mean;
        e.lossCause = WAITING_LOSS;
      }
      if (contact.dealUniform < p) {
        const value = deal.value.quantile(contact.valueUniform);
        e.deal = 1;
        e.revenue = value;
        if (contact.counted) {
          agent.deals++;
          agent.revenue += value;
        }
        // Only clients who come back are registered: a one-off client shares its stream's template.
        if (client.draws !== null) {
          if (client.status !== CLIENT_STATUS.registered) this.addToBase(client);
          const department = this.pools[pool]!.spec.department;
          if (registerDeal(client, value, segment, department, this.spec.handover) || client.ownManager < 0) {
            client.ownManager = this.ownManagerFor(client.owner, agent);
          }
        }
        if (this.trace !== null) this.trace.record(now, "deal", contact.id, agent.id, pool);
        const cashier = deal.cashier;
        if (cashier !== null && this.spec.channels[contact.channel]!.kind === "visit") {
          const seconds = cashier.time.quantile(contact.paymentUniform);
          const payment = this.contacts.payment(contact, cashier.pool, seconds, now, this.intervalOf(now));
          if (this.trace !== null) this.trace.record(now, "pay", contact.id, -1, cashier.pool);
          this.join(payment, cashier.pool, 0, Infinity, false, now);
        }
      }
    }
    this.record(contact, e, now);
    if (!visits && contact.origin !== 2) this.planNextReturn(contact);
  }

  /** The serving agent when they belong to the owning department, else its least-loaded member. */
  private ownManagerFor(department: number, server: Agent): number {
    if (department < 0) return -1;
    if (this.pools[server.poolIndex]!.spec.department === department) return server.id;
    let best: Agent | null = null;
    let bestShare = Infinity;
    const now = this.sim.now;
    for (const a of this.agents) {
      if (this.pools[a.poolIndex]!.spec.department !== department) continue;
      const share = a.workloadShare(now);
      if (share < bestShare) {
        best = a;
        bestShare = share;
      }
    }
    return best === null ? -1 : best.id;
  }

  /** A contact that did not get served: expected revenue lost, then perhaps a retry. */
  private lose(contact: Contact, outcome: number, now: number): void {
    if (contact.payment) return; // a payment left at the end of the run: its deal is already counted
    const e = this.prepare(contact, outcome, now);
    const deal = this.spec.segments[contact.segment]!.deal;
    if (deal !== null && outcome !== OUTCOME.unfinished) {
      e.lostRevenue = baseDealChance(deal, contact.pool) * deal.value.mean;
      e.lossCause = outcome - 1;
    }
    this.record(contact, e, now);
    if (outcome === OUTCOME.unfinished) return;
    const retry = this.spec.segments[contact.segment]!.retry;
    const next = contact.next;
    if (retry !== null && next !== null && next.follow < retry.probability) {
      this.planContact(contact.client, contact.channel, retry.delay.quantile(next.followDelay));
    } else {
      this.planNextReturn(contact);
    }
  }

  private addToBase(client: Client): void {
    const list = this.registered[client.segment]!;
    client.baseIndex = list.length;
    list.push(client);
  }

  private removeFromBase(client: Client): void {
    const list = this.registered[client.segment]!;
    const last = list.pop()!;
    if (last !== client) {
      list[client.baseIndex] = last;
      last.baseIndex = client.baseIndex;
    }
    client.baseIndex = -1;
  }

  /** A registered client's next contact, unless the client churns first. */
  private planNextReturn(contact: Contact): void {
    const client = contact.client;
    const next = contact.next;
    if (next === null || client.status !== CLIENT_STATUS.registered || client.gone) return;
    const clientele = this.spec.segments[client.segment]!.clientele;
    if (clientele === null) return;
    const interval = clientele.returnInterval.quantile(next.returnInterval);
    this.planReturn(client, this.sim.now, interval, next.returnChannel, next.churn);
  }

  private planReturn(
    client: Client,
    now: number,
    interval: number,
    channelUniform: number,
    churnUniform: number,
  ): void {
    const clientele = this.spec.segments[client.segment]!.clientele!;
    if (churnUniform < 1 - Math.exp(-clientele.churnPerSecond * interval)) {
      client.gone = true;
      this.removeFromBase(client);
      return;
    }
    let k = 0;
    while (k < clientele.cumulativeShares.length - 1 && channelUniform >= clientele.cumulativeShares[k]!) k++;
    this.planContact(client, clientele.channels[k]!, now + interval - this.sim.now);
  }

  private prepare(contact: Contact, outcome: number, now: number) {
    const answered = contact.answeredAt >= 0;
    const waited = answered || outcome === OUTCOME.abandoned || outcome === OUTCOME.lostAtClosing;
    const wait = answered ? contact.answeredAt - contact.arrivalTime : waited ? now - contact.arrivalTime : 0;
    const e = prepareEnd(outcome, wait, waited, this.spec.thresholdsSeconds, this.prepared);
    e.transferred = contact.transferredAt >= 0;
    e.transferWaitSeconds = contact.transferWaitSeconds;
    return e;
  }

  /** A payment taken: its wait at the cashier, counted when the deal's contact was. */
  private recordPayment(payment: Contact, now: number): void {
    if (!payment.counted) return;
    const e = prepareEnd(
      OUTCOME.served,
      payment.answeredAt - payment.arrivalTime,
      true,
      this.spec.thresholdsSeconds,
      this.prepared,
    );
    const t = this.tallies.payments[payment.pool]!;
    t.arrive();
    t.end(e);
  }

  /** Records a contact's one outcome in every group it belongs to. */
  private record(contact: Contact, e: ReturnType<Replication["prepare"]>, now: number): void {
    if (contact.onLine) {
      contact.onLine = false;
      this.linesInUse--;
    }
    if (this.trace !== null) this.trace.record(now, OUTCOMES[e.outcome]!, contact.id, -1, contact.pool);
    if (!contact.counted) return;
    const t = this.tallies;
    const overall = t.overall;
    overall.arrive();
    overall.end(e);
    const interval = t.byInterval[contact.interval]!;
    interval.arrive();
    interval.end(e);
    if (contact.origin === 0) {
      t.inbound.arrive();
      t.inbound.end(e);
    }
    // One-member groups share the overall tally (see freshTallies): count them once.
    const channel = t.byChannel[contact.channel]!;
    if (channel !== overall) {
      channel.arrive();
      channel.end(e);
    }
    const segment = t.bySegment[contact.segment]!;
    if (segment !== overall) {
      segment.arrive();
      segment.end(e);
    }
    if (contact.pool >= 0) {
      const pool = t.byPool[contact.pool]!;
      if (pool !== overall) {
        pool.arrive();
        pool.end(e);
      }
      const d = this.pools[contact.pool]!.spec.department;
      if (d >= 0) {
        t.byDepartment[d]!.arrive();
        t.byDepartment[d]!.end(e);
      }
    }
    if (--this.countedOutstanding === 0 && this.windowClosed) this.sim.stop();
  }

  // ---- the observation window ----

  private readonly onWindowStart = (_: null): void => {
    const now = this.sim.now;
    this.windowStart = now;
    this.tallies = this.freshTallies();
    for (const a of this.agents) a.resetStatistics(now);
    for (const o of this.outbound) {
      if (o === null) continue;
      o.attempts = 0;
      o.conversations = 0;
      o.leads = 0;
    }
    this.observed.start(now);
    this.observed.set(1, now);
    for (const p of this.pools) {
      p.queueLength.start(now);
      p.busy.start(now);
      p.staffed.start(now);
    }
  };

  private readonly onWindowEnd = (_: null): void => {
    const now = this.sim.now;
    this.windowEnd = now;
    this.windowClosed = true;
    this.observed.stop(now);
    for (const p of this.pools) {
      p.queueLength.stop(now);
      p.busy.stop(now);
      p.staffed.stop(now);
    }
    this.agentSeconds = this.agents.map((a) => {
      a.enter(a.state, now);
      return Float64Array.from(a.secondsIn);
    });
    this.registeredAtEnd = this.registered.map((list) => list.length);
    if (this.spec.stop !== null) this.stopArrivals = true;
    if (this.countedOutstanding === 0) this.sim.stop();
  };

  /** Contacts still waiting when no event is left end as "unfinished". */
  private finish(): void {
    const now = this.sim.now;
    for (const pool of this.pools) {
      for (const c of [...pool.line.waitingContacts()]) {
        pool.line.remove(c);
        this.lose(c, OUTCOME.unfinished, now);
      }
    }
    if (!this.windowClosed) this.onWindowEnd(null);
  }

  /**
   * New tallies for a window. A group with a single member (the only channel, segment, pool or
   * department) is the same set of contacts as the whole model, so it shares the overall tally.
   */
  private freshTallies(): Tallies {
    const th = this.spec.thresholdsSeconds;
    const overall = new ContactTally(th, true);
    const group = (names: readonly unknown[]) =>
      names.length === 1 ? [overall] : names.map(() => new ContactTally(th, true));
    return {
      overall,
      byChannel: group(this.spec.channels),
      bySegment: group(this.spec.segments),
      byPool: group(this.spec.pools),
      byDepartment: this.spec.departments.map(() => new ContactTally(th, true)),
      byInterval: Array.from({ length: this.spec.calendar.intervalsPerDay }, () => new ContactTally(th, false)),
      payments: this.spec.pools.map(() => new ContactTally(th, true)),
      inbound: new ContactTally(th, true),
    };
  }
}
