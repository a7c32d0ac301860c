import { PRIORITY, Simulation } from "../../core/index.js";
import { emptyEnd, IntervalTimeAverage, OUTCOME, OUTCOMES, type PreparedEnd } from "../../metrics/index.js";
import { StreamFactory, type Uniform } from "../../random/index.js";
import { SECONDS_PER_DAY } from "../../time/index.js";
import { Agent } from "../agent.js";
import { CLIENT_STATUS_NAMES, type Client } from "../client.js";
import type { Contact } from "../contact.js";
import { ContactFactory } from "../contactFactory.js";
import type { ModelSpec } from "../modelSpec.js";
import { Pool } from "../pool.js";
import { Router } from "../routing/router.js";
import { scheduleStaffing } from "../staffing.js";
import { TraceRecorder } from "../trace.js";
import { ArrivalDesk } from "./arrivalDesk.js";
import { ClientBase } from "./clientBase.js";
import { OutboundWork } from "./outboundWork.js";
import { Outcomes } from "./outcomes.js";
import { Queues } from "./queues.js";
import { Service } from "./service.js";
import { RepeatWalkIn } from "./repeatWalkIn.js";
import { StaffDesk } from "./staffDesk.js";
import { freshTallies, tallyContact, type Tallies } from "./tallies.js";

/**
 * One replication of a model: the shared state (clock, pools, staff, tallies, the observation
 * window) and the parts that act on it: arrivals, clients, queues, service, outbound work,
 * outcomes and staffing. Statistics stream over the observation window (after warm-up).
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
  windowClosed = false;
  /** Per agent: seconds in each state over the window, taken when the window closes. */
  agentSeconds: Float64Array[] = [];
  /** Each agent's overtime seconds within the window (taken when it closes). */
  agentOvertimeSeconds: number[] = [];
  /** Registered clients at the end of the window, per segment. */
  registeredAtEnd: number[] = [];
  /** Public-number lines in use. */
  linesInUse = 0;
  /** The end of the run in seconds (Infinity for count-based runs). */
  readonly horizon: number;
  /** Reused for every contact's end, to avoid an allocation per contact. */
  readonly prepared: PreparedEnd = emptyEnd();
  readonly contacts: ContactFactory;
  readonly router: Router;
  readonly clients: ClientBase;
  readonly arrivals: ArrivalDesk;
  readonly queues: Queues;
  readonly service: Service;
  readonly outboundWork: OutboundWork;
  readonly outcomes: Outcomes;
  readonly staff: StaffDesk;
  /** The repeat walk-in rule, when the scenario has one. */
  readonly repeat: RepeatWalkIn | null;
  /** Plans and heads, for KPIs (as written in the scenario). */
  readonly plans: ModelSpec["plans"];
  readonly heads: ModelSpec["heads"];
  private countedOutstanding = 0;

  constructor(
    readonly spec: ModelSpec,
    readonly seed: string,
    readonly replication: number,
  ) {
    const { calendar } = spec;
    this.observed = new IntervalTimeAverage(calendar.intervalSeconds, calendar.intervalsPerDay);
    this.tallies = freshTallies(spec);
    this.trace =
      spec.trace !== null && spec.trace.replication === replication
        ? new TraceRecorder(spec.trace.maxEvents, spec.trace.from === "start")
        : null;
    spec.pools.forEach((poolSpec, p) => {
      const members = poolSpec.staff.map(
        (s, i) => new Agent(this.agents.length + i, i, s.name, p, s.hourlyCost, s.role),
      );
      this.agents.push(...members);
      this.pools.push(new Pool(p, poolSpec, members, calendar.intervalSeconds, calendar.intervalsPerDay));
    });
    const trace = this.trace;
    if (trace !== null) for (const agent of this.agents) agent.onStateChange = trace.agentState;
    const factory = new StreamFactory(seed, replication);
    this.horizon = spec.days === null ? Infinity : spec.days * SECONDS_PER_DAY;
    this.contacts = new ContactFactory(spec);
    this.router = new Router(spec.routes, spec.channels.length, spec.segments.length);
    this.clients = new ClientBase(this);
    this.arrivals = new ArrivalDesk(this, factory);
    this.queues = new Queues(this);
    this.service = new Service(this);
    this.outboundWork = new OutboundWork(this, factory);
    this.outcomes = new Outcomes(this);
    this.staff = new StaffDesk(this);
    this.repeat = spec.repeatWalkIn === null ? null : new RepeatWalkIn(this, spec.repeatWalkIn);
    this.plans = spec.plans;
    this.heads = spec.heads;
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
      this.startWindow();
    }
    this.clients.createInitialClients();
    this.arrivals.start();
    const fired = sim.run();
    this.finish();
    return fired;
  }

  /** Contacts arriving now are counted in the statistics. */
  isCounting(now: number): boolean {
    return now >= this.windowStart && now < this.windowEnd && !this.windowClosed;
  }

  /** Creates a contact with its draws, counted when it arrives inside the window, and traces who it is. */
  newContact(
    client: Client,
    stream: number,
    channel: number,
    shared: Uniform,
    now: number,
    callback: boolean,
  ): Contact {
    const counted = this.isCounting(now);
    const interval = this.spec.calendar.intervalOfDay(now);
    const contact = this.contacts.create(client, stream, channel, now, shared, counted, interval, callback);
    if (counted) this.countedOutstanding++;
    if (this.trace !== null) {
      this.trace.contact(
        contact.id,
        // A one-off client (no draws of its own) shares its stream's template: each contact is its own client.
        client.draws === null ? `${client.key}:${contact.id}` : client.key,
        this.spec.channels[channel]!.name,
        this.spec.segments[client.segment]!.name,
        CLIENT_STATUS_NAMES[client.status],
      );
    }
    return contact;
  }

  /** Records a contact's one outcome: frees its line, traces it, counts it in every group. */
  record(contact: Contact, e: PreparedEnd, now: number): void {
    const company = contact.company;
    if (company !== null && company.onLine) {
      company.onLine = false;
      this.linesInUse--;
    }
    if (this.trace !== null) this.trace.record(now, OUTCOMES[e.outcome]!, contact.id, -1, contact.pool);
    if (!contact.counted) return;
    tallyContact(this.tallies, this.spec, contact, e);
    if (--this.countedOutstanding === 0 && this.windowClosed) this.sim.stop();
  }

  /** Opens the observation window now: statistics start afresh. */
  startWindow(): void {
    const now = this.sim.now;
    this.windowStart = now;
    this.tallies = freshTallies(this.spec);
    for (const a of this.agents) a.resetStatistics(now);
    this.outboundWork.resetCounts();
    this.repeat?.resetCounts();
    this.observed.start(now);
    this.observed.set(1, now);
    if (this.trace !== null) this.trace.open(this.agents, now);
    for (const p of this.pools) {
      p.queueLength.start(now);
      p.busy.start(now);
      p.staffed.start(now);
      p.anyoneOnShift.start(now);
    }
  }

  /** Closes the observation window now; the run ends once every counted contact has ended. */
  endWindow(): void {
    const now = this.sim.now;
    this.windowEnd = now;
    this.windowClosed = true;
    this.observed.stop(now);
    for (const p of this.pools) {
      p.queueLength.stop(now);
      p.busy.stop(now);
      p.staffed.stop(now);
      p.anyoneOnShift.stop(now);
    }
    this.agentSeconds = this.agents.map((a) => {
      a.enter(a.state, now);
      return Float64Array.from(a.secondsIn);
    });
    this.agentOvertimeSeconds = this.agents.map((a) => a.overtimeSeconds + (a.leaving ? now - a.leavingSince : 0));
    this.registeredAtEnd = this.clients.registered.map((list) => list.length);
    if (this.spec.stop !== null) this.arrivals.stopped = true;
    if (this.countedOutstanding === 0) this.sim.stop();
  }

  private readonly onWindowStart = (_: null): void => this.startWindow();
  private readonly onWindowEnd = (_: null): void => this.endWindow();

  /** Contacts still waiting when no event is left end as "unfinished". */
  private finish(): void {
    const now = this.sim.now;
    for (const pool of this.pools) {
      for (const c of [...pool.line.waitingContacts()]) {
        pool.line.remove(c);
        this.outcomes.lose(c, OUTCOME.unfinished, now);
      }
    }
    if (!this.windowClosed) this.endWindow();
  }
}
