import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { company } from "../../../helpers/company.js";

const morning = { open: "09:00", close: "13:00" };

/** The folders tinyCompany made and removeTinyCompanies has not removed yet. */
const made: string[] = [];

/** Removes every folder tinyCompany made (call it in afterEach of the tests that use it). */
export function removeTinyCompanies(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/**
 * A folder with the test company on quick settings (three observed mornings after one of
 * warm-up), its consultants labelled in Russian ("Консультанты зала"), and experiments on it:
 * `compare.json` (one more consultant), `staff.json` (consultants per interval) and
 * `shifts.json` (consultants in whole shifts), each with two replications. The folder is removed
 * by removeTinyCompanies.
 */
export function tinyCompany(): { dir: string; scenario: string; compare: string; staff: string; shifts: string } {
  const dir = mkdtempSync(join(tmpdir(), "clientflow-tiny-"));
  made.push(dir);
  const s = company({
    calendar: {
      days: 4,
      warmupDays: 1,
      openingHours: { mon: morning, tue: morning, wed: morning, thu: morning, fri: morning },
    },
  });
  const labelled = {
    ...s,
    pools: s.pools.map((p) => (p.name === "consultants" ? { ...p, labels: { ru: "Консультанты зала" } } : p)),
  };
  const write = (name: string, data: unknown) => {
    writeFileSync(join(dir, name), JSON.stringify(data));
    return join(dir, name);
  };
  const targets = [{ metric: "meanWait", atMost: 180, pool: "consultants" }];
  return {
    dir,
    scenario: write("company.json", labelled),
    compare: write("compare.json", {
      name: "one more consultant",
      base: "company.json",
      replications: 2,
      variants: [
        {
          name: "more",
          changes: [{ add: "pools[consultants].staff", value: { name: "Vera", role: "consultant-merchandiser" } }],
        },
      ],
    }),
    staff: write("staff.json", {
      name: "consultants",
      base: "company.json",
      staffing: { pools: ["consultants"], targets, replications: 2, checkReplications: 2 },
    }),
    shifts: write("shifts.json", {
      name: "consultants in shifts",
      base: "company.json",
      staffing: {
        pools: ["consultants"],
        targets,
        shifts: { consultants: { starts: ["09:00", "10:00"], minHours: 3, maxHours: 4 } },
        replications: 2,
        checkReplications: 2,
      },
    }),
  };
}
