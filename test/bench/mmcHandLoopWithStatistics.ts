/**
 * The M/M/c model of mmcHandLoop.ts as one plain loop again, but doing the work the engine's
 * statistics and its common random numbers need, with none of its generality: the second
 * yardstick of the benchmark, so that the engine's cost is split into what its figures cost and
 * what its kernel, policies and records cost. Per customer, like the engine: one arrival uniform
 * and four contact uniforms (work content, patience, wrap-up, balking; drawn at arrival whether
 * used or not), the free agent who has been idle longest, the wait's histogram bin and
 * service-level count, the customer counted overall and in its hour of the day, and the time
 * integrals of the queue length and of the busy agents, in total and per hour, and each agent's
 * busy seconds. Same generator as the engine (engine/random's Alea, seedrandom's numbers).
 */
import { alea } from "../../engine/random/alea.js";
import { PlainEventHeap } from "./plainEventHeap.js";

const HOUR_SECONDS = 3600;
const HOURS = 24;
const LOG_GROWTH = Math.log(1.02);

/** A time integral of a level, in total and per hour of the day. */
class HourlyArea {
  area = 0;
  readonly byHour = new Float64Array(HOURS);
  private level = 0;
  private last = 0;
  private boundary = HOUR_SECONDS;
  private hour = 0;

  add(delta: number, now: number): void {
    while (now >= this.boundary) {
      const part = this.level * (this.boundary - this.last);
      this.area += part;
      this.byHour[this.hour] = this.byHour[this.hour]! + part;
      this.last = this.boundary;
      this.boundary += HOUR_SECONDS;
      this.hour = this.hour + 1 === HOURS ? 0 : this.hour + 1;
    }
    const part = this.level * (now - this.last);
    this.area += part;
    this.byHour[this.hour] = this.byHour[this.hour]! + part;
    this.last = now;
    this.level += delta;
  }
}

/** The figures the loop keeps: enough that none of its work can be skipped by the compiler. */
export interface HandLoopStatistics {
  meanWaitSeconds: number;
  servedWithinThreshold: number;
  meanQueueLength: number;
  meanBusy: number;
  histogramTotal: number;
}

/**
 * Runs `customers` arrivals of M/M/`servers` (`ratePerSecond` arrivals, `meanServiceSeconds`
 * mean work content) with the statistics described above; `thresholdSeconds` is the
 * service-level threshold.
 */
export function mmcHandLoopWithStatistics(
  customers: number,
  servers: number,
  ratePerSecond: number,
  meanServiceSeconds: number,
  thresholdSeconds = 20,
): HandLoopStatistics {
  const arrivalsStream = alea("hand loop|arrivals");
  const contactsStream = alea("hand loop|contacts");
  // Events: one arrival and one service end per agent at most; an entry's kind is -1 for the
  // arrival, else the agent whose service ends.
  const events = new PlainEventHeap(servers + 2);
  // The line: each waiting customer's arrival time, hour and work content, in a ring buffer.
  let lineArrival = new Float64Array(1024);
  let lineWork = new Float64Array(1024);
  let lineHour = new Int32Array(1024);
  let head = 0;
  let length = 0;
  // Free agents, longest idle first (a ring buffer of agent numbers), and each one's busy time.
  const idle = new Int32Array(servers);
  for (let a = 0; a < servers; a++) idle[a] = a;
  let idleHead = 0;
  let idleCount = servers;
  const busySince = new Float64Array(servers);
  const busySeconds = new Float64Array(servers);
  // Per customer statistics, overall and per hour of the day.
  const histogram = new Float64Array(1003);
  let histogramTotal = 0;
  const arrivalsByHour = new Float64Array(HOURS);
  const servedByHour = new Float64Array(HOURS);
  const waitSumByHour = new Float64Array(HOURS);
  const withinByHour = new Float64Array(HOURS);
  let waitSum = 0;
  let served = 0;
  let within = 0;
  const queueLength = new HourlyArea();
  const busy = new HourlyArea();

  const serve = (agent: number, arrival: number, hour: number, work: number, now: number): void => {
    const wait = now - arrival;
    waitSum += wait;
    served++;
    waitSumByHour[hour] = waitSumByHour[hour]! + wait;
    servedByHour[hour] = servedByHour[hour]! + 1;
    if (wait <= thresholdSeconds) {
      within++;
      withinByHour[hour] = withinByHour[hour]! + 1;
    }
    const bin = wait <= 0 ? 0 : wait < 0.1 ? 1 : Math.min(1002, Math.floor(Math.log(wait / 0.1) / LOG_GROWTH) + 2);
    histogram[bin] = histogram[bin]! + 1;
    histogramTotal++;
    busySince[agent] = now;
    events.push(now + work, agent);
  };

  let arrived = 0;
  events.push(-Math.log(1 - arrivalsStream()) / ratePerSecond, -1);
  let now = 0;
  while (events.size > 0) {
    now = events.nextTime;
    const kind = events.pop();
    if (kind < 0) {
      arrived++;
      if (arrived < customers) events.push(now - Math.log(1 - arrivalsStream()) / ratePerSecond, -1);
      const work = -Math.log(1 - contactsStream()) * meanServiceSeconds;
      contactsStream(); // patience
      contactsStream(); // wrap-up
      contactsStream(); // balking
      const hour = Math.floor((now - Math.floor(now / 86400) * 86400) / HOUR_SECONDS);
      arrivalsByHour[hour] = arrivalsByHour[hour]! + 1;
      if (idleCount > 0) {
        const agent = idle[idleHead]!;
        idleHead = idleHead + 1 === servers ? 0 : idleHead + 1;
        idleCount--;
        busy.add(1, now);
        serve(agent, now, hour, work, now);
      } else {
        if (length === lineArrival.length) {
          const n = lineArrival.length;
          const a = new Float64Array(2 * n);
          const w = new Float64Array(2 * n);
          const h = new Int32Array(2 * n);
          for (let i = 0; i < length; i++) {
            a[i] = lineArrival[(head + i) % n]!;
            w[i] = lineWork[(head + i) % n]!;
            h[i] = lineHour[(head + i) % n]!;
          }
          lineArrival = a;
          lineWork = w;
          lineHour = h;
          head = 0;
        }
        const at = (head + length++) % lineArrival.length;
        lineArrival[at] = now;
        lineWork[at] = work;
        lineHour[at] = hour;
        queueLength.add(1, now);
      }
    } else {
      busySeconds[kind] = busySeconds[kind]! + (now - busySince[kind]!);
      if (length > 0) {
        queueLength.add(-1, now);
        const arrival = lineArrival[head]!;
        const work = lineWork[head]!;
        const hour = lineHour[head]!;
        head = (head + 1) % lineArrival.length;
        length--;
        serve(kind, arrival, hour, work, now);
      } else {
        busy.add(-1, now);
        idle[(idleHead + idleCount++) % servers] = kind;
      }
    }
  }
  queueLength.add(0, now);
  busy.add(0, now);
  return {
    meanWaitSeconds: waitSum / served,
    servedWithinThreshold: within / served,
    meanQueueLength: queueLength.area / now,
    meanBusy: busy.area / now,
    histogramTotal,
  };
}
