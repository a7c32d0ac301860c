import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { independentDifference, pairedDifference } from "../../../../engine/experiment/index.js";
import { loadResults } from "../../../../engine/node/loadResults.js";
import { clientflowInProcess as cli } from "../../../helpers/clientflowInProcess.js";
import { FIXTURES } from "../../../setup/fixtures.js";
import { removeTinyCompanies, tinyCompany } from "./tinyCompany.js";

const tmp = () => mkdtempSync(join(tmpdir(), "clientflow-diff-"));

describe("clientflow diff", () => {
  it("pairs two runs with the same seed and replications, and a run with itself differs by exactly zero", async () => {
    const r = await cli("diff", FIXTURES.run, FIXTURES.run);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/B - A paired: both runs have seed "1" and 3 replications \(common random numbers\)/);
    expect(r.stdout).toMatch(/^Profit per day .* [+−]?0 \[[+−]?0, [+−]?0\] ₽$/m);
    expect(r.stdout).not.toMatch(/\*$/m);
  });

  it("uses Welch's interval for runs with different seeds, and says so", async () => {
    const dir = tmp();
    const other = join(dir, "other.json");
    const data = JSON.parse(readFileSync(FIXTURES.run, "utf8"));
    data.seed = "other";
    writeFileSync(other, JSON.stringify(data));
    const r = await cli("diff", FIXTURES.run, other, "--lang", "ru");
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(
      /^B − A — независимые запуски \(Уэлч\): у них разные зёрна или число прогонов \(«1» × 3, «other» × 3\)$/m,
    );
    expect(r.stdout).toMatch(/^Показатель +A +B +B − A$/m);
    expect(r.stdout).toMatch(/^Не дождались /m);
    expect(r.stdout).not.toMatch(/independent|Welch|differ|Figure/);
    const en = await cli("diff", FIXTURES.run, other, "--lang", "en");
    expect(en.stdout).toMatch(
      /B - A independent \(Welch\): the runs differ in seed or replications \("1" x 3, "other" x 3\)/,
    );
  });

  it("says in Russian that two runs are paired and where the comparison went, with --lang ru", async () => {
    const out = join(tmp(), "diff.json");
    const r = await cli("diff", FIXTURES.run, FIXTURES.run, "--out", out, "--lang", "ru");
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(
      /^B − A — парная разность: у обоих запусков зерно «1» и 3 прогона \(общие случайные числа\)$/m,
    );
    expect(r.stdout).toContain(`Записано в ${out}\nПосмотреть: clientflow view ${out}\n`);
    expect(r.stdout).not.toMatch(/paired:|both runs|Written to|Look at it/);
  });

  it("writes the comparison as an experiment results file the viewer reads, A as the base", async () => {
    const out = join(tmp(), "diff.json");
    const r = await cli("diff", FIXTURES.run, FIXTURES.run, "--out", out);
    expect(r.status, r.stderr).toBe(0);
    const { results } = loadResults(out);
    expect(results.kind).toBe("experiment");
    expect(results.setUps.map((s) => s.name)).toEqual(["A: default company", "B: default company"]);
  });

  it("refuses an experiment file with a clear message and exit 2", async () => {
    const r = await cli("diff", FIXTURES.run, FIXTURES.experiment);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/diff compares two run results files, this one is an experiment/);
  });
});

describe("independentDifference", () => {
  it("takes the difference of the means with Welch's interval, whatever the pairing", () => {
    const d = independentDifference([10, 12, 14, 16], [1, 2, 3])!;
    expect(d.mean).toBeCloseTo(11, 12);
    expect(d.ci95).toEqual(d.independentCi95);
    expect(d.significant).toBe(true);
    // The same numbers paired would give another interval: only the means agree.
    expect(pairedDifference([10, 12, 14], [1, 2, 3])!.mean).toBeCloseTo(10, 12);
  });

  describe("with runs of one replication", () => {
    afterEach(removeTinyCompanies);

    it("shows their values and B - A without any interval (none exists), and says why", async () => {
      const t = tinyCompany();
      const a = join(t.dir, "a.json");
      const b = join(t.dir, "b.json");
      for (const [out, seed] of [
        [a, "1"],
        [b, "1"],
      ] as const) {
        const r = await cli("run", t.scenario, "--replications", "1", "--seed", seed, "--out", out, "--quiet");
        expect(r.status, r.stderr).toBe(0);
      }
      const r = await cli("diff", a, b);
      expect(r.status, r.stderr).toBe(0);
      expect(r.stdout).toContain("A run of one replication has no confidence interval");
      const table = r.stdout.slice(r.stdout.indexOf("Figure"));
      expect(table).toMatch(/^Profit per day /m);
      expect(table).not.toContain("[");
      const ru = await cli("diff", a, b, "--lang", "ru");
      expect(ru.stdout).toContain("У запуска из одного прогона нет доверительного интервала");
    });
  });
});
