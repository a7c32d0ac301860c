import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { badRowReason } from "../../../viz/figures/index.js";
import { makeLocale } from "../../../viz/i18n/index.js";

/** Every reason the calibration counts a row left out for, as written in its sources. */
function reasonsInTheEngine(): string[] {
  const dir = join("engine", "calibration");
  return readdirSync(dir).flatMap((f) =>
    [...readFileSync(join(dir, f), "utf8").matchAll(/countBad\([^,]+,\s*(["`])(.*?)\1/g)].map((m) =>
      m[2]!.replace(/\$\{[^}]*\}/g, "x"),
    ),
  );
}

describe("badRowReason", () => {
  const ru = makeLocale("ru");
  const en = makeLocale("en");

  it("names in Russian every reason the calibration leaves a row out for", () => {
    const reasons = reasonsInTheEngine();
    expect(reasons.length).toBeGreaterThanOrEqual(13);
    for (const reason of reasons) expect(badRowReason(ru, reason), reason).toMatch(/^[а-яё]/i);
  });

  it("keeps the found value of a channel or segment not in the scenario, and English as the report has it", () => {
    expect(badRowReason(ru, 'channel not in the scenario ("fax")')).toBe('канала нет в сценарии ("fax")');
    expect(badRowReason(ru, 'segment not in the scenario ("vip")')).toBe('сегмента нет в сценарии ("vip")');
    expect(badRowReason(en, "negative wait")).toBe("negative wait");
    expect(badRowReason(ru, "a reason of a newer engine")).toBe("a reason of a newer engine");
  });
});
