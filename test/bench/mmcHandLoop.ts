/**
 * The same M/M/c model as mmc.bench.ts written as one plain loop, the yardstick for the engine's
 * speed: a binary heap of event times in typed arrays, a ring buffer for the line, Alea uniforms
 * (the engine's generator) and inverse-transform exponentials, the mean wait as its only
 * statistic. No kernel, no policies, no tallies: what any event-driven M/M/c must do.
 */
import seedrandom from "seedrandom";

/** Runs `customers` arrivals of M/M/`servers` and returns their mean wait in seconds. */
export function mmcHandLoop(customers: number, servers: number, ratePerSecond: number, meanService: number): number {
  const u = seedrandom.alea("hand loop");
  // Events: at most one arrival and one service end per server pending.
  const capacity = servers + 2;
  const times = new Float64Array(capacity);
  const kinds = new Int8Array(capacity); // 0 arrival, 1 service end
  let size = 0;
  const push = (t: number, kind: number): void => {
    let i = size++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (times[parent]! <= t) break;
      times[i] = times[parent]!;
      kinds[i] = kinds[parent]!;
      i = parent;
    }
    times[i] = t;
    kinds[i] = kind;
  };
  const popKind = (): number => {
    const kind = kinds[0]!;
    const t = times[--size]!;
    const k = kinds[size]!;
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= size) break;
      if (child + 1 < size && times[child + 1]! < times[child]!) child++;
      if (t <= times[child]!) break;
      times[i] = times[child]!;
      kinds[i] = kinds[child]!;
      i = child;
    }
    times[i] = t;
    kinds[i] = k;
    return kind;
  };
  let line = new Float64Array(1024);
  let head = 0;
  let length = 0;
  let busy = 0;
  let arrived = 0;
  let waitSum = 0;
  let served = 0;
  push(-Math.log(1 - u()) / ratePerSecond, 0);
  while (size > 0) {
    const now = times[0]!;
    if (popKind() === 0) {
      arrived++;
      if (arrived < customers) push(now - Math.log(1 - u()) / ratePerSecond, 0);
      if (busy < servers) {
        busy++;
        served++;
        push(now - Math.log(1 - u()) * meanService, 1);
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
      push(now - Math.log(1 - u()) * meanService, 1);
    } else {
      busy--;
    }
  }
  return waitSum / served;
}
