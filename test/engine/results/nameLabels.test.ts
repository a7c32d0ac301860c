import { describe, expect, it } from "vitest";
import { NameLabels, rowLabel, selectorColumns } from "../../../engine/results/index.js";

const definition = {
  name: "shop",
  labels: { ru: "Магазин" },
  departments: [{ name: "retail", labels: { ru: "Розница", en: "Retail" } }],
  segments: [{ name: "retail", labels: { ru: "Розничные покупатели" } }],
  channels: [{ name: "call" }],
  pools: [
    { name: "operators", labels: { ru: "Операторы" }, staff: [{ name: "Op 1", labels: { ru: "Оператор 1" } }] },
    { name: "roster pool", staff: 3 },
  ],
};

describe("NameLabels", () => {
  const names = NameLabels.of(definition);

  it("gives a named thing's label in the chosen language, and its name where that language has none", () => {
    expect(names.label("operators", "ru", "pool")).toBe("Операторы");
    expect(names.label("operators", "en", "pool")).toBe("operators");
    expect(names.label("Op 1", "ru", "person")).toBe("Оператор 1");
    expect(names.label("shop", "ru", "scenario")).toBe("Магазин");
    expect(names.label("call", "ru", "channel")).toBe("call");
  });

  it("tells two things of one name apart by their kind (the retail department and the retail segment)", () => {
    expect(names.label("retail", "ru", "department")).toBe("Розница");
    expect(names.label("retail", "ru", "segment")).toBe("Розничные покупатели");
    expect(names.label("retail", "en", "segment")).toBe("retail");
  });

  it("shows names as they are for a definition without labels, or one it cannot read", () => {
    for (const d of [undefined, null, 7, { pools: "x" }, { pools: [{ staff: [null] }] }]) {
      expect(NameLabels.of(d).label("operators", "ru", "pool")).toBe("operators");
    }
  });

  it("names a row's subjects by their labels: the pool of a pool row, the segment of a segment row", () => {
    const pool = selectorColumns({ scope: "pool", subject: "operators", measure: "meanWait" });
    expect(rowLabel(pool, "ru", names)).toBe(`${rowLabel(pool, "ru").split(":")[0]}: Операторы`);
    expect(rowLabel(pool, "ru")).toMatch(/: operators$/);
    const segment = selectorColumns({ scope: "segment", subject: "retail", measure: "arrivals" });
    expect(rowLabel(segment, "ru", names)).toMatch(/: Розничные покупатели$/);
  });
});
