/**
 * The same M/M/c model as mmc.bench.ts written as one plain loop, the yardstick for the engine's
 * speed: a binary heap of event times in typed arrays, a ring buffer for the line, Alea uniforms
 * (the engine's generator) and inverse-transform exponentials, the mean wait as its only
 * statistic. No kernel, no policies, no tallies: what any event-driven M/M/c must do.
 */
import { alea } from "../../engine/random/alea.js";
import { PlainEventHeap } from "./plainEventHeap.js";

/** Runs `customers` arrivals of M/M/`servers` and returns their mean wait in seconds. */
export function mmcHandLoop(customers: number, servers: number, ratePerSecond: number, meanService: number): number {
  const u = alea("hand loop");
  // Events: at most one arrival and one service end per server pending.
  const events = new PlainEventHeap(servers + 2);
  let line = new Float64Array(1024);
  let head = 0;
  let length = 0;
  let busy = 0;
  let arrived = 0;
  let waitSum = 0;
  let served = 0;
  events.push(-Math.log(1 - u()) / ratePerSecond, 0);
  while (events.size > 0) {
    const now = events.nextTime;
    if (events.pop() === 0) {
      arrived++;
      if (arrived < customers) events.push(now - Math.log(1 - u()) / ratePerSecond, 0);
      if (busy < servers) {
        busy++;
        served++;
        events.push(now - Math.log(1 - u()) * meanService, 1);
      } else {
        if (length === line.length) {
          const bigger = new Float64Array(line.length * 2);
          for (let i = 0; i < length; i++) bigger[i] = line[(head + i) % line.length]!;
          line = bigger;
          head = 0;
        }
        line[(head + length++) % line.length] = now;
      }
    } else if (length > 0) {
      waitSum += now - line[head]!;
      head = (head + 1) % line.length;
      length--;
      served++;
      events.push(now - Math.log(1 - u()) * meanService, 1);
    } else {
      busy--;
    }
  }
  return waitSum / served;
}
