import { describe, expect, it } from "vitest";
import { parseScenario, ScenarioError } from "../../../engine/scenario/index.js";
import { smallCompany } from "../../helpers/scenarios.js";

const valid = () => JSON.parse(JSON.stringify(smallCompany())) as Record<string, any>;

function problems(data: unknown): string {
  try {
    parseScenario(data, "bad.json");
  } catch (e) {
    expect(e).toBeInstanceOf(ScenarioError);
    return (e as Error).message;
  }
  throw new Error("expected the scenario to be refused");
}

describe("parseScenario", () => {
  it("accepts a valid scenario and fills in defaults", () => {
    const s = parseScenario(valid());
    expect(s.currency).toBe("RUB");
    expect(s.pools[0]!.selection).toEqual({ kind: "least-workload", tolerance: 0.005 });
  });

  it("names the file, the field path, what was expected and what was found for a wrong type", () => {
    const d = valid();
    d.pools[0].staff[1].shift.start = 9;
    const m = problems(d);
    expect(m).toMatch(/^bad\.json is not a valid scenario/);
    expect(m).toMatch(/pools\[0\]\.staff\[1\]\.shift\.start: .*string.*; found 9/);
  });

  it("refuses unknown fields (typos) with their path", () => {
    const d = valid();
    d.calendar.warmupDay = 2;
    expect(problems(d)).toMatch(/calendar: Unrecognized key.*warmupDay/);
  });

  it("refuses a negative count and an unknown distribution kind", () => {
    const d = valid();
    d.pools[1].staff = -2;
    d.arrivals[0].serviceTime = { kind: "weibull", mean: 3 };
    const m = problems(d);
    expect(m).toMatch(/pools\[1\]\.staff/);
    expect(m).toMatch(/arrivals\[0\]\.serviceTime\.kind.*; found "weibull"/);
  });

  it("checks references after the shape: unknown pool, channel and segment, each with its path", () => {
    const d = valid();
    d.routing[0].pool = "cashiers";
    d.arrivals[1].segment = "vip";
    const m = problems(d);
    expect(m).toMatch(/routing\[0\]\.pool: one of "operators", "consultants"; found "cashiers"/);
    expect(m).toMatch(/arrivals\[1\]\.segment: one of "retail", "wholesale"; found "vip"/);
  });

  it("refuses duplicate names, unrouted streams, inverted shifts and impossible distributions", () => {
    const d = valid();
    d.pools[1].name = "operators";
    d.routing = [{ match: { channel: "call" }, pool: "operators" }];
    d.pools[0].staff[0].shift.end = "08:00";
    d.arrivals[0].serviceTime = { kind: "uniform", min: 50, max: 10 };
    const m = problems(d);
    expect(m).toMatch(/pools\[1\]\.name: a pool name not used before; found "operators"/);
    expect(m).toMatch(/arrivals\[2\]: a routing rule that can match channel "walk-in"/);
    expect(m).toMatch(/shift\.end: a time after the shift start 09:00; found "08:00"/);
    expect(m).toMatch(/arrivals\[0\]\.serviceTime: uniform requires max >= min/);
  });

  it("requires a run length and warm-up shorter than the run", () => {
    const d = valid();
    delete d.calendar.days;
    expect(problems(d)).toMatch(/calendar\.days: a number of days/);
    const e = valid();
    e.calendar.warmupDays = 3;
    expect(problems(e)).toMatch(/calendar\.warmupDays: fewer warm-up days than calendar\.days \(3\); found 3/);
  });

  it("refuses absurd sizes: a rate beyond any office, an initial base beyond memory", () => {
    const d = valid();
    d.arrivals[0].ratePerHour = 1e9;
    d.segments = d.segments.map((g: any) => ({
      ...g,
      clientele: {
        owner: "x",
        initialClients: 5e7,
        returnInterval: { kind: "deterministic", value: 1 },
        channels: { call: 1 },
      },
    }));
    const m = problems(d);
    expect(m).toMatch(/arrivals\[0\]\.ratePerHour: .*<=100000; found 1000000000/);
    expect(m).toMatch(/segments\[0\]\.clientele\.initialClients: .*<=1000000; found 50000000/);
  });

  it("reports a non-object document at the top", () => {
    expect(problems([1, 2])).toMatch(/\(document\): .*object/);
  });

  it("refuses names and note keys that are prototype keys, and a currency that is not an ISO 4217 code", () => {
    const d = valid();
    d.pools[0].name = "constructor";
    d.notes = JSON.parse('{"prototype": "a note"}');
    d.currency = "<b>";
    const m = problems(d);
    expect(m).toMatch(
      /pools\[0\]\.name: expected anything but "__proto__", "constructor" or "prototype"; found "constructor"/,
    );
    expect(m).toMatch(/notes\.prototype: /);
    expect(m).toMatch(
      /currency: expected an ISO 4217 currency code \(three letters, e\.g\. RUB, KZT, EUR\); found "<b>"/,
    );
  });

  it("reads a currency code in any case and suggests the code for a local name or a near miss", () => {
    const d = valid();
    d.currency = "kzt";
    expect(parseScenario(d).currency).toBe("KZT");
    for (const [written, meant] of [
      ["руб", "RUB"],
      ["₽", "RUB"],
      ["RUR", "RUB"],
      ["тенге", "KZT"],
      ["EUT", "EUR"],
    ]) {
      d.currency = written;
      expect(problems(d)).toContain(
        `currency: expected an ISO 4217 currency code (three letters, e.g. RUB, KZT, EUR): did you mean "${meant}"?; found "${written}"`,
      );
    }
    d.currency = "XYZ";
    expect(problems(d)).not.toMatch(/did you mean/);
  });

  it("allows ordinary punctuation in names and refuses only brackets, quotes, backslashes, control characters and edge spaces", () => {
    const d = valid();
    for (const ok of ["Менеджер №2", "«VIP» (old base)", "walk.in", "a:b, c; d!", "Ёлка & Co / 2"]) {
      d.pools[0].name = ok;
      d.routing = JSON.parse(
        JSON.stringify(valid().routing).replaceAll(JSON.stringify(valid().pools[0].name), JSON.stringify(ok)),
      );
      expect(() => parseScenario(d), ok).not.toThrow();
    }
    for (const bad of ["a[1]", 'say "hi"', "back\\slash", " lead", "trail ", "tab\there", "zero\u200bwidth"]) {
      d.pools[0].name = bad;
      expect(problems(d), bad).toMatch(
        /pools\[0\]\.name: expected a name without '\[', '\]', '"', '\\' or control characters, and no space at either end/,
      );
    }
  });

  it("refuses a head named twice (one score each in the results) and a job title or head that is a prototype key", () => {
    const d = valid();
    d.departments = [{ name: "sales" }];
    d.heads = [
      { name: "Olga", departments: { sales: 1 } },
      { name: "Olga", departments: { sales: 0.5 } },
    ];
    expect(problems(d)).toMatch(/heads\[1\]\.name: a head name not used before; found "Olga"/);
    d.heads[1].name = "constructor";
    d.pools[0].staff[0].role = "__proto__";
    const m = problems(d);
    expect(m).toMatch(/heads\[1\]\.name: expected anything but "__proto__", "constructor" or "prototype"/);
    expect(m).toMatch(/pools\[0\]\.staff\[0\]\.role: expected anything but/);
  });

  it("refuses numbers that would make a run endless or its sums infinite: factors, coefficients of variation, amounts", () => {
    const d = valid();
    d.arrivals[0].weekdayFactors = { mon: 1e6 };
    d.calendar.monthFactors = { jan: 1e6 };
    d.arrivals[0].serviceTime = { kind: "lognormal", mean: 60, cv: 1e308 };
    d.arrivals[0].patience = { kind: "gamma", mean: 60, cv: 1e-300 };
    d.pools[0].staff[0].hourlyCost = 1e308;
    d.segments[0].deal = { probability: 0.5, value: { kind: "deterministic", value: 1e308 } };
    const m = problems(d);
    expect(m).toMatch(/arrivals\[0\]\.weekdayFactors\.mon: .*<=10/);
    expect(m).toMatch(/calendar\.monthFactors\.jan: .*<=10/);
    expect(m).toMatch(/arrivals\[0\]\.serviceTime\.cv: .*<=10/);
    expect(m).toMatch(/arrivals\[0\]\.patience\.cv: .*>=0\.01/);
    expect(m).toMatch(/pools\[0\]\.staff\[0\]\.hourlyCost: .*<=1000000000000/);
    expect(m).toMatch(/segments\[0\]\.deal\.value\.value: .*<=1000000000000/);
  });
});
