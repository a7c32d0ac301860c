import { describe, expect, it } from "vitest";
import { CALIBRATION_WORDS } from "../../../engine/node/cli/calibrationSummaryWords.js";
import { notWrittenReason } from "../../../viz/i18n/index.js";

const ru = (line: string) => notWrittenReason(line, "ru");

describe("the reasons of what a calibration did not write, in Russian", () => {
  it("tells every reason the calibration writes, keeping the names of streams and files as written", () => {
    expect(ru("service time of call / retail: 3 answered calls, fewer than the 5 needed to fit a distribution")).toBe(
      "время обслуживания call / retail: 3 отвеченных звонка — меньше 5, нужных для подбора распределения",
    );
    expect(ru("service time of call (all segments): no arrival stream of it in the scenario")).toBe(
      "время обслуживания call (all segments): такого потока поступлений в сценарии нет",
    );
    expect(ru("arrival rates of call / vip: the scenario has 2 streams it could belong to")).toBe(
      "интенсивность поступлений call / vip: в сценарии 2 потока, к которым она может относиться",
    );
    expect(ru("patience of call / retail: no abandoned call, so patience is longer than any wait seen")).toMatch(
      /^терпение call \/ retail: ни один звонок не брошен/,
    );
    expect(ru("deal chance of retail: every row of visits.csv is a sale (no visit without one)")).toBe(
      "вероятность сделки retail: каждая строка visits.csv — продажа (нет визитов без сделки)",
    );
    expect(ru("deal value of retail: fewer than 5 deals")).toBe("сумма сделки retail: меньше 5 сделок");
  });

  it("leaves a reason it does not know as written, and English as it is", () => {
    expect(ru("something a newer version writes")).toBe("something a newer version writes");
    expect(notWrittenReason("deal value of retail: fewer than 5 deals", "en")).toBe(
      "deal value of retail: fewer than 5 deals",
    );
  });

  it("gives the command line's calibrate summary the same words as the viewer", () => {
    const line = "deal value of retail: fewer than 5 deals";
    expect(CALIBRATION_WORDS.ru.notWrittenLine(line)).toBe(notWrittenReason(line, "ru"));
    expect(CALIBRATION_WORDS.en.notWrittenLine(line)).toBe(line);
  });
});
