import { PoissonArrivals } from "../arrivals/index.js";
import { PRIORITY, Simulation, type EventHandle } from "../core/index.js";
import {
  ContactTally,
  IntervalTimeAverage,
  OUTCOME,
  OUTCOMES,
  prepareEnd,
  type PreparedEnd,
} from "../metrics/index.js";
import { StreamFactory, type Uniform } from "../random/index.js";
import { SECONDS_PER_DAY } from "../time/index.js";
import { Agent, AGENT_STATE } from "./agent.js";
import type { Contact } from "./contact.js";
import type { ModelSpec, StreamSpec } from "./modelSpec.js";
import { Pool } from "./pool.js";
import { scheduleStaffing } from "./staffing.js";
import { TraceRecorder } from "./trace.js";

interface ArrivalStream {
  readonly index: number;
  readonly spec: StreamSpec;
  readonly process: PoissonArrivals;
  /** The stream each contact's own draws come from, four per contact. */
  readonly draws: Uniform;
}

/** The tallies of one observation window. */
export interface Tallies {
  overall: ContactTally;
  byChannel: ContactTally[];
  bySegment: ContactTally[];
  byPool: ContactTally[];
  byInterval: ContactTally[];
  /** Per arrival stream, the distinct tallies its contacts count in (whole, channel, segment, pool). */
  byStream: ContactTally[][];
}

/**
 * One replication of a model: builds the pools, staff and arrival streams, runs the kernel,
 * and keeps streaming statistics over the observation window (after warm-up).
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
  private readonly streams: ArrivalStream[] = [];
  private nextContactId = 0;
  private arrivalsSeen = 0;
  private countedOutstanding = 0;
  private windowClosed = false;
  /** Reused for every contact's end, to avoid an allocation per contact. */
  private readonly prepared: PreparedEnd = { outcome: 0, waitSeconds: 0, bin: 0, firstThreshold: 0 };

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
      const members = poolSpec.staff.map((s, i) => new Agent(this.agents.length + i, i, s.name, p, s.hourlyCost));
      this.agents.push(...members);
      this.pools.push(new Pool(p, poolSpec, members, calendar.intervalSeconds, calendar.intervalsPerDay));
    });
    const factory = new StreamFactory(seed, replication);
    spec.streams.forEach((s, i) => {
      this.streams.push({
        index: i,
        spec: s,
        process: new PoissonArrivals(calendar, s.weekly, factory.stream(`arrivals:${s.name}`)),
        draws: factory.stream(`contacts:${s.name}`),
      });
    });
  }

  /** Runs to the end and returns the number of events fired. */
  run(): number {
    const { spec, sim } = this;
    scheduleStaffing(this);
    if (spec.stop === null) {
      const days = spec.days!;
      this.windowStart = spec.warmupDays * SECONDS_PER_DAY;
      this.windowEnd = days * SECONDS_PER_DAY;
      sim.at(this.windowStart, PRIORITY.calendar, this.onWindowStart, null);
      sim.at(this.windowEnd, PRIORITY.calendar, this.onWindowEnd, null);
    } else if (spec.stop.warmupArrivals === 0) {
      this.onWindowStart(null);
    }
    for (const stream of this.streams) this.scheduleNextArrival(stream);
    const fired = sim.run();
    this.finish();
    return fired;
  }

  /** An agent becomes available (shift start, break end): takes the next client or idles. */
  agentAvailable(agent: Agent): void {
    const now = this.sim.now;
    const pool = this.pools[agent.poolIndex]!;
    agent.enter(AGENT_STATE.idle, now);
    pool.staffed.add(1, now);
    this.takeNextOrIdle(agent, pool, now);
  }

  /** The end of an agent's shift: leaves now if free, else after the current client. */
  shiftEnds(agent: Agent, breakEvent: EventHandle): void {
    const now = this.sim.now;
    const pool = this.pools[agent.poolIndex]!;
    if (agent.state === AGENT_STATE.idle) {
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

  /** A break falls due: taken now if idle, else once the current client is done. */
  breakDue(agent: Agent, durationSeconds: number): void {
    if (agent.state === AGENT_STATE.idle) this.startBreak(agent, durationSeconds);
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
        pool.line.remove(c);
        if (c.abandonEvent !== -1) this.sim.cancel(c.abandonEvent);
        pool.queueLength.add(-1, now);
        this.end(c, OUTCOME.lostAtClosing, now - c.arrivalTime, -1);
      }
    }
  }

  private startBreak(agent: Agent, durationSeconds: number): void {
    const now = this.sim.now;
    const pool = this.pools[agent.poolIndex]!;
    if (agent.state === AGENT_STATE.idle) pool.removeIdle(agent);
    pool.staffed.add(-1, now);
    agent.enter(AGENT_STATE.onBreak, now);
    agent.pendingBreakSeconds = 0;
    const ev = this.sim.after(durationSeconds, PRIORITY.staffing, this.onBreakEnd, agent);
    agent.breakEvent = ev;
  }

  private readonly onBreakEnd = (agent: Agent): void => {
    agent.breakEvent = -1;
    if (agent.state !== AGENT_STATE.onBreak) return;
    this.agentAvailable(agent);
  };

  private scheduleNextArrival(stream: ArrivalStream): void {
    const t = stream.process.next();
    if (t === Infinity || this.stopArrivals) return;
    if (this.spec.stop === null && t >= this.windowEnd) return;
    this.sim.at(t, PRIORITY.arrival, this.onArrival, stream);
  }

  private readonly onArrival = (stream: ArrivalStream): void => {
    if (this.stopArrivals) return;
    const now = this.sim.now;
    const stop = this.spec.stop;
    if (stop !== null) {
      const n = ++this.arrivalsSeen;
      if (n === stop.warmupArrivals + 1 && stop.warmupArrivals > 0) this.onWindowStart(null);
      if (n === stop.warmupArrivals + stop.arrivals + 1) {
        this.onWindowEnd(null);
        return;
      }
    }
    const s = stream.spec;
    const draws = stream.draws;
    const uService = draws();
    const uPatience = draws();
    const uWrapUp = draws();
    const uBalk = draws();
    const counted = now >= this.windowStart && now < this.windowEnd && !this.windowClosed;
    const contact: Contact = {
      id: this.nextContactId++,
      stream: stream.index,
      channel: s.channel,
      segment: s.segment,
      arrivalTime: now,
      serviceSeconds: s.service.quantile(uService),
      patienceSeconds: s.patience === null ? Infinity : s.patience.quantile(uPatience),
      wrapUpUniform: uWrapUp,
      balkUniform: uBalk,
      counted,
      interval: this.spec.calendar.intervalOfDay(now),
      pool: s.pool,
      priority: s.priority,
      abandonEvent: -1,
      waiting: false,
    };
    this.scheduleNextArrival(stream);
    const pool = this.pools[s.pool]!;
    if (counted) {
      this.countedOutstanding++;
      const t = this.tallies;
      const groups = t.byStream[stream.index]!;
      for (let i = 0; i < groups.length; i++) groups[i]!.arrive();
      t.byInterval[contact.interval]!.arrive();
    }
    if (this.trace !== null) this.trace.record(now, "arrive", contact.id, -1, s.pool);
    if (pool.idle.length > 0) {
      this.startService(pool.takeIdleAgent(now), contact, now);
    } else if (pool.line.length >= pool.spec.capacity) {
      this.end(contact, OUTCOME.blocked, 0, -1);
    } else if (s.balking !== null && uBalk < s.balking.probability(pool.line.length)) {
      this.end(contact, OUTCOME.balked, 0, -1);
    } else {
      pool.line.push(contact);
      pool.queueLength.add(1, now);
      if (contact.patienceSeconds !== Infinity) {
        contact.abandonEvent = this.sim.at(now + contact.patienceSeconds, PRIORITY.abandon, this.onAbandon, contact);
      }
    }
  };

  private readonly onAbandon = (contact: Contact): void => {
    const now = this.sim.now;
    const pool = this.pools[contact.pool]!;
    contact.abandonEvent = -1;
    pool.line.remove(contact);
    pool.queueLength.add(-1, now);
    this.end(contact, OUTCOME.abandoned, now - contact.arrivalTime, -1);
  };

  private startService(agent: Agent, contact: Contact, now: number): void {
    const pool = this.pools[contact.pool]!;
    if (agent.state === AGENT_STATE.idle) pool.busy.add(1, now);
    agent.enter(AGENT_STATE.serving, now);
    agent.current = contact;
    if (contact.counted) agent.served++;
    this.end(contact, OUTCOME.served, now - contact.arrivalTime, agent.id);
    this.sim.at(now + contact.serviceSeconds, PRIORITY.release, this.onServiceEnd, agent);
  }

  private readonly onServiceEnd = (agent: Agent): void => {
    const now = this.sim.now;
    const pool = this.pools[agent.poolIndex]!;
    const contact = agent.current!;
    agent.current = null;
    if (this.trace !== null) this.trace.record(now, "service-end", contact.id, agent.id, agent.poolIndex);
    const wrapUp = pool.spec.wrapUp;
    const seconds = wrapUp === null ? 0 : wrapUp.quantile(contact.wrapUpUniform);
    if (seconds > 0) {
      agent.enter(AGENT_STATE.wrapUp, now);
      this.sim.at(now + seconds, PRIORITY.release, this.onWrapUpEnd, agent);
    } else {
      this.agentFree(agent, pool, now);
    }
  };

  private readonly onWrapUpEnd = (agent: Agent): void => {
    this.agentFree(agent, this.pools[agent.poolIndex]!, this.sim.now);
  };

  /** An agent finished a client (and its wrap-up). */
  private agentFree(agent: Agent, pool: Pool, now: number): void {
    if (agent.pendingBreakSeconds > 0) {
      pool.busy.add(-1, now);
      agent.enter(AGENT_STATE.idle, now);
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
    const next = pool.line.shift();
    if (next !== undefined) {
      pool.queueLength.add(-1, now);
      if (next.abandonEvent !== -1) {
        this.sim.cancel(next.abandonEvent);
        next.abandonEvent = -1;
      }
      this.startService(agent, next, now);
      return;
    }
    if (agent.state !== AGENT_STATE.idle) {
      pool.busy.add(-1, now);
      agent.enter(AGENT_STATE.idle, now);
    }
    pool.idle.push(agent);
  }

  /** Records a contact's one outcome. */
  private end(contact: Contact, outcome: number, waitSeconds: number, agent: number): void {
    if (this.trace !== null) this.trace.record(this.sim.now, OUTCOMES[outcome]!, contact.id, agent, contact.pool);
    if (!contact.counted) return;
    const t = this.tallies;
    const e = prepareEnd(outcome, waitSeconds, this.spec.thresholdsSeconds, this.prepared);
    const groups = t.byStream[contact.stream]!;
    for (let i = 0; i < groups.length; i++) groups[i]!.end(e);
    t.byInterval[contact.interval]!.end(e);
    if (--this.countedOutstanding === 0 && this.windowClosed) this.sim.stop();
  }

  private readonly onWindowStart = (_: null): void => {
    const now = this.sim.now;
    this.windowStart = now;
    this.tallies = this.freshTallies();
    for (const a of this.agents) a.resetStatistics(now);
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
    if (this.spec.stop !== null) this.stopArrivals = true;
    if (this.countedOutstanding === 0) this.sim.stop();
  };

  /** Count-based runs generate no arrival after the window closes. */
  private stopArrivals = false;

  /** Contacts still waiting when no event is left end as "unfinished". */
  private finish(): void {
    const now = this.sim.now;
    for (const pool of this.pools) {
      for (const c of [...pool.line.waitingContacts()]) {
        pool.line.remove(c);
        this.end(c, OUTCOME.unfinished, now - c.arrivalTime, -1);
      }
    }
    if (!this.windowClosed) this.onWindowEnd(null);
  }

  /**
   * New tallies for a window. A group with a single member (the only channel, segment or pool)
   * is the same set of contacts as the whole model, so it shares the overall tally.
   */
  private freshTallies(): Tallies {
    const th = this.spec.thresholdsSeconds;
    const overall = new ContactTally(th, true);
    const group = (names: readonly unknown[]) =>
      names.length === 1 ? [overall] : names.map(() => new ContactTally(th, true));
    const byChannel = group(this.spec.channels);
    const bySegment = group(this.spec.segments);
    const byPool = group(this.spec.pools);
    return {
      overall,
      byChannel,
      bySegment,
      byPool,
      byInterval: Array.from({ length: this.spec.calendar.intervalsPerDay }, () => new ContactTally(th, false)),
      byStream: this.spec.streams.map((s) => [
        ...new Set([overall, byChannel[s.channel]!, bySegment[s.segment]!, byPool[s.pool]!]),
      ]),
    };
  }
}
