import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import { main } from "../../../../engine/node/cli/main.js";
import { mutateResults, resultsMutations, writeSmallResults } from "../../../helpers/hostileResults.js";

// A tiny company: one open hour on one day, so that any input that passes runs in milliseconds
// (the property is bounded by the work of each case, not by wall time).
const BASE = {
  name: "tiny",
  calendar: { days: 1, openingHours: { mon: { open: "09:00", close: "10:00" } } },
  segments: [{ name: "all", deal: { probability: 0.3, value: { kind: "deterministic", value: 100 } } }],
  channels: [{ name: "call" }],
  arrivals: [{ channel: "call", segment: "all", ratePerHour: 20, serviceTime: { kind: "exponential", mean: 60 } }],
  pools: [{ name: "agents", staff: [{ name: "A", hourlyCost: 10 }] }],
  routing: [{ pool: "agents" }],
};

// Deep nesting stands in the generated value as a marker, replaced in the file's text (so that
// fast-check can print a failing case), by 70 or 5000 nested lists.
const DEEP = /"deep:(\d+)"/g;
const fileText = (value: unknown) =>
  JSON.stringify(value).replace(DEEP, (_, n: string) => `${"[".repeat(Number(n))}${"]".repeat(Number(n))}`);

const paths = fc.constantFrom(
  "__proto__.polluted",
  "__proto__.toString",
  "constructor.prototype.polluted",
  "pools[0].__proto__.x",
  "notes.__proto__",
  "notes.constructor",
  "calendar.days",
  "calendar.days.toString",
  "calendar.monthFactors.jan",
  "arrivals[0].ratePerHour",
  "arrivals[0].weekdayFactors.mon",
  "arrivals[0].serviceTime",
  "arrivals[0].serviceTime.cv",
  "segments[all].deal.value.value",
  "pools[agents].staff[0].hourlyCost",
  "pools[agents].name",
  "routing[0].pool",
  "currency",
  "name",
  "pools",
  "trace",
);

const values = fc.oneof(
  fc.constantFrom(0, -1, 0.5, 3, 1e-300, 1e308, 2 ** 53, 1e6, -1e308),
  fc.constantFrom('=HYPERLINK("http://x","c")', "<b>", "nobody", "constructor", "", "∞", "Ёлка 🙂", "\u202e"),
  fc.string({ unit: "grapheme", maxLength: 12 }),
  fc.constantFrom(
    { kind: "lognormal", mean: 60, cv: 1e308 },
    { kind: "gamma", mean: 60, cv: 1e-300 },
    { kind: "gamma", mean: 60, cv: 0.5 },
    { replication: 1, maxEvents: 10 },
    [],
    null,
  ),
  fc.constantFrom("deep:70", "deep:5000"),
  fc.constant(JSON.parse('{"__proto__": {"polluted": 1}}') as unknown),
);

// Changes that are valid, so that some cases pass and run.
const harmless = fc.constantFrom(
  { set: "name", value: "Ёлка =1+1" },
  { set: "arrivals[0].ratePerHour", value: 3 },
  { set: "pools[agents].staff[0].hourlyCost", value: 1e12 },
  { set: "notes.constructor2", value: "a note" },
);

const change = fc.oneof(
  harmless,
  fc.record({ set: paths, value: values }),
  fc.record({ add: paths, value: values }),
  fc.record({ remove: paths }),
);

const variant = fc.record({ changes: fc.array(change, { minLength: 1, maxLength: 3 }) });

const experiment = fc.record({
  variants: fc.array(
    fc.record({
      name: fc.oneof(fc.constantFrom("__proto__", "toString", "=cmd", "base", "x"), fc.string({ maxLength: 8 })),
      changes: fc.array(change, { maxLength: 2 }),
    }),
    { maxLength: 2 },
  ),
  metrics: fc.option(
    fc.array(fc.constantFrom("toString", "constructor", "__proto__", "inbound.pAbandon", "nope"), { minLength: 1 }),
    { nil: undefined },
  ),
  sweeps: fc.array(
    fc.record({
      path: paths,
      from: fc.constantFrom(0, 1, -1e308),
      to: fc.constantFrom(2, 1e308),
      step: fc.constantFrom(1, 1e-300),
    }),
    { maxLength: 2 },
  ),
});

/** Runs the command line in this process, returning the exit code and what it printed on stderr. */
async function clientflow(args: string[]): Promise<{ code: number; stderr: string }> {
  let stderr = "";
  vi.spyOn(process.stderr, "write").mockImplementation((chunk: string | Uint8Array) => {
    stderr += String(chunk);
    return true;
  });
  vi.spyOn(process.stdout, "write").mockImplementation(() => true);
  try {
    return { code: await main(args), stderr };
  } finally {
    vi.mocked(process.stderr.write).mockRestore();
    vi.mocked(process.stdout.write).mockRestore();
  }
}

const prototypeSnapshot = () =>
  Object.getOwnPropertyNames(Object.prototype).map((k) => [k, (Object.prototype as Record<string, unknown>)[k]]);

describe("clientflow on hostile input", () => {
  const dir = mkdtempSync(join(tmpdir(), "clientflow-hostile-"));
  const base = join(dir, "base.json");
  writeFileSync(base, JSON.stringify(BASE));
  const before = prototypeSnapshot();
  let n = 0;
  const codes: number[] = [];

  const check = async (file: string, args: string[]) => {
    const out = join(dir, `out-${n}.json`);
    const { code, stderr } = await clientflow([...args.slice(0, 1), file, ...args.slice(1), "--out", out]);
    codes.push(code);
    expect([0, 2], stderr).toContain(code);
    expect(stderr).not.toMatch(/\n\s+at |Maximum call stack|TypeError|RangeError/);
    expect(existsSync(out)).toBe(code === 0);
    expect(prototypeSnapshot()).toEqual(before);
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
  };

  it("a variant run exits 0 or 2, prints no stack trace, writes a file only on success and leaves Object.prototype alone", async () => {
    await fc.assert(
      fc.asyncProperty(variant, async (v) => {
        const file = join(dir, `variant-${++n}.json`);
        writeFileSync(file, fileText({ extends: "base.json", ...v }));
        await check(file, ["run", "--quiet", "--workers", "1", "--replications", "2"]);
      }),
      { numRuns: 60, seed: 18 },
    );
    // The cases reach both outcomes: some hostile input is harmless and runs.
    expect(codes.filter((c) => c === 0).length).toBeGreaterThan(0);
    expect(codes.filter((c) => c === 2).length).toBeGreaterThan(0);
  });

  it("an experiment compared exits 0 or 2, with the same guarantees", async () => {
    await fc.assert(
      fc.asyncProperty(experiment, async (e) => {
        const file = join(dir, `experiment-${++n}.json`);
        writeFileSync(file, fileText({ name: "hostile", base: "base.json", replications: 2, ...e }));
        await check(file, ["compare", "--quiet", "--workers", "1"]);
      }),
      { numRuns: 40, seed: 18 },
    );
    expect(codes.filter((c) => c === 0).length).toBeGreaterThan(0);
  });
});

describe("clientflow export on hostile results files", () => {
  const dir = mkdtempSync(join(tmpdir(), "clientflow-hostile-export-"));
  const small = writeSmallResults(dir);
  const before = prototypeSnapshot();

  it("exits 0 or 2, prints no stack trace, writes the folder only on success and leaves Object.prototype alone", async () => {
    let n = 0;
    const codes: number[] = [];
    await fc.assert(
      fc.asyncProperty(fc.boolean(), resultsMutations, async (experiment, mutations) => {
        const file = join(dir, `results-${++n}.json`);
        writeFileSync(file, mutateResults(experiment ? small.experiment : small.run, mutations));
        const out = join(dir, `csv-${n}`);
        const { code, stderr } = await clientflow(["export", file, "--csv", out, "--quiet"]);
        codes.push(code);
        expect([0, 2], stderr).toContain(code);
        expect(stderr).not.toMatch(/\n\s+at |Maximum call stack|TypeError|RangeError/);
        expect(existsSync(out)).toBe(code === 0);
        expect(prototypeSnapshot()).toEqual(before);
      }),
      {
        numRuns: 60,
        seed: 18,
        examples: [
          [false, [{ kind: "group", at: 0, group: "flow.", value: 1e308 }]],
          [true, [{ kind: "field", field: ["shownMetrics", 0], value: "constructor" }]],
          [false, [{ kind: "event", at: 40, field: 4, value: 99 }]],
          [false, [{ kind: "event", at: 40, field: 0, value: 1e308 }]],
        ],
      },
    );
    expect(codes.filter((c) => c === 0).length).toBeGreaterThan(0);
    expect(codes.filter((c) => c === 2).length).toBeGreaterThan(0);
  });
});
