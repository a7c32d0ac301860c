import { readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import fc from "fast-check";
import { clientflow } from "./clientflow.js";

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = (string | number)[];

/**
 * A change to a results file as an attacker or a careless editor would make it. `at` picks the
 * leaf, record, event or key (modulo how many there are), so fast-check can shrink it.
 */
export type ResultsMutation =
  | { kind: "number"; at: number; value: number | string | null }
  | { kind: "text"; at: number; value: string }
  | { kind: "key"; at: number; key: string; copy: boolean }
  | { kind: "event"; at: number; field: 0 | 2 | 3 | 4; value: number }
  | { kind: "remove"; at: number }
  | { kind: "field"; field: (string | number)[]; value: Json }
  | { kind: "group"; at: number; group: string; value: number | string | null }
  | { kind: "column"; at: number; column: string; value: Json };

// Numbers written into the file's text as they are (1e999 parses to Infinity).
const INFINITE = /"number:([^"]+)"/g;

const hostileNumbers = fc.constantFrom<number | string | null>(
  1e308,
  -1e308,
  1e-300,
  5e-324,
  1e100,
  -1e-100,
  2 ** 53,
  0,
  -1,
  1.5,
  1e6,
  "number:1e999",
  "number:-1e999",
  "NaN",
  null,
);
const hostileTexts = fc.oneof(
  fc.constantFrom(
    "__proto__",
    "constructor",
    "prototype",
    "toString",
    "",
    "nobody",
    "25:99",
    '=HYPERLINK("http://x","c")',
    "Ёлка 🙂",
    "\u202e",
    "a.b",
    "inbound.constructor",
  ),
  fc.string({ unit: "grapheme", maxLength: 8 }),
);
const hostileKeys = fc.constantFrom(
  "__proto__",
  "constructor",
  "toString",
  "hasOwnProperty",
  "inbound.__proto__",
  "inbound.constructor",
  "interval.ab.arrivalsPerDay",
  "interval.09:00.arrivalsPerDay",
  "staffing.nobody.25:00.staffed",
  "staffing.Ёлка 🙂.09:00.staffed",
  "flow.call",
  "flow.Ёлка.none.served",
  "pool.\u202e.served",
  '=HYPERLINK("http://x","c")',
  "fines.count.__proto__",
  "agent.agents.A.fines",
  "plan.x.score",
  "head.constructor.score",
  "window.days",
);

/** One to three hostile changes, or none (so that some cases are the file as written). */
export const resultsMutations: fc.Arbitrary<ResultsMutation[]> = fc.array(
  fc.oneof(
    fc.record({ kind: fc.constant("number" as const), at: fc.nat(), value: hostileNumbers }),
    fc.record({ kind: fc.constant("text" as const), at: fc.nat(), value: hostileTexts }),
    {
      arbitrary: fc.record({ kind: fc.constant("key" as const), at: fc.nat(), key: hostileKeys, copy: fc.boolean() }),
      weight: 2,
    },
    fc.record({
      kind: fc.constant("event" as const),
      at: fc.nat(),
      field: fc.constantFrom<0 | 2 | 3 | 4>(0, 2, 3, 4),
      value: fc.constantFrom(-2, -1, 0, 1, 99, 1.5, 1e308, 1e9, 86_400 * 3661),
    }),
    fc.record({ kind: fc.constant("remove" as const), at: fc.nat() }),
    // A column of a row: a name, a scope or measure the engine never writes, a clock that is no time of day.
    {
      weight: 2,
      arbitrary: fc.record({
        kind: fc.constant("column" as const),
        at: fc.nat(),
        column: fc.constantFrom("scope", "subject", "pool", "channel", "clock", "measure", "breakdown", "unit"),
        value: fc.oneof(
          hostileTexts,
          hostileKeys,
          fc.constant(null),
          fc.constant({ kind: "threshold", value: "__proto__" }),
          fc.constant({ kind: "nothing", value: 1 }),
        ),
      }),
    },
    // Fields the viewer follows from one section to another, changed on purpose.
    {
      weight: 3,
      arbitrary: fc.oneof(
        fc.record({
          kind: fc.constant("field" as const),
          field: fc.constantFrom<Path[]>(
            ["shownMetrics", 0],
            ["setUps", 1, "name"],
            ["trace", "pools", 0],
            ["trace", "agents", 0],
            ["trace", "contacts", 0, 2],
            ["trace", "contacts", 0, 3],
            ["scenario", "definition", "channels", 0, "name"],
            ["scenario", "definition", "pools", 0, "name"],
            ["setUps", 0, "scenario", "definition", "segments", 0, "name"],
            ["pools", 0, "intervals", 0, "interval"],
            ["pools", 1, "pool"],
          ),
          value: fc.oneof(hostileTexts, hostileKeys),
        }),
        fc.record({
          kind: fc.constant("field" as const),
          field: fc.constantFrom<Path[]>(
            ["replications"],
            ["trace", "replication"],
            ["observation", "intervalMinutes"],
            ["observation", "thresholdsSeconds", 0],
            ["observation", "days"],
            ["setUps", 1, "observation", "warmupDays"],
            ["check", "intervals"],
            ["pools", 0, "intervals", 0, "staff"],
          ),
          value: hostileNumbers,
        }),
      ),
    },
    // Every value of the rows of a scope at once (sums of many huge values, a tiny window).
    {
      weight: 3,
      arbitrary: fc.record({
        kind: fc.constant("group" as const),
        at: fc.nat(),
        group: fc.constantFrom("flow", "interval", "staffing", "fines", "person", "window", "inbound", "plan"),
        value: fc.constantFrom<number | string | null>(1e308, -1e308, 5e-324, 1e-300, 1e100, "number:1e999", null),
      }),
    },
  ),
  { maxLength: 3 },
);

/** The text of a results file after the mutations (prototype keys kept as the file's own keys). */
export function mutateResults(text: string, mutations: readonly ResultsMutation[]): string {
  const file = JSON.parse(text) as Json;
  for (const m of mutations) apply(file, m);
  return JSON.stringify(file).replace(INFINITE, (_, n: string) => n);
}

function apply(file: Json, m: ResultsMutation): void {
  if (m.kind === "number" || m.kind === "text") {
    const leaves = paths(file, (v) => (m.kind === "number" ? typeof v === "number" : typeof v === "string"));
    const path = pick(leaves, m.at);
    if (path !== undefined) set(file, path, m.value);
  } else if (m.kind === "key") {
    const records = paths(
      file,
      (v, path) => isObject(v) && /^(differences|narrowing|checked)$/.test(String(path[path.length - 1] ?? "")),
    );
    const path = pick(records, m.at);
    if (path === undefined) return;
    const record = get(file, path) as Record<string, Json>;
    const first = Object.values(record)[0] ?? null;
    // defineProperty: an own key even for "__proto__", as JSON.parse makes it.
    Object.defineProperty(record, m.key, {
      value: m.copy ? first : null,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  } else if (m.kind === "event") {
    const events = get(file, ["trace", "events"]);
    if (!Array.isArray(events) || events.length === 0) return;
    const event = events[m.at % events.length];
    if (Array.isArray(event)) event[m.field] = m.value;
  } else if (m.kind === "field") {
    if (m.field.length === 1 || get(file, m.field.slice(0, -1)) !== null) set(file, m.field, m.value);
  } else if (m.kind === "group") {
    const tables = paths(file, (v, path) => Array.isArray(v) && path[path.length - 1] === "metrics");
    const path = pick(tables, m.at);
    if (path === undefined) return;
    for (const row of get(file, path) as Json[]) {
      if (!isObject(row) || row["scope"] !== m.group) continue;
      const summary = row["summary"] ?? null;
      if (isObject(summary)) {
        summary["mean"] = m.value;
        summary["ci95"] = [m.value, m.value];
      }
    }
  } else if (m.kind === "column") {
    const rows = (get(file, ["metrics"]) ?? get(file, ["setUps", 0, "metrics"])) as Json;
    if (!Array.isArray(rows) || rows.length === 0) return;
    const row = rows[m.at % rows.length];
    if (row !== undefined && isObject(row)) row[m.column] = m.value;
  } else {
    const keys = paths(file, (_, path) => path.length > 0 && typeof path[path.length - 1] === "string");
    const path = pick(keys, m.at);
    if (path === undefined) return;
    const parent = get(file, path.slice(0, -1)) as Record<string, Json>;
    delete parent[path[path.length - 1] as string];
  }
}

/** Every path to a value that `keep` selects; long lists (the trace's events) looked into at their first ten. */
function paths(value: Json, keep: (v: Json, path: Path) => boolean, path: Path = [], out: Path[] = []): Path[] {
  if (keep(value, path)) out.push(path);
  if (Array.isArray(value)) value.slice(0, 10).forEach((v, i) => paths(v, keep, [...path, i], out));
  else if (isObject(value)) for (const [k, v] of Object.entries(value)) paths(v, keep, [...path, k], out);
  return out;
}

const isObject = (v: Json): v is { [key: string]: Json } => typeof v === "object" && v !== null && !Array.isArray(v);
const pick = <T>(list: T[], at: number): T | undefined => (list.length === 0 ? undefined : list[at % list.length]);

function get(value: Json, path: Path): Json {
  let v: Json = value;
  for (const p of path)
    v = v === null || typeof v !== "object" ? null : ((v as Record<string | number, Json>)[p] ?? null);
  return v;
}

function set(file: Json, path: Path, value: Json): void {
  const parent = get(file, path.slice(0, -1)) as Record<string | number, Json>;
  parent[path[path.length - 1]!] = value;
}

/**
 * Small results files written by the command line into `dir`: a traced run and an experiment of
 * the default company over two days (one of warm-up), two replications each.
 */
export function writeSmallResults(dir: string): { run: string; experiment: string } {
  const scenario = join(dir, "short.json");
  writeFileSync(
    scenario,
    JSON.stringify({
      extends: resolve("scenarios/default.json"),
      changes: [
        { set: "calendar.days", value: 2 },
        { set: "calendar.warmupDays", value: 1 },
      ],
    }),
  );
  const experiment = join(dir, "experiment.json");
  writeFileSync(
    experiment,
    JSON.stringify({
      name: "short",
      base: "short.json",
      replications: 2,
      metrics: [
        { scope: "inbound", measure: "pAbandon" },
        { scope: "money", measure: "revenuePerDay" },
      ],
      variants: [
        {
          name: "one more operator",
          changes: [{ add: "pools[operators].staff", value: { name: "Operator 9", hourlyCost: 450 } }],
        },
      ],
    }),
  );
  const run = join(dir, "short.results.json");
  const compared = join(dir, "short.comparison.json");
  clientflow([
    "run",
    scenario,
    "--replications",
    "2",
    "--workers",
    "1",
    "--trace",
    "--trace-events",
    "3000",
    "--quiet",
    "--out",
    run,
  ]);
  clientflow(["compare", experiment, "--workers", "1", "--quiet", "--out", compared]);
  return { run: readFileSync(run, "utf8"), experiment: readFileSync(compared, "utf8") };
}
