import { describe, expect, it } from "vitest";
import { clientflowInProcess as cli } from "../../../helpers/clientflowInProcess.js";

const small = [
  "erlang",
  "--agents",
  "3",
  "--arrivals-per-hour",
  "120",
  "--aht",
  "60",
  "--customers",
  "2000",
  "--replications",
  "2",
];

describe("clientflow erlang --lang", () => {
  it("prints the calculator in Russian: the request, the load and model, Russian column names and decimal commas", async () => {
    const r = await cli(...small, "--patience", "exponential", "--patience-seconds", "90", "--lang", "ru");
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(
      /^Калькулятор Эрланга: 3 оператора, интенсивность 120 в час, среднее время обслуживания 60 с, экспоненциальное время обслуживания, экспоненциальное терпение 90 с, очередь без ограничения$/m,
    );
    expect(r.stdout).toMatch(
      /^Поступающая нагрузка 2,00 эрланга \(66,7% от числа операторов\)\. Аналитическая модель: M\/M\/c\+M \(Эрланг A\)$/m,
    );
    expect(r.stdout).toMatch(
      /^Симуляция: 2 прогона × 2\s000 клиентов после [\d\s]+ клиент(а|ов) разогрева \(по умолчанию для этой нагрузки\), зерно «1», движок /m,
    );
    expect(r.stdout).toMatch(/^Показатель +Формула +Симуляция +95% интервал +В интервале/m);
    expect(r.stdout).toMatch(
      /^Не дождались \(pAbandon\), из принятых +0,\d{4} +0,\d{4} +0,\d{4} \.\. 0,\d{4} +(да|нет)/m,
    );
    expect(r.stdout).not.toMatch(
      /agents|arrivals|AHT|Offered|Simulated|customers|replications|Metric|Analytic|\byes\b|\bno\b|of admitted|patience \d/,
    );
  });

  it("keeps the English text with --lang en, and --json whatever the language", async () => {
    const r = await cli(...small, "--lang", "en");
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(
      /^Erlang calculator: 3 agents, 120 arrivals\/hour, AHT 60 s, exponential service, no abandonment, unlimited queue$/m,
    );
    expect(r.stdout).toMatch(
      /^Offered load 2\.00 erlangs \(66\.7% of the agents\)\. Analytic model: M\/M\/c \(Erlang C\)$/m,
    );
    expect(r.stdout).toMatch(/^Metric +Analytic +Simulated +95% interval +In CI +\(sim-exact\)\/se$/m);
    const ru = JSON.parse((await cli(...small, "--json", "--lang", "ru")).stdout);
    const en = JSON.parse((await cli(...small, "--json", "--lang", "en")).stdout);
    expect(ru).toEqual(en);
    expect(ru.analytic.model).toBe("M/M/c (Erlang C)");
  });

  it("documents --lang and refuses a language it does not speak", async () => {
    expect((await cli("erlang", "--help")).stdout).toMatch(/--lang en\|ru +language of the printed text/);
    const bad = await cli(...small, "--lang", "de");
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/--lang must be en or ru, found "de"/);
  });
});

describe("clientflow erlang on a queue with no steady state", () => {
  const overloaded = [
    "erlang",
    "--agents",
    "5",
    "--arrivals-per-hour",
    "400",
    "--aht",
    "60",
    "--customers",
    "2000",
    "--warmup-customers",
    "1000",
    "--replications",
    "2",
  ];
  const atArrivals = (perHour: string) => overloaded.map((a, i) => (i === 4 ? perHour : a));

  it("warns in English on stderr with the load and what to do, marks the waits, queue and service levels, and still exits 0", async () => {
    const r = await cli(...overloaded, "--lang", "en");
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/^warning: no steady state: the offered load, 6\.67 erlangs, is 133% of the 5 agents/m);
    expect(r.stderr).toMatch(/7 agents or more, a patience \(--patience exponential --patience-seconds P\)/);
    expect(r.stderr).toMatch(/a capacity \(--capacity K\)/);
    expect(r.stdout).toMatch(/Analytic model: none, the queue has no steady state$/m);
    for (const row of [/^meanWait, s \(admitted\) \* /m, /^meanWaitServed, s \* /m, /^slServed\(20 s\) \* /m])
      expect(r.stdout).toMatch(row);
    expect(r.stdout).toMatch(/^meanQueueLength \* /m);
    expect(r.stdout).toMatch(/^occupancy {2}/m);
    expect(r.stdout).toMatch(/^\* No steady state at this load: these figures depend on how long the run is/m);
  });

  it("warns in Russian with --lang ru, and marks the rows there too", async () => {
    const r = await cli(...overloaded, "--lang", "ru");
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toMatch(
      /^предупреждение: установившегося режима нет: поступающая нагрузка 6,67 эрланга — 133% от числа операторов \(5\)/m,
    );
    expect(r.stderr).toMatch(/нужно 7 операторов или больше, терпение клиентов .* или вместимость \(--capacity K\)/);
    expect(r.stderr).not.toMatch(/warning|steady/);
    expect(r.stdout).toMatch(/^Среднее ожидание, с \(meanWait\), принятые \* /m);
    expect(r.stdout).toMatch(/^\* При такой нагрузке установившегося режима нет/m);
  });

  it("flags the report in --json: steadyState false, the figures without one, and the warning", async () => {
    const r = await cli(...overloaded, "--json");
    expect(r.status, r.stderr).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.steadyState).toBe(false);
    expect(report.offeredLoad).toBeCloseTo(6.667, 3);
    expect(report.withoutSteadyState).toEqual([
      "meanWait",
      "meanWaitServed",
      "slServed.20",
      "slAnswered.20",
      "meanQueueLength",
    ]);
    expect(report.warnings).toHaveLength(1);
    expect(report.warnings[0]).toMatch(/^no steady state: the offered load, 6\.67 erlangs, is 133%/);
  });

  it("treats exactly 100% load as having no steady state too", async () => {
    const r = await cli(...atArrivals("300"), "--json");
    const report = JSON.parse(r.stdout);
    expect(report.steadyState).toBe(false);
    expect(r.stderr).toMatch(/is 100% of the 5 agents.*6 agents or more/);
  });

  it("gives no analytic answer at exactly 100% load, also where the rates in floating point round below it", async () => {
    // 2160 per hour × 5 s = 3 agents' worth exactly; 2160/3600 and 3 × (1/5) differ in floating point.
    const r = await cli(
      "erlang",
      "--agents",
      "3",
      "--arrivals-per-hour",
      "2160",
      "--aht",
      "5",
      "--customers",
      "2000",
      "--replications",
      "2",
      "--json",
    );
    const report = JSON.parse(r.stdout);
    expect(report.steadyState).toBe(false);
    expect(report.analytic).toBeNull();
  });

  it("says nothing of the kind below 100% load, nor with a patience or a capacity", async () => {
    for (const args of [
      atArrivals("290"),
      [...overloaded, "--patience", "exponential", "--patience-seconds", "60"],
      [...overloaded, "--capacity", "20"],
    ]) {
      const r = await cli(...args, "--json");
      expect(r.stderr, args.join(" ")).toBe("");
      const report = JSON.parse(r.stdout);
      expect(report.steadyState).toBe(true);
      expect(report.withoutSteadyState).toEqual([]);
      expect(report.warnings).toEqual([]);
    }
  });
});
