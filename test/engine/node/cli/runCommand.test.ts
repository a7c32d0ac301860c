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
