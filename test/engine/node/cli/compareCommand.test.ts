import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { experimentTitle } from "../../../../engine/node/cli/compareCommand.js";
import { clientflowInProcess as cli } from "../../../helpers/clientflowInProcess.js";
import { removeTinyCompanies, tinyCompany } from "./tinyCompany.js";

afterEach(removeTinyCompanies);

describe("clientflow compare's first and last lines", () => {
  it("are Russian with --lang ru: the experiment's size with Russian plurals, and where the results went", async () => {
    const t = tinyCompany();
    const out = join(t.dir, "c.json");
    const r = await cli("compare", t.compare, "--workers", "1", "--out", out, "--lang", "ru");
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(
      /^Эксперимент «one more consultant»: 2 варианта, на каждый 2 прогона, зерно «1», 1 поток$/m,
    );
    expect(r.stdout).toContain(`Результаты записаны в ${out}\nПосмотреть: clientflow view ${out}\n`);
    expect(r.stdout).not.toMatch(/Experiment|set-ups|replications each|worker|written to|Look at them/);
  });

  it("stay English with --lang en", async () => {
    const t = tinyCompany();
    const out = join(t.dir, "c.json");
    const r = await cli("compare", t.compare, "--workers", "1", "--out", out, "--lang", "en");
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^Experiment "one more consultant": 2 set-ups, 2 replications each, seed "1", 1 worker$/m);
    expect(r.stdout).toContain(`Results written to ${out}\nLook at them: clientflow view ${out}\n`);
  });

  it("count workers, set-ups and replications in the form Russian asks for", () => {
    expect(experimentTitle("x", 5, 21, "1", 2, "ru")).toBe(
      "Эксперимент «x»: 5 вариантов, на каждый 21 прогон, зерно «1», 2 потока",
    );
    expect(experimentTitle("x", 2, 3, "1", 8, "en")).toBe(
      'Experiment "x": 2 set-ups, 3 replications each, seed "1", 8 workers',
    );
  });
});
