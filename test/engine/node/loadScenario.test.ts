import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { FileProblem } from "../../../engine/node/files.js";
import { loadScenario } from "../../../engine/node/loadScenario.js";
import { ScenarioError } from "../../../engine/scenario/index.js";

const tmp = () => mkdtempSync(join(tmpdir(), "clientflow-load-"));
const variant = (extendsPath: string, name = "v") =>
  JSON.stringify({ extends: extendsPath, name, changes: [{ set: "description", value: name }] });
const problem = (path: string): Error => {
  try {
    loadScenario(path);
  } catch (e) {
    return e as Error;
  }
  throw new Error("expected the file to be refused");
};

describe("loadScenario", () => {
  it("refuses an extends that is not a .json file, without reading or quoting it", () => {
    const dir = tmp();
    for (const target of ["/etc/passwd", "/dev/zero"]) {
      writeFileSync(join(dir, "v.json"), variant(target));
      const e = problem(join(dir, "v.json"));
      expect(e).toBeInstanceOf(ScenarioError);
      expect(e.message).toMatch(
        /extends: a scenario or variant file ending in \.json; found "\/(etc\/passwd|dev\/zero)"/,
      );
      expect(e.message).not.toMatch(/root:/);
    }
  });

  it("refuses an extends that names a directory or a device although it ends in .json", () => {
    const dir = tmp();
    mkdirSync(join(dir, "d.json"));
    writeFileSync(join(dir, "v.json"), variant("d.json"));
    const e = problem(join(dir, "v.json"));
    expect(e).toBeInstanceOf(FileProblem);
    expect(e.message).toMatch(/d\.json: a regular file is needed, but this is a directory/);
  });

  it("accepts a chain of 16 variants and refuses the 17th, naming the 17th", () => {
    const dir = tmp();
    copyFileSync("scenarios/default.json", join(dir, "v0.json"));
    for (let k = 1; k <= 17; k++) writeFileSync(join(dir, `v${k}.json`), variant(`v${k - 1}.json`, `v${k}`));
    expect(loadScenario(join(dir, "v16.json")).scenario.description).toBe("v16");
    const e = problem(join(dir, "v17.json"));
    expect(e.message).toMatch(/v1\.json is not a valid variant/);
    expect(e.message).toMatch(/extends: at most 16 variants on top of each other, but this is variant 17 of the chain/);
  });

  it("shows a variant by its own name: the base's display names are not carried over to it", () => {
    const dir = tmp();
    copyFileSync("scenarios/default.json", join(dir, "base.json"));
    writeFileSync(join(dir, "named.json"), variant("base.json", "one more operator"));
    const loaded = loadScenario(join(dir, "named.json")).scenario;
    expect(loaded.name).toBe("one more operator");
    expect(loaded.labels).toBeUndefined();
    // The base keeps them.
    expect(loadScenario("scenarios/default.json").scenario.labels).toEqual({
      ru: "Компания по умолчанию",
      en: "Default company",
    });
  });

  it("keeps display names a variant gives itself, and the base's when it keeps the base's name", () => {
    const dir = tmp();
    copyFileSync("scenarios/default.json", join(dir, "base.json"));
    const own = { ru: "Ещё один оператор", en: "One more operator" };
    writeFileSync(
      join(dir, "labelled.json"),
      JSON.stringify({ extends: "base.json", name: "more", changes: [{ set: "labels", value: own }] }),
    );
    expect(loadScenario(join(dir, "labelled.json")).scenario.labels).toEqual(own);
    writeFileSync(
      join(dir, "same-name.json"),
      JSON.stringify({ extends: "base.json", changes: [{ set: "description", value: "tweak" }] }),
    );
    expect(loadScenario(join(dir, "same-name.json")).scenario.labels?.ru).toBe("Компания по умолчанию");
  });
});
