import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { clientflowInProcess as cli } from "../../../helpers/clientflowInProcess.js";
import { removeTinyCompanies, tinyCompany } from "./tinyCompany.js";

afterEach(removeTinyCompanies);

describe("clientflow run's last lines", () => {
  it("says in Russian where the results went and how to look at them, with --lang ru", async () => {
    const t = tinyCompany();
    const out = join(t.dir, "r.json");
    const r = await cli("run", t.scenario, "--replications", "2", "--workers", "1", "--out", out, "--lang", "ru");
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain(`Результаты записаны в ${out}\nПосмотреть: clientflow view ${out}`);
    expect(r.stdout).toContain(`clientflow report ${out} -o report.html --lang ru`);
    expect(r.stdout).toMatch(/^Консультанты зала /m);
    expect(r.stdout).not.toMatch(/written to|Look at them|\(or:/);
  });

  it("keeps them in English with --lang en", async () => {
    const t = tinyCompany();
    const out = join(t.dir, "r.json");
    const r = await cli("run", t.scenario, "--replications", "2", "--workers", "1", "--out", out, "--lang", "en");
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain(
      `\n\nResults written to ${out}\nLook at them: clientflow view ${out}   (or: clientflow report ${out} -o report.html)\n`,
    );
    expect(r.stdout).toMatch(/^consultants /m);
  });

  it("documents --lang for the progress bar too", async () => {
    expect((await cli("run", "--help")).stdout).toMatch(/--lang en\|ru +language of the printed summary.*progress bar/);
  });
});

describe("clientflow run --trace", () => {
  it("writes a trace that goes on past the last day while counted clients finish, and its own export reads it", async () => {
    const dir = mkdtempSync(join(tmpdir(), "clientflow-trace-"));
    try {
      // Always open and overloaded: clients counted on the last day are still waiting at midnight.
      const scenario = join(dir, "s.json");
      writeFileSync(
        scenario,
        JSON.stringify({
          name: "overloaded",
          calendar: { days: 2, warmupDays: 0, openingHours: "always", intervalMinutes: 60 },
          segments: [{ name: "all" }],
          channels: [{ name: "call" }],
          arrivals: [
            { channel: "call", segment: "all", ratePerHour: 70, serviceTime: { kind: "exponential", mean: 60 } },
          ],
          pools: [{ name: "agents", staff: 1 }],
          routing: [{ pool: "agents" }],
        }),
      );
      const out = join(dir, "r.json");
      const run = await cli("run", scenario, "--replications", "1", "--workers", "1", "--trace", "--out", out);
      expect(run.status, run.stderr).toBe(0);
      const events: [number, string][] = JSON.parse(readFileSync(out, "utf8")).trace.events;
      expect(events.at(-1)![0]).toBeGreaterThan(2 * 86_400);
      const exported = await cli("export", out, "--csv", join(dir, "csv"));
      expect(exported.status, exported.stderr).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
