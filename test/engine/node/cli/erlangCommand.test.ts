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
      /^Симуляция: 2 прогона × 2000 клиентов после \d+ клиент(а|ов) разогрева \(по умолчанию для этой нагрузки\), зерно «1», движок /m,
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
