import { describe, expect, it } from "vitest";
import { readCalls } from "../../../engine/calibration/callRecords.js";
import { emptyColumnMap, applyColumnFlags, type ColumnMap } from "../../../engine/calibration/columnMap.js";
import { parseCsv } from "../../../engine/calibration/csvTable.js";
import { readVisits } from "../../../engine/calibration/visitRecords.js";

const names = { channels: ["call", "own extension"], segments: ["retail"], defaultChannel: "call" };

describe("readCalls(table, map, names)", () => {
  it("counts every row it cannot use by reason, with the first row numbers, and uses the rest", () => {
    const csv = [
      "Start,Outcome,Wait,Talk,Extension,Segment",
      "2024-01-01 09:00,answered,5,120,100,retail",
      "04.01.2024 09:00,пропущен,01:10,,100,",
      "soon,answered,5,120,100,retail",
      "2024-01-01 09:10,transferred,5,120,100,retail",
      "2024-01-01 09:20,answered,-1,120,100,retail",
      "2024-01-01 09:30,answered,5,0,100,retail",
      "2024-01-01 09:40,answered,5,120,100,vip",
    ].join("\n");
    const calls = readCalls(parseCsv(csv, "calls.csv"), emptyColumnMap(), names);
    expect(calls.records.map((r) => [r.row, r.answered, r.wait, r.talk, r.segment])).toEqual([
      [2, true, 5, 120, "retail"],
      [3, false, 70, 0, null],
    ]);
    expect(calls.bad).toEqual({
      "unreadable start time": { count: 1, rows: [4] },
      "unknown outcome": { count: 1, rows: [5] },
      "negative wait": { count: 1, rows: [6] },
      "answered with zero talk time": { count: 1, rows: [7] },
      'segment not in the scenario ("vip")': { count: 1, rows: [8] },
    });
  });

  it("takes the channel from a mapped extension, and outcome words from the header file", () => {
    const map: ColumnMap = { ...emptyColumnMap(), channelByExtension: { "205": "own extension" } };
    map.outcomes.answered.push("OK");
    const csv = "start,outcome,wait,talk,extension\n2024-01-01 09:00,ok,5,120,205\n";
    expect(readCalls(parseCsv(csv, "c.csv"), map, names).records[0]!.channel).toBe("own extension");
  });

  it("finds columns by mapped names (--column), and names the file, the field and the columns found when one is missing", () => {
    const csv = "Начало;Статус;Ожидание;Разговор\n01.01.2024 09:00;отвечен;5;60\n";
    const map = applyColumnFlags(emptyColumnMap(), ["start=Начало"]) as ColumnMap;
    expect(readCalls(parseCsv(csv, "c.csv"), map, names).records).toHaveLength(1);
    expect(() => readCalls(parseCsv("Start,Outcome,Talk\n", "c.csv"), emptyColumnMap(), names)).toThrow(
      /^c\.csv: a column for wait \(one of "wait".*found columns "Start", "Outcome", "Talk"$/,
    );
    expect(applyColumnFlags(emptyColumnMap(), ["colour=Red"])).toMatch(/^--column needs field=Header/);
  });

  it("refuses a file with no usable row, naming the file and the commonest reason", () => {
    const csv = "start,outcome,wait,talk\nnever,answered,1,1\nnever,answered,1,1\n";
    expect(() => readCalls(parseCsv(csv, "calls.csv"), emptyColumnMap(), names)).toThrow(
      "calls.csv: at least one usable row; found none of 2 (2 with unreadable start time, e.g. row 2)",
    );
    expect(() => readCalls(parseCsv("start,outcome,wait,talk\n", "calls.csv"), emptyColumnMap(), names)).toThrow(
      "calls.csv: data rows under the header; found none",
    );
  });
});

describe("readVisits(table, map, segments)", () => {
  it("reads amounts with decimal commas, an empty amount as a visit without a deal, and counts bad rows", () => {
    const csv =
      "Время;Сегмент;Сумма\n01.01.2024 10:00;retail;1 500,50\n01.01.2024 11:00;retail;\n01.01.2024 12:00;retail;-5\n";
    const visits = readVisits(parseCsv(csv, "v.csv"), emptyColumnMap(), ["retail"]);
    expect(visits.records.map((r) => r.amount)).toEqual([1500.5, 0]);
    expect(visits.bad).toEqual({ "negative amount": { count: 1, rows: [4] } });
  });
});
