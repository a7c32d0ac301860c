/** What `clientflow erlang` is asked: one pool, Poisson arrivals, one service and patience law. */
export interface ErlangRequest {
  agents: number;
  arrivalsPerHour: number;
  /** Mean handling time in seconds. */
  ahtSeconds: number;
  service: "exponential" | "deterministic" | "lognormal";
  /** Coefficient of variation of lognormal service. */
  serviceCv: number;
  patience: "none" | "exponential" | "deterministic";
  /** Mean (exponential) or fixed (deterministic) patience in seconds. */
  patienceSeconds: number | null;
  /** Agents plus waiting places; null for unlimited. */
  capacity: number | null;
  thresholdsSeconds: number[];
  /** Arrivals counted per replication, after warm-up. */
  customers: number;
  /** Arrivals left out first; null for the default for the load. */
  warmupCustomers: number | null;
  replications: number;
  seed: string;
}

/** Checks a request and names the first broken rule. */
export function validateErlangRequest(r: ErlangRequest): string | null {
  const whole = (v: number, min: number) => Number.isInteger(v) && v >= min;
  if (!whole(r.agents, 1) || r.agents > 100_000)
    return `--agents must be a whole number from 1 to 100000, found ${r.agents}`;
  if (!(r.arrivalsPerHour > 0) || !Number.isFinite(r.arrivalsPerHour))
    return `--arrivals-per-hour must be a number above 0, found ${r.arrivalsPerHour}`;
  if (!(r.ahtSeconds > 0) || !Number.isFinite(r.ahtSeconds))
    return `--aht must be a number of seconds above 0, found ${r.ahtSeconds}`;
  if (r.service === "lognormal" && !(r.serviceCv > 0))
    return `--service-cv must be above 0 for lognormal service, found ${r.serviceCv}`;
  if (r.patience !== "none" && !(r.patienceSeconds !== null && r.patienceSeconds > 0)) {
    return `--patience-seconds must be a number above 0 with --patience ${r.patience}, found ${r.patienceSeconds}`;
  }
  if (r.capacity !== null && (!whole(r.capacity, 1) || r.capacity < r.agents)) {
    return `--capacity must be a whole number of at least --agents (${r.agents}), found ${r.capacity}`;
  }
  if (r.thresholdsSeconds.some((t) => !(t >= 0) || !Number.isInteger(t)))
    return `--threshold must be whole seconds >= 0, found ${r.thresholdsSeconds.join(", ")}`;
  if (!whole(r.customers, 1) || r.customers > 50_000_000)
    return `--customers must be a whole number from 1 to 50000000, found ${r.customers}`;
  if (r.warmupCustomers !== null && (!whole(r.warmupCustomers, 0) || r.warmupCustomers > 50_000_000)) {
    return `--warmup-customers must be a whole number from 0 to 50000000, found ${r.warmupCustomers}`;
  }
  if (!whole(r.replications, 2) || r.replications > 10_000)
    return `--replications must be a whole number from 2 to 10000, found ${r.replications}`;
  return null;
}

/**
 * The default warm-up for a load: ten relaxation times of the queue, 1/(cμ(1 - √ρ)²) (ρ capped
 * at 0.98, and shorter with abandonment), in arrivals, between 1,000 and 1,000,000.
 */
export function defaultWarmupCustomers(r: ErlangRequest): number {
  const lambda = r.arrivalsPerHour / 3600;
  const cMu = r.agents / r.ahtSeconds;
  const rho = Math.min(lambda / cMu, 0.98);
  const gap = 1 - Math.sqrt(rho);
  let relax = 1 / (cMu * gap * gap);
  if (r.patience !== "none" && r.patienceSeconds !== null)
    relax = Math.min(relax, 10 * (r.patienceSeconds + r.ahtSeconds));
  return Math.round(Math.min(1_000_000, Math.max(1000, 10 * lambda * relax)));
}
