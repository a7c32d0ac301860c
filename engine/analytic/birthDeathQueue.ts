import { gammaln } from "simple-statistics";
import type { QueueMetrics } from "./queueMetrics.js";

export interface BirthDeathInput {
  agents: number;
  /** Arrivals per second. */
  arrivalRate: number;
  /** Mean service time in seconds (exponential). */
  meanServiceSeconds: number;
  /** Mean patience in seconds (exponential), or Infinity for none. */
  meanPatienceSeconds: number;
  /** Places in the system (agents + waiting), or Infinity. */
  capacity: number;
  thresholdsSeconds: readonly number[];
}

/**
 * The M/M/c/K+M queue (Erlang C, Erlang A, and their finite-capacity forms) solved exactly as a
 * birth-death chain. An arrival's fate follows a small absorbing chain on the number ahead of it
 * (each stage ends at rate cμ + kθ by moving up, or at rate θ by its own abandoning), whose
 * waiting-time distribution is computed by uniformization. Returns null for an unstable queue
 * (no abandonment, no capacity limit, offered load at or above the agents).
 */
export function birthDeathQueue(input: BirthDeathInput): QueueMetrics | null {
  const { agents: c, arrivalRate: lambda, capacity: K } = input;
  if (!Number.isInteger(c) || c < 1) throw new RangeError(`birthDeathQueue requires at least 1 agent, got ${c}`);
  if (!(K >= c)) throw new RangeError(`birthDeathQueue requires a capacity of at least the agents (${c}), got ${K}`);
  const mu = 1 / input.meanServiceSeconds;
  const theta = input.meanPatienceSeconds === Infinity ? 0 : 1 / input.meanPatienceSeconds;
  if (K === Infinity && theta === 0 && lambda >= c * mu) return null;

  // Stationary distribution p_n, n = 0..N (truncated where negligible when K is infinite).
  const p: number[] = [1];
  let total = 1;
  for (let n = 1; n <= 10_000_000; n++) {
    if (n > K) break;
    const death = Math.min(n, c) * mu + Math.max(n - c, 0) * theta;
    const next = (p[n - 1]! * lambda) / death;
    p.push(next);
    total += next;
    if (total > 1e250) {
      for (let i = 0; i < p.length; i++) p[i]! /= 1e250;
      total /= 1e250;
    }
    if (K === Infinity && n > c && next < total * 1e-17) break;
  }
  for (let i = 0; i < p.length; i++) p[i] = p[i]! / total;
  const N = p.length - 1;
  const pFull = K === Infinity ? 0 : p[N]!;
  const admitted = 1 - pFull;

  // Stage k = number ahead in queue on arrival (n - c).
  const maxAhead = Math.max(0, Math.min(N, K === Infinity ? N : K - 1) - c);
  const q = (k: number) => c * mu + k * theta + theta; // rate of leaving stage k
  const served = new Float64Array(maxAhead + 1); // P(served | k ahead)
  const waitAll = new Float64Array(maxAhead + 1); // E[W | k]
  const sumInverse = new Float64Array(maxAhead + 1); // Σ_{i<=k} 1/q_i
  for (let k = 0; k <= maxAhead; k++) {
    const advance = (c * mu + k * theta) / q(k);
    served[k] = (k === 0 ? 1 : served[k - 1]!) * advance;
    sumInverse[k] = (k === 0 ? 0 : sumInverse[k - 1]!) + 1 / q(k);
    // E[W | k] = 1/q_k + advance_k × E[W | k-1]
    waitAll[k] = 1 / q(k) + advance * (k === 0 ? 0 : waitAll[k - 1]!);
  }

  let pWait = 0;
  let pServed = 0;
  let meanWait = 0;
  let waitServed = 0;
  let meanQueueLength = 0;
  let busy = 0;
  for (let n = 0; n <= N; n++) {
    meanQueueLength += p[n]! * Math.max(n - c, 0);
    busy += p[n]! * Math.min(n, c);
    if (n === K) continue;
    const w = p[n]! / admitted;
    if (n < c) {
      pServed += w;
      continue;
    }
    const k = n - c;
    pWait += w;
    pServed += w * served[k]!;
    meanWait += w * waitAll[k]!;
    waitServed += w * served[k]! * sumInverse[k]!;
  }

  const slServed: Record<string, number> = {};
  const slAnswered: Record<string, number> = {};
  for (const t of input.thresholdsSeconds) {
    const within = servedWithin(c * mu, theta, maxAhead, t);
    let numerator = 0;
    for (let n = 0; n < Math.min(N + 1, K); n++) {
      const w = p[n]! / admitted;
      numerator += n < c ? w : w * within[n - c]!;
    }
    slServed[String(t)] = numerator / pServed;
    slAnswered[String(t)] = numerator;
  }

  return {
    pBlock: pFull,
    pWait,
    pAbandon: 1 - pServed,
    meanWait,
    meanWaitServed: waitServed / pServed,
    slServed,
    slAnswered,
    meanQueueLength,
    occupancy: busy / c,
  };
}

/**
 * P(served and W <= t | k ahead) for k = 0..maxAhead, by uniformization of the stage chain
 * (stage k moves to k-1, or to "served" from 0, at rate cμ + kθ, and is lost at rate θ).
 */
function servedWithin(cMu: number, theta: number, maxAhead: number, t: number): Float64Array {
  const result = new Float64Array(maxAhead + 1);
  if (t <= 0) return result;
  const rate = cMu + maxAhead * theta + theta;
  const lt = rate * t;
  const steps = Math.ceil(lt + 12 * Math.sqrt(lt) + 40);
  let f = new Float64Array(maxAhead + 1);
  let g = new Float64Array(maxAhead + 1);
  for (let m = 1; m <= steps; m++) {
    for (let i = 0; i <= maxAhead; i++) {
      const up = (cMu + i * theta) / rate;
      const stay = 1 - (cMu + i * theta + theta) / rate;
      g[i] = up * (i === 0 ? 1 : f[i - 1]!) + stay * f[i]!;
    }
    [f, g] = [g, f];
    const weight = Math.exp(-lt + m * Math.log(lt) - gammaln(m + 1));
    if (weight === 0 && m > lt) break;
    for (let i = 0; i <= maxAhead; i++) result[i] = result[i]! + weight * f[i]!;
  }
  // Weights above are P(N_t = m); P(served within m steps) counts for N_t = m.
  return result;
}
