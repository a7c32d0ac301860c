import { parseScenario, type Scenario, type ScenarioInput } from "../../engine/scenario/index.js";

const weekday = { open: "09:00", close: "18:00" };

/**
 * A small company on two floors with the thread's default rules: first calls to current
 * sales, callbacks after cold calls to active sales when the caller says so, walk-ins to retail,
 * handover from active sales after the first deal; registered clients come back.
 */
export function company(over: Partial<ScenarioInput> = {}): Scenario {
  return parseScenario({
    name: "test company",
    calendar: {
      days: 10,
      warmupDays: 3,
      openingHours: { mon: weekday, tue: weekday, wed: weekday, thu: weekday, fri: weekday },
    },
    departments: [
      { name: "active sales", floor: 2 },
      { name: "current sales", floor: 2 },
      { name: "retail", floor: 1 },
    ],
    channels: [
      { name: "call", kind: "phone", publicNumber: true, identified: "when-answered" },
      { name: "callback", kind: "phone", publicNumber: true, identified: "when-answered" },
      { name: "own extension", kind: "phone" },
      { name: "walk-in", kind: "visit" },
    ],
    segments: [
      {
        name: "retail",
        deal: { probability: 0.6, value: { kind: "lognormal", mean: 3000, cv: 0.8 } },
        retry: { probability: 0.5, delay: { kind: "exponential", mean: "10 min" } },
        clientele: {
          owner: "retail",
          initialClients: 200,
          returnInterval: { kind: "exponential", mean: "20 days" },
          channels: { "walk-in": 1 },
        },
      },
      {
        name: "wholesale",
        deal: {
          probability: 0.5,
          byPool: { closers: 0.4 },
          value: { kind: "gamma", mean: 60000, cv: 1 },
          waitHalfLife: "10 min",
        },
        afterCall: { visitProbability: 0.3, delay: { kind: "uniform", min: "1 h", max: "2 days" }, channel: "walk-in" },
        retry: { probability: 0.6, delay: { kind: "exponential", mean: "30 min" } },
        clientele: {
          owner: "current sales",
          initialClients: 100,
          returnInterval: { kind: "gamma", mean: "10 days", cv: 0.5 },
          channels: { call: 1, "own extension": 2, "walk-in": 1 },
          churnPerYear: 0.5,
        },
      },
    ],
    arrivals: [
      {
        channel: "call",
        segment: "retail",
        ratePerHour: 6,
        serviceTime: { kind: "lognormal", mean: "3 min", cv: 0.7 },
        patience: { kind: "exponential", mean: "1 min" },
      },
      {
        channel: "call",
        segment: "wholesale",
        ratePerHour: 3,
        serviceTime: { kind: "lognormal", mean: "6 min", cv: 0.7 },
        patience: { kind: "exponential", mean: "2 min" },
      },
      {
        channel: "callback",
        segment: "wholesale",
        status: "lead",
        saysColdCalled: 0.6,
        ratePerHour: 1.5,
        serviceTime: { kind: "lognormal", mean: "8 min", cv: 0.6 },
        patience: { kind: "exponential", mean: "2 min" },
      },
      {
        channel: "own extension",
        segment: "wholesale",
        ratePerHour: 0,
        serviceTime: { kind: "lognormal", mean: "5 min", cv: 0.6 },
        patience: { kind: "exponential", mean: "3 min" },
      },
      {
        channel: "walk-in",
        segment: "retail",
        ratePerHour: 4,
        serviceTime: { kind: "lognormal", mean: "7 min", cv: 0.8 },
        balking: { kind: "queue-threshold", waiting: 3, probability: 0.5 },
      },
      {
        channel: "walk-in",
        segment: "wholesale",
        ratePerHour: 0.5,
        serviceTime: { kind: "lognormal", mean: "12 min", cv: 0.6 },
      },
    ],
    pools: [
      {
        name: "operators",
        department: "current sales",
        staff: [
          { name: "Olga", role: "order operator-consultant", hourlyCost: 450 },
          { name: "Oleg", role: "order operator-consultant", hourlyCost: 450 },
        ],
        selection: { kind: "own-manager-first", otherwise: { kind: "least-workload", tolerance: 0.005 } },
        wrapUp: { kind: "deterministic", value: 20 },
      },
      {
        name: "consultants",
        department: "retail",
        idleWork: "merchandising",
        staff: [
          { name: "Rita", role: "consultant-merchandiser" },
          { name: "Roman", role: "consultant-merchandiser" },
        ],
      },
      {
        name: "closers",
        department: "active sales",
        staff: [{ name: "Anton", role: "closing manager", hourlyCost: 520 }],
      },
    ],
    phone: { lines: 4, transfer: { time: { kind: "deterministic", value: 15 }, ringTimeout: 40 } },
    routing: [
      { match: { channel: "own extension", owner: "active sales" }, pool: "closers" },
      { match: { channel: "own extension" }, pool: "operators" },
      { match: { channel: "callback", saidColdCalled: true }, pool: "closers" },
      { match: { channel: "call", status: "registered", owner: "active sales" }, pool: "closers" },
      { match: { channel: "walk-in" }, pool: "consultants" },
      { match: { channel: "call" }, pool: "operators" },
      { match: { channel: "callback" }, pool: "operators" },
    ],
    handover: { department: "active sales", afterDeal: 1 },
    serviceLevel: { thresholds: [20, 60] },
    ...over,
  });
}

/**
 * Staffs the test company's plain JSON `d` in place: `o0..`, `c0..` and `a0..` (operators,
 * consultants, closers), each with the fields of `member`, and the operators' selection policy
 * (own-manager-first falls back to longest idle).
 */
export function staffCompany(
  d: { pools: Record<string, unknown>[] },
  g: { operators: number; consultants: number; closers: number; selection: string },
  member: Record<string, unknown> = {},
): void {
  const named = (prefix: string, n: number) =>
    Array.from({ length: n }, (_, i) => ({ name: `${prefix}${i}`, ...member }));
  d.pools[0]!.staff = named("o", g.operators);
  d.pools[1]!.staff = named("c", g.consultants);
  d.pools[2]!.staff = named("a", g.closers);
  d.pools[0]!.selection =
    g.selection === "own-manager-first"
      ? { kind: g.selection, otherwise: { kind: "longest-idle" } }
      : { kind: g.selection };
}
