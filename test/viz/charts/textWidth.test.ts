import { describe, expect, it } from "vitest";
import { textWidth, wrapText } from "../../../viz/charts/textWidth.js";

describe("textWidth(text, fontSize)", () => {
  it("grows with the text and the font size, and counts Cyrillic capitals and wide letters as wide", () => {
    expect(textWidth("менеджер опоздал")).toBeGreaterThan(textWidth("manager late"));
    expect(textWidth("Ш")).toBeGreaterThan(textWidth("и"));
    expect(textWidth("abc", 22)).toBeCloseTo(2 * textWidth("abc", 11), 9);
    expect(textWidth("abc", 11, true)).toBeGreaterThan(textWidth("abc", 11));
  });
});

describe("wrapText(text, maxWidth)", () => {
  const title = "Упущенные продажи в день по причинам и шансы сделок, потерянные из-за ожидания (ожидаемая сумма), ₽";

  it("breaks a long title at spaces into lines no wider than asked, keeping every word in order", () => {
    const lines = wrapText(title, 300, 12, true);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(textWidth(line, 12, true)).toBeLessThanOrEqual(300);
    expect(lines.join(" ")).toBe(title);
  });

  it("keeps a short text, and a single word wider than the line, on one line", () => {
    expect(wrapText("Выполнение плана", 860)).toEqual(["Выполнение плана"]);
    expect(wrapText("Превысокомногорассмотрительствующий", 50)).toEqual(["Превысокомногорассмотрительствующий"]);
  });
});
