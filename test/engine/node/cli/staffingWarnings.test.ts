import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { clientflowInProcess as cli } from "../../../helpers/clientflowInProcess.js";

const CLOSERS = 'pool "closers" receives clients but nobody is on shift on sat 10:00-16:00';
const CONSULTANTS = 'pool "consultants" receives clients but nobody is on shift on sat 10:00-16:00';

/** The default company over two weeks, with its consultants on weekdays only while the shop opens on Saturday. */
function weekdayConsultants(dir: string): string {
  const s = JSON.parse(readFileSync("scenarios/default.json", "utf8"));
  delete s.$schema;
  s.calendar.days = 14;
  s.calendar.warmupDays = 7;
  const consultants = s.pools.find((p: { name: string }) => p.name === "consultants");
  for (const m of consultants.staff) m.shift.weekdays = ["mon", "tue", "wed", "thu", "fri"];
  const file = join(dir, "weekday-consultants.json");
  writeFileSync(file, JSON.stringify(s));
  return file;
}

describe("clientflow warns when a pool that receives clients has nobody on shift", () => {
  it("validate prints the warning by pool, weekday and hours on stderr and still exits 0", async () => {
    const file = weekdayConsultants(mkdtempSync(join(tmpdir(), "clientflow-")));
    const r = await cli("validate", file);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain(": valid scenario (sha256:");
    expect(r.stderr).toBe(`warning: ${CLOSERS}\nwarning: ${CONSULTANTS}\n`);
  });

  it("validate --lang ru prints it in Russian, the pool by its Russian label", async () => {
    const file = weekdayConsultants(mkdtempSync(join(tmpdir(), "clientflow-")));
    const r = await cli("validate", file, "--lang", "ru");
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr.split("\n")[1]).toBe(
      "предупреждение: в пул «Продавцы-консультанты» поступают клиенты, но сб 10:00-16:00 на смене никого нет",
    );
  });

  it("run prints it too, exits 0 and writes the results; --quiet prints nothing", async () => {
    const dir = mkdtempSync(join(tmpdir(), "clientflow-"));
    const file = weekdayConsultants(dir);
    const r = await cli("run", file, "--replications", "2", "--workers", "1", "--out", join(dir, "r.json"));
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toContain(`warning: ${CONSULTANTS}\n`);
    expect(r.stdout).toContain("Results written to");
    const quiet = await cli(
      "run",
      file,
      "--replications",
      "2",
      "--workers",
      "1",
      "--out",
      join(dir, "q.json"),
      "--quiet",
    );
    expect(quiet.stderr).toBe("");
  });

  it("compare prints a gap every set-up has once, and the others with their set-up", async () => {
    const dir = mkdtempSync(join(tmpdir(), "clientflow-"));
    const base = weekdayConsultants(dir);
    const experiment = join(dir, "experiment.json");
    writeFileSync(
      experiment,
      JSON.stringify({
        name: "a Saturday consultant",
        base,
        variants: [
          {
            name: "saturday consultant",
            changes: [
              {
                add: "pools[consultants].staff",
                value: { name: "Consultant 4", shift: { start: "10:00", end: "16:00" } },
              },
            ],
          },
        ],
        replications: 2,
        seed: "1",
      }),
    );
    const r = await cli("compare", experiment, "--workers", "1", "--out", join(dir, "c.json"));
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toBe(`warning: every set-up: ${CLOSERS}\nwarning: set-up "base": ${CONSULTANTS}\n`);
  });
});
