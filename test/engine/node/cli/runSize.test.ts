import { existsSync, mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { main } from "../../../../engine/node/cli/main.js";
import { checkRunSize } from "../../../../engine/node/cli/runSize.js";
import { loadExperiment } from "../../../../engine/node/loadExperiment.js";
import { loadScenario } from "../../../../engine/node/loadScenario.js";

const files = (dir: string) =>
  readdirSync(dir)
    .filter((f) => f.endsWith(".json") && !f.endsWith(".schema.json"))
    .map((f) => join(dir, f));

describe("checkRunSize(command, scenarios, replications, traced)", () => {
  it("lets every shipped scenario and variant run with a trace at 1,000 replications, and every experiment at its own", () => {
    for (const file of [...files("scenarios"), ...files("scenarios/variants")]) {
      const { scenario } = loadScenario(file);
      const traced = {
        ...scenario,
        trace: scenario.trace ?? { replication: 1, maxEvents: 40_000, from: "warmupEnd" as const },
      };
      expect(() => checkRunSize("run", [traced], 1_000, true), file).not.toThrow();
    }
    for (const file of files("scenarios/experiments")) {
      const inputs = loadExperiment(file);
      expect(
        () => checkRunSize("compare", inputs.scenarios, inputs.experiment.replications, false),
        file,
      ).not.toThrow();
    }
  });

  it("makes clientflow run refuse 16,500 replications of the default company before any replication (exit 2, no file)", async () => {
    const out = join(mkdtempSync(join(tmpdir(), "clientflow-run-size-")), "big.json");
    let stderr = "";
    vi.spyOn(process.stderr, "write").mockImplementation((chunk: string | Uint8Array) => {
      stderr += String(chunk);
      return true;
    });
    vi.spyOn(process.stdout, "write").mockImplementation(() => true);
    let code: number;
    try {
      code = await main(["run", "scenarios/default.json", "--replications", "16500", "--quiet", "--out", out]);
    } finally {
      vi.mocked(process.stderr.write).mockRestore();
      vi.mocked(process.stdout.write).mockRestore();
    }
    expect(code).toBe(2);
    expect(stderr).toMatch(/^clientflow run: the results file would take about \d+ MiB \(16,500 replications/);
    expect(stderr).toMatch(
      /more than the limit of 500 MiB that report, export and view read: run at most [\d,]+ replications \(--replications \d+\)/,
    );
    // Refused from the scenario alone: 16,500 replications would take hours, far past the test's timeout.
    expect(existsSync(out)).toBe(false);
  });
});
