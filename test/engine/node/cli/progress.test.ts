import { describe, expect, it } from "vitest";
import { experimentLabel, progressLine, replicationsLabel } from "../../../../engine/node/cli/progress.js";

describe("the progress bar's text", () => {
  it("speaks Russian with --lang ru, with the plural each count asks for and no English word left", () => {
    expect(replicationsLabel("ru")).toBe("прогоны");
    expect(experimentLabel("ru", 4, 0, 3)).toBe("4 варианта × 3 прогона");
    expect(experimentLabel("ru", 5, 1, 21)).toBe("5 вариантов × 2 (с 1 проверкой чувствительности) × 21 прогон");
    expect(experimentLabel("ru", 1, 2, 10)).toBe("1 вариант × 3 (с 2 проверками чувствительности) × 10 прогонов");
    const line = progressLine("ru", experimentLabel("ru", 4, 0, 3), 6, 12, 2, 7.4);
    expect(line).toContain("готовы 2 варианта");
    expect(line).toContain("осталось 7 с");
    expect(progressLine("ru", "прогоны", 1, 5, 1, 3)).toContain("готов 1 вариант");
    expect(progressLine("ru", "прогоны", 1, 5, 5, 3)).toContain("готово 5 вариантов");
    for (const text of [replicationsLabel("ru"), experimentLabel("ru", 4, 1, 3), line])
      expect(text).not.toMatch(/replication|set-up|sensitivity|done|left|\bx\b/);
  });

  it("keeps English with --lang en, one set-up or many", () => {
    expect(replicationsLabel("en")).toBe("replications");
    expect(experimentLabel("en", 4, 0, 3)).toBe("4 set-ups x 3 replications");
    expect(experimentLabel("en", 4, 1, 3)).toBe("4 set-ups x 2 (with 1 sensitivity case) x 3 replications");
    expect(progressLine("en", "replications", 3, 10, undefined, 12.2)).toBe(
      `replications [${"#".repeat(9)}${".".repeat(21)}] 3/10  12 s left `,
    );
    expect(progressLine("en", "x", 3, 10, 1, 0)).toContain("  1 set-up done  ");
    expect(progressLine("en", "x", 3, 10, 2, 0)).toContain("  2 set-ups done  ");
  });
});
