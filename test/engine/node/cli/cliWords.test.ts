import { describe, expect, it } from "vitest";
import { replications, seedWords, setUps, shortWeekday } from "../../../../engine/node/cli/cliWords.js";
import { targetMetricLabel } from "../../../../engine/node/cli/staffingWords.js";
import { resultsWritten } from "../../../../engine/node/cli/resultsWritten.js";

describe("the command line's shared words", () => {
  it("counts replications and set-ups in both languages", () => {
    expect([1, 2, 5, 21].map((n) => replications(n, "ru"))).toEqual([
      "1 прогон",
      "2 прогона",
      "5 прогонов",
      "21 прогон",
    ]);
    expect(replications(1, "en")).toBe("1 replication");
    expect(replications(3, "en")).toBe("3 replications");
    expect([1, 3, 5].map((n) => setUps(n, "ru"))).toEqual(["1 вариант", "3 варианта", "5 вариантов"]);
    expect(setUps(2, "en")).toBe("2 set-ups");
  });

  it("names a seed as the viewer does and weekdays by the viewer's short names", () => {
    expect(seedWords("1", "ru")).toBe("зерно «1»");
    expect(seedWords("1", "en")).toBe('seed "1"');
    expect(shortWeekday("mon", "ru")).toBe("пн");
    expect(shortWeekday("sun", "ru")).toBe("вс");
    expect(shortWeekday("mon", "en")).toBe("mon");
  });

  it("labels a staffing target's metric from the catalogue, its threshold filled in", () => {
    expect(targetMetricLabel("meanWait", "ru")).toBe("Среднее ожидание");
    expect(targetMetricLabel("slServed.20", "ru")).toBe("Обслужены за 20 с");
    expect(targetMetricLabel("slServed.20", "en")).toBe("Served within 20 s");
    expect(targetMetricLabel("somethingNew", "ru")).toBe("somethingNew");
    expect(targetMetricLabel("slServed", "ru")).toBe("slServed");
  });

  it("says where results were written, with the report hint only when asked", () => {
    expect(resultsWritten("r.json", "en")).toBe("Results written to r.json\nLook at them: clientflow view r.json");
    expect(resultsWritten("r.json", "ru", { reportHint: true })).toContain(
      "clientflow report r.json -o report.html --lang ru",
    );
    expect(resultsWritten("d.json", "ru", { what: "comparison" })).toBe(
      "Записано в d.json\nПосмотреть: clientflow view d.json",
    );
  });
});
