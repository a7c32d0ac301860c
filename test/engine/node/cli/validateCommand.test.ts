import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { clientflowInProcess as cli } from "../../../helpers/clientflowInProcess.js";

const tmp = () => mkdtempSync(join(tmpdir(), "clientflow-validate-"));

describe("clientflow validate", () => {
  it("understands scenarios, variants and experiments and says which each file is", async () => {
    const r = await cli(
      "validate",
      "scenarios/default.json",
      "scenarios/variants/fines-high.json",
      "scenarios/experiments/handover.json",
    );
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^scenarios\/default\.json: valid scenario \(sha256:[0-9a-f]{64}\)$/m);
    expect(r.stdout).toMatch(/^scenarios\/variants\/fines-high\.json: valid variant \(sha256:[0-9a-f]{64}\)$/m);
    expect(r.stdout).toMatch(/^scenarios\/experiments\/handover\.json: valid experiment, 3 set-ups: "base", /m);
    expect(r.stderr).not.toMatch(/not a valid/);
  });

  it("says what each file is in Russian with --lang ru", async () => {
    const r = await cli(
      "validate",
      "scenarios/default.json",
      "scenarios/variants/fines-high.json",
      "scenarios/experiments/handover.json",
      "--lang",
      "ru",
    );
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^scenarios\/default\.json: корректный сценарий \(sha256:[0-9a-f]{64}\)$/m);
    expect(r.stdout).toMatch(/^scenarios\/variants\/fines-high\.json: корректный вариант сценария \(sha256:/m);
    expect(r.stdout).toMatch(/^scenarios\/experiments\/handover\.json: корректный эксперимент, 3 варианта: "base", /m);
    expect(r.stdout).not.toMatch(/valid|set-up/);
  });

  it("names the variant file, the extends field and the path it tried when the base is missing", async () => {
    const dir = tmp();
    const file = join(dir, "mine.json");
    writeFileSync(file, JSON.stringify({ extends: "default.json", changes: [{ set: "name", value: "x" }] }));
    const r = await cli("validate", file);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`${file} is not a valid variant (1 problem):`);
    expect(r.stderr).toContain(
      `extends: an existing scenario or variant file (relative to this file's folder); looked for ${resolve(dir, "default.json")}: no such file; found "default.json"`,
    );
  });

  it("names an experiment's missing base the same way", async () => {
    const dir = tmp();
    const file = join(dir, "exp.json");
    writeFileSync(
      file,
      JSON.stringify({
        name: "e",
        base: "nope.json",
        variants: [{ name: "a", changes: [{ set: "name", value: "y" }] }],
      }),
    );
    const r = await cli("validate", file);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`${file} is not a valid experiment (1 problem):`);
    expect(r.stderr).toContain(`base: an existing scenario or variant file`);
    expect(r.stderr).toContain(resolve(dir, "nope.json"));
  });

  it("says a missing field is missing, without 'found nothing'", async () => {
    const dir = tmp();
    const file = join(dir, "empty.json");
    writeFileSync(file, JSON.stringify({ name: "almost nothing" }));
    const r = await cli("validate", file);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/ {2}- calendar: missing: expected object$/m);
    expect(r.stderr).not.toMatch(/found nothing|received undefined/);
  });

  it("gives line, column and a hint for a trailing comma and a decimal comma", async () => {
    const dir = tmp();
    const trailing = join(dir, "trailing.json");
    writeFileSync(trailing, '{\n  "name": "x",\n}\n');
    const decimal = join(dir, "decimal.json");
    writeFileSync(decimal, '{\n  "name": "x",\n  "share": 0,4\n}\n');
    const r = await cli("validate", trailing, decimal);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`${trailing}:2:14: not valid JSON (a comma before "}"); remove the trailing comma`);
    expect(r.stderr).toContain(
      `${decimal}:3:13: not valid JSON (a comma inside a number); a decimal comma? JSON numbers use a point: write 0.4, not 0,4`,
    );
  });
});
