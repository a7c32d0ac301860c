import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { clientflowInProcess as cli } from "../../../helpers/clientflowInProcess.js";
import { loadScenario } from "../../../../engine/node/loadScenario.js";

const tmp = () => mkdtempSync(join(tmpdir(), "clientflow-calibrate-"));
const folder = "scenarios/calibration";
const base = [
  "--calls",
  `${folder}/calls.csv`,
  "--visits",
  `${folder}/visits.csv`,
  "--scenario",
  `${folder}/generator.json`,
];

describe("clientflow calibrate", () => {
  it("writes a variant that extends the scenario and loads, and a versioned report, and prints the rows left out by reason", async () => {
    const dir = tmp();
    const out = join(dir, "variant.json");
    const report = join(dir, "calibration.json");
    const r = await cli("calibrate", ...base, "--out", out, "--report", report);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain("calls.csv: 2,418 rows, 2,415 used, 3 left out");
    expect(r.stdout).toContain("1 negative wait (row 2418)");
    expect(r.stdout).toMatch(/call \/ retail: n 1,523, lognormal mean/);
    const variant = JSON.parse(readFileSync(out, "utf8"));
    expect(variant.extends).toMatch(/scenarios\/calibration\/generator\.json$/);
    expect(loadScenario(out).scenario.name).toBe("calibration generator (calibrated)");
    const data = JSON.parse(readFileSync(report, "utf8"));
    expect([data.format, data.version]).toEqual(["clientflow-calibration", 1]);
    expect(data.written.length).toBe(variant.changes.length);
  });

  it("prints the summary in Russian with --lang ru: the rows left out by reason, weekdays, families and decimal commas", async () => {
    const r = await cli("calibrate", ...base, "--out", join(tmp(), "variant.json"), "--lang", "ru");
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(
      /calls\.csv: прочитано строк 2\u00a0418, использовано 2\u00a0415, отброшено 3; с 2024-01-01 по 2024-01-27/,
    );
    expect(r.stdout).toContain("  1: отрицательное ожидание (строка 2418)");
    expect(r.stdout).toMatch(/^Поступления в день по дням недели \(точные пуассоновские интервалы 95%/m);
    expect(r.stdout).toMatch(/^ {2}call \/ retail: пн \d+(,\d+)? \[\d+(,\d+)?; \d+(,\d+)?\]/m);
    expect(r.stdout).toMatch(/^ {2}call \/ retail: n 1\u00a0523, логнормальное: среднее 179,6 \[/m);
    expect(r.stdout).toMatch(/^Терпение \(экспоненциальное/m);
    expect(r.stdout).toMatch(/медиана Каплана — Мейера \d+(,\d+)? с$/m);
    expect(r.stdout).toMatch(/^ {2}retail: 491 сделка из 981 визита; вероятность 0,5005 \[/m);
    expect(r.stdout).toMatch(/^Записано в .*variant\.json: 16 изменений, у каждого примечание\.$/m);
    expect(r.stdout).not.toMatch(
      /\brows\b|used|left out|Arrivals|Service times|Patience|abandoned|answered|Deals|deals in|chance|Wrote|negative wait|\bmean\b|lognormal/,
    );
  });

  it("keeps the English summary with --lang en, and documents --lang", async () => {
    const r = await cli("calibrate", ...base, "--out", join(tmp(), "variant.json"), "--lang", "en");
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain("calls.csv: 2,418 rows, 2,415 used, 3 left out");
    expect(r.stdout).toMatch(/call \/ retail: n 1,523, lognormal mean/);
    expect((await cli("calibrate", "--help")).stdout).toMatch(/--lang en\|ru +language of the printed summary/);
  });

  it("maps columns with --column and reads Russian times, semicolons and MM:SS durations", async () => {
    const dir = tmp();
    const calls = join(dir, "calls.csv");
    const rows = ["Начало;Итог;Ждал;Говорил;Сегмент"];
    for (let d = 1; d <= 9; d++)
      rows.push(
        `0${d}.01.2024 10:0${d};отвечен;00:1${d};0${d}:30;retail`,
        `0${d}.01.2024 11:00;пропущен;00:40;;retail`,
      );
    writeFileSync(calls, `${rows.join("\n")}\n`);
    const r = await cli(
      "calibrate",
      "--calls",
      calls,
      "--scenario",
      `${folder}/generator.json`,
      "--out",
      join(dir, "v.json"),
      "--column",
      "start=Начало",
      "--column",
      "outcome=Итог",
      "--column",
      "wait=Ждал",
      "--column",
      "talk=Говорил",
    );
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain("18 rows, 18 used, 0 left out");
    expect(r.stdout).toContain("9 abandoned, 9 answered");
  });

  it("refuses a file with no usable rows, naming it and the reason, without a stack trace and without writing", async () => {
    const dir = tmp();
    const calls = join(dir, "calls.csv");
    writeFileSync(calls, "start,outcome,wait,talk\nnever,answered,1,1\n");
    const out = join(dir, "v.json");
    const r = await cli("calibrate", "--calls", calls, "--scenario", `${folder}/generator.json`, "--out", out);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(
      `clientflow calibrate: ${calls}: at least one usable row; found none of 1 (1 with unreadable start time, e.g. row 2)\n`,
    );
    expect(existsSync(out)).toBe(false);
  });

  it("refuses a missing column, a bad header file and a missing flag with exit code 2", async () => {
    const dir = tmp();
    const calls = join(dir, "calls.csv");
    writeFileSync(calls, "start,outcome,talk\n2024-01-01 10:00,answered,5\n");
    const noWait = await cli(
      "calibrate",
      "--calls",
      calls,
      "--scenario",
      `${folder}/generator.json`,
      "--out",
      join(dir, "v.json"),
    );
    expect(noWait.status).toBe(2);
    expect(noWait.stderr).toMatch(/calls\.csv: a column for wait/);
    const map = join(dir, "map.json");
    writeFileSync(map, JSON.stringify({ calls: { colour: "x" } }));
    const badMap = await cli("calibrate", ...base, "--out", join(dir, "v.json"), "--map", map);
    expect(badMap.status).toBe(2);
    expect(badMap.stderr).toMatch(/map\.json: calls/);
    const noOut = await cli("calibrate", ...base);
    expect(noOut.status).toBe(2);
    expect(noOut.stderr).toMatch(/--out is required/);
  });
});

describe("clientflow calibrate with too few answered calls to fit a service time", () => {
  /** One answered call and two abandoned ones, in the format of the shipped calls.csv. */
  const threeCalls = () => {
    const dir = tmp();
    const calls = join(dir, "c3.csv");
    writeFileSync(
      calls,
      "Start,Outcome,Wait,Talk,Extension,Segment\n" +
        "2024-01-01 09:03:03,answered,0.0,37.0,100,retail\n" +
        "2024-01-01 09:06:05,abandoned,30.0,,100,retail\n" +
        "2024-01-01 09:11:16,abandoned,12.5,,100,retail\n",
    );
    return { dir, args: ["--calls", calls, "--scenario", `${folder}/generator.json`, "--out", join(dir, "o.json")] };
  };

  it("says under the service times heading why the stream has none, and lists the service time as not written", async () => {
    const { dir, args } = threeCalls();
    const r = await cli("calibrate", ...args, "--report", join(dir, "r.json"), "--lang", "en");
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(
      /^Service times, talk time of answered calls .*:\n {2}call \/ retail: too few answered calls to fit a distribution: 1, at least 5 needed; the scenario's service time is kept\n/m,
    );
    expect(r.stdout).toMatch(
      /^Not written:\n {2}service time of call \/ retail: 1 answered call, fewer than the 5 needed to fit a distribution$/m,
    );
    const report = JSON.parse(readFileSync(join(dir, "r.json"), "utf8"));
    expect(report.unfittedServiceTimes).toEqual([
      {
        channel: "call",
        segment: "retail",
        source: args[1],
        measured: "talk time of answered calls (s)",
        count: 1,
        needed: 5,
      },
    ]);
  });

  it("says the same in Russian with --lang ru", async () => {
    const r = await cli("calibrate", ...threeCalls().args, "--lang", "ru");
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(
      /^Время обслуживания — время разговора отвеченных звонков .*:\n {2}call \/ retail: слишком мало отвеченных звонков для подбора распределения: 1, нужно не меньше 5; время обслуживания в сценарии не меняется\n/m,
    );
    expect(r.stdout).toMatch(
      /^Не записано:\n {2}время обслуживания call \/ retail: 1 отвеченный звонок — меньше 5, нужных для подбора распределения$/m,
    );
    expect(r.stdout).not.toMatch(/too few|answered call|fewer than|Not written/);
  });
});
