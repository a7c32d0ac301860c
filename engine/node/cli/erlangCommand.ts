import { parseArgs } from "node:util";
import type { LabelLanguage } from "../../results/index.js";
import {
  erlangReport,
  erlangScenario,
  noSteadyStateWarning,
  validateErlangRequest,
  type ErlangRequest,
} from "../../erlang/index.js";
import { runScenario } from "../../run/index.js";
import { parseScenario } from "../../scenario/index.js";
import { hashCanonical } from "../hash.js";
import { choiceOption, intOption, numberOption } from "./options.js";
import { progressBar, replicationsLabel } from "./progress.js";
import { langOption } from "./langOption.js";
import { erlangText } from "./erlangText.js";
import { ERLANG_WORDS } from "./erlangWords.js";
import { UsageError } from "./usageError.js";

export const ERLANG_HELP: Record<LabelLanguage, string> = {
  en: `Usage: clientflow erlang --agents C --arrivals-per-hour L --aht SECONDS [options]

The workforce planner's Erlang calculator, checked by simulation: builds a one-pool scenario,
runs it through the same engine as every scenario, and prints the exact Erlang B / C / A
figures (where a formula exists) beside the simulated ones with 95% intervals.

Options:
  --agents C                 agents in the pool (required)
  --arrivals-per-hour L      Poisson arrival rate (required)
  --aht SECONDS              mean handling time (required)
  --service KIND             exponential (default) | deterministic | lognormal
  --service-cv X             coefficient of variation of lognormal service (default 1)
  --patience KIND            none (default) | exponential | deterministic
  --patience-seconds P       mean (exponential) or fixed (deterministic) patience
  --capacity K               agents plus waiting places (K = C: nobody waits); default unlimited
  --threshold SECONDS        service-level threshold, repeatable (default 20)
  --customers N              arrivals counted per replication after warm-up (default 100000)
  --warmup-customers W       arrivals left out first (default: ten relaxation times of the load)
  --replications R           independent replications, at least 2 (default 10)
  --seed S                   seed string (default "1")
  --json                     print one JSON object {"analytic": {...}, "simulated": {...}, ...}
  --lang en|ru               language of the printed text and progress bar (default: the locale's,
                             LANG=ru_RU.UTF-8 gives ru; else en); --json stays as it is
  --help                     this text

Definitions (W = wait from arrival to service start, or to abandoning): pBlock = refused / arrivals;
pWait = W > 0 / admitted; pAbandon = left before service / admitted; meanWait over admitted;
meanWaitServed over served; slServed(t) = served with W <= t / served; slAnswered(t) = the same
/ admitted; meanQueueLength = time-average number waiting; occupancy = time-average busy / C.

With a load of 100% of the agents or more and neither a patience nor a capacity, the queue has
no steady state: a warning says so on stderr, and the figures that keep growing with the run
(waits, service levels, queue length) are marked * (in --json: "steadyState": false, with
"withoutSteadyState" and "warnings").
`,
  ru: `Использование: clientflow erlang --agents C --arrivals-per-hour L --aht SECONDS [параметры]

Калькулятор Эрланга для планирования персонала с проверкой симуляцией: строит сценарий с одним
пулом, прогоняет его тем же движком, что и любой сценарий, и печатает точные значения по формулам
Эрланга B / C / A (где формула существует) рядом с результатами симуляции и их 95% интервалами.

Параметры:
  --agents C                 число операторов в пуле (обязательно)
  --arrivals-per-hour L      интенсивность пуассоновского потока поступлений в час (обязательно)
  --aht SECONDS              среднее время обслуживания, с (обязательно)
  --service KIND             exponential (по умолчанию) | deterministic | lognormal
  --service-cv X             коэффициент вариации логнормального времени обслуживания (по умолчанию 1)
  --patience KIND            none (по умолчанию) | exponential | deterministic
  --patience-seconds P       среднее (exponential) или фиксированное (deterministic) терпение, с
  --capacity K               число операторов плюс мест в очереди (K = C: никто не ждёт); по умолчанию без ограничения
  --threshold SECONDS        порог уровня обслуживания, можно указать несколько раз (по умолчанию 20)
  --customers N              сколько поступлений учитывать в каждом прогоне после разогрева (по умолчанию 100000)
  --warmup-customers W       сколько первых поступлений не учитывать (по умолчанию — десять времён
                             релаксации для этой нагрузки)
  --replications R           число независимых прогонов, не меньше 2 (по умолчанию 10)
  --seed S                   зерно — любая строка (по умолчанию «1»)
  --json                     напечатать один объект JSON {"analytic": {...}, "simulated": {...}, ...}
  --lang en|ru               язык печатаемого текста и индикатора прогресса (по умолчанию — язык
                             локали: при LANG=ru_RU.UTF-8 — ru, иначе en); --json от него не зависит
  --help                     эта справка

Определения (W — ожидание от поступления до начала обслуживания или до ухода): pBlock = отказано /
поступило; pWait = W > 0 / принято; pAbandon = ушли до обслуживания / принято; meanWait — по принятым;
meanWaitServed — по обслуженным; slServed(t) = обслужены с W <= t / обслужено; slAnswered(t) = то же
/ принято; meanQueueLength — среднее по времени число ожидающих; occupancy — среднее по времени число
занятых / C.

Если нагрузка — 100% от числа операторов или больше, а нет ни терпения, ни ограничения
вместимости, у очереди нет установившегося режима: об этом выводится предупреждение в stderr, а
показатели, которые растут с длиной прогона (ожидания, уровни обслуживания, длина очереди),
помечены * (в --json: "steadyState": false, с полями "withoutSteadyState" и "warnings").
`,
};

export function erlangCommand(argv: string[]): number {
  const { values } = parseArgs({
    args: argv,
    options: {
      agents: { type: "string" },
      "arrivals-per-hour": { type: "string" },
      aht: { type: "string" },
      service: { type: "string" },
      "service-cv": { type: "string" },
      patience: { type: "string" },
      "patience-seconds": { type: "string" },
      capacity: { type: "string" },
      threshold: { type: "string", multiple: true },
      customers: { type: "string" },
      "warmup-customers": { type: "string" },
      replications: { type: "string" },
      seed: { type: "string" },
      json: { type: "boolean" },
      lang: { type: "string" },
    },
  });
  const c = "erlang";
  for (const required of ["agents", "arrivals-per-hour", "aht"] as const) {
    if (values[required] === undefined) throw new UsageError(`--${required} is required`, c);
  }
  const request: ErlangRequest = {
    agents: intOption(values.agents, "agents", c, 0),
    arrivalsPerHour: numberOption(values["arrivals-per-hour"], "arrivals-per-hour", c, 0)!,
    ahtSeconds: numberOption(values.aht, "aht", c, 0)!,
    service: choiceOption(
      values.service,
      "service",
      c,
      ["exponential", "deterministic", "lognormal"] as const,
      "exponential",
    ),
    serviceCv: numberOption(values["service-cv"], "service-cv", c, 1)!,
    patience: choiceOption(values.patience, "patience", c, ["none", "exponential", "deterministic"] as const, "none"),
    patienceSeconds: numberOption(values["patience-seconds"], "patience-seconds", c, null),
    capacity: intOption(values.capacity, "capacity", c, null),
    thresholdsSeconds: (values.threshold ?? ["20"]).map((t) => intOption(t, "threshold", c, 0)),
    customers: intOption(values.customers, "customers", c, 100_000),
    warmupCustomers: intOption(values["warmup-customers"], "warmup-customers", c, null),
    replications: intOption(values.replications, "replications", c, 10),
    seed: values.seed ?? "1",
  };
  const lang = langOption(values.lang, c);
  const problem = validateErlangRequest(request);
  if (problem !== null) throw new UsageError(problem, c);
  // Warned before the run, which may be long; a warning never fails the command.
  const warning = noSteadyStateWarning(request, lang);
  if (warning !== null) process.stderr.write(`${ERLANG_WORDS[lang].warning}: ${warning}\n`);
  const scenario = parseScenario(erlangScenario(request), "erlang scenario");
  const bar = progressBar(replicationsLabel(lang), lang);
  const results = runScenario(scenario, {
    seed: request.seed,
    replications: request.replications,
    scenarioHash: hashCanonical(scenario),
    onProgress: values.json ? undefined : bar.update,
  });
  bar.done();
  const report = erlangReport(request, results);
  process.stdout.write(values.json ? `${JSON.stringify(report, null, 1)}\n` : `${erlangText(report, lang)}\n`);
  return 0;
}
