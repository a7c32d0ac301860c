import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { DEFAULT_SCENARIO_TEXT } from "../../../viz/studio/scenario/defaultScenario.js";
import {
  openProblemText,
  openScenarioText,
  type OpenedScenario,
  type OpenProblem,
} from "../../../viz/studio/scenario/openScenarioText.js";

const defaultJson = JSON.parse(DEFAULT_SCENARIO_TEXT) as Record<string, unknown>;
const variant = (base: string) =>
  JSON.stringify({ extends: base, changes: [{ set: "repeatWalkIn.minutes", value: "8 min" }] });
const experiment = (base: string) =>
  JSON.stringify({
    name: "x",
    base,
    variants: [{ name: "eight", changes: [{ set: "repeatWalkIn.minutes", value: "8 min" }] }],
  });
const opened = (r: OpenedScenario | OpenProblem): OpenedScenario => {
  if ("problem" in r) throw new Error(openProblemText("en", r));
  return r;
};
const minutes = (s: unknown) => (s as { repeatWalkIn: { minutes: unknown } }).repeatWalkIn.minutes;

describe("opening a variant or an experiment in the studio", () => {
  it("applies a variant of the bundled default, named from scenarios/variants/ or beside it", () => {
    for (const base of ["../default.json", "default.json", "./default.json", "..\\default.json"]) {
      const r = opened(openScenarioText(variant(base)));
      expect(r.original).toEqual(defaultJson);
      expect(minutes(r.edited)).toBe("8 min");
    }
    const shipped = opened(openScenarioText(readFileSync("scenarios/experiments/staffing.json", "utf8")));
    expect(shipped.original).toEqual(defaultJson);
  });

  it("refuses a variant or an experiment whose base it cannot resolve, saying so in English and Russian", () => {
    const r = openScenarioText(variant("../other/company.json"));
    expect(r).toMatchObject({ unknownBase: { field: "extends", found: "../other/company.json" } });
    const en = openProblemText("en", r as OpenProblem);
    expect(en).toMatch(/^This file cannot be opened: /);
    expect(en).toContain('"extends"');
    expect(en).toContain('"../other/company.json"');
    expect(en).toContain('"../default.json"');
    expect(en).toContain('Open "company.json" first');
    const ru = openProblemText("ru", r as OpenProblem);
    expect(ru).toMatch(/^Этот файл не открыть: /);
    expect(ru).toContain("«extends»");
    expect(ru).toContain("«../other/company.json»");
    expect(ru).toContain("«../default.json»");

    const e = openScenarioText(experiment("../variants/summon-8-minutes.json"));
    expect(e).toMatchObject({ unknownBase: { field: "base", found: "../variants/summon-8-minutes.json" } });
    expect(openProblemText("en", e as OpenProblem)).toContain('"base"');
  });

  it("resolves a base opened before, by its file name: a scenario, or a variant on its own base", () => {
    const company = { ...structuredClone(defaultJson), name: "another company" };
    const base = opened(openScenarioText(JSON.stringify(company)));
    const known = new Map<string, unknown>([["company.json", base.asBase]]);
    const r = opened(openScenarioText(variant("../other/company.json"), known));
    expect(r.original).toEqual(company);
    expect(minutes(r.edited)).toBe("8 min");
    // That variant as the base of an experiment.
    const onVariant = new Map(known).set("eight.json", r.asBase);
    const e = opened(openScenarioText(experiment("../variants/eight.json"), onVariant));
    expect((e.original as { name: string }).name).toBe("another company");
    expect(minutes(e.original)).toBe("8 min");
    // An experiment is nobody's base.
    expect(e.asBase).toBeUndefined();
  });
});
