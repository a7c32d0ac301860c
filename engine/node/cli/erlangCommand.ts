import { parseArgs } from "node:util";
import {
  erlangReport,
  erlangScenario,
  validateErlangRequest,
  type ErlangReport,
  type ErlangRequest,
} from "../../erlang/index.js";
import { runScenario } from "../../run/index.js";
import { parseScenario } from "../../scenario/index.js";
import { hashCanonical } from "../hash.js";
import { choiceOption, intOption, numberOption } from "./options.js";
import { progressBar, replicationsLabel } from "./progress.js";
import { langOption } from "./langOption.js";
import { pluralCount, type LabelLanguage } from "../../results/index.js";
import { fmt, formatTable } from "./table.js";
import { UsageError } from "./usageError.js";
import { replications, seedWords } from "./cliWords.js";

export const ERLANG_HELP = `Usage: clientflow erlang --agents C --arrivals-per-hour L --aht SECONDS [options]

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
`;

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
      help: { type: "boolean" },
    },
  });
  if (values.help) {
    process.stdout.write(ERLANG_HELP);
    return 0;
  }
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

/** The words of the calculator's text, per language. */
const WORDS = {
  en: {
    rows: {
      pBlock: "pBlock (of arrivals)",
      pWait: "pWait (of admitted)",
      pAbandon: "pAbandon (of admitted)",
      meanWait: "meanWait, s (admitted)",
      meanWaitServed: "meanWaitServed, s",
      slServed: (t: number) => `slServed(${t} s)`,
      slAnswered: (t: number) => `slAnswered(${t} s)`,
      meanQueueLength: "meanQueueLength",
      occupancy: "occupancy",
    },
    yes: "yes",
    no: "no",
    header: ["Metric", "Analytic", "Simulated", "95% interval", "In CI", "(sim-exact)/se"],
    patience: (q: ErlangRequest) =>
      q.patience === "none" ? "no abandonment" : `${q.patience} patience ${q.patienceSeconds} s`,
    service: (q: ErlangRequest) =>
      q.service === "lognormal" ? `lognormal service (cv ${q.serviceCv})` : `${q.service} service`,
    queue: (capacity: number | null) => (capacity === null ? "unlimited queue" : `capacity ${capacity}`),
    request: (q: ErlangRequest, service: string, patience: string, queue: string) =>
      `Erlang calculator: ${q.agents} agents, ${q.arrivalsPerHour} arrivals/hour, AHT ${q.ahtSeconds} s, ${service}, ${patience}, ${queue}`,
    load: (load: string, share: string, model: string | undefined) =>
      `Offered load ${load} erlangs (${share}% of the agents). Analytic model: ${model ?? "none exact for this case"}`,
    simulated: (q: ErlangReport["request"], engine: string) =>
      `Simulated: ${q.replications} replications x ${q.customers} customers after ${q.warmupCustomersUsed} warm-up customers` +
      `${q.warmupCustomers === null ? " (default for this load)" : ""}, seed "${q.seed}", engine ${engine}`,
  },
  ru: {
    rows: {
      pBlock: "Отказано (pBlock), из поступивших",
      pWait: "Ждали (pWait), из принятых",
      pAbandon: "Не дождались (pAbandon), из принятых",
      meanWait: "Среднее ожидание, с (meanWait), принятые",
      meanWaitServed: "Среднее ожидание обслуженных, с (meanWaitServed)",
      slServed: (t: number) => `Обслужены за ${t} с (slServed), из обслуженных`,
      slAnswered: (t: number) => `Отвечены за ${t} с (slAnswered), из принятых`,
      meanQueueLength: "Средняя очередь (meanQueueLength)",
      occupancy: "Загрузка операторов (occupancy)",
    },
    yes: "да",
    no: "нет",
    header: ["Показатель", "Формула", "Симуляция", "95% интервал", "В интервале", "(сим. − точн.)/se"],
    patience: (q: ErlangRequest) =>
      q.patience === "none"
        ? "без ухода из очереди"
        : `${q.patience === "exponential" ? "экспоненциальное" : "постоянное"} терпение ${ruNumber(q.patienceSeconds ?? NaN)} с`,
    service: (q: ErlangRequest) =>
      q.service === "lognormal"
        ? `логнормальное время обслуживания (cv ${ruNumber(q.serviceCv)})`
        : `${q.service === "exponential" ? "экспоненциальное" : "постоянное"} время обслуживания`,
    queue: (capacity: number | null) => (capacity === null ? "очередь без ограничения" : `вместимость ${capacity}`),
    request: (q: ErlangRequest, service: string, patience: string, queue: string) =>
      `Калькулятор Эрланга: ${pluralCount("ru", q.agents, "one {# оператор} few {# оператора} many {# операторов} other {# оператора}")}, ` +
      `интенсивность ${ruNumber(q.arrivalsPerHour)} в час, среднее время обслуживания ${ruNumber(q.ahtSeconds)} с, ${service}, ${patience}, ${queue}`,
    load: (load: string, share: string, model: string | undefined) =>
      `Поступающая нагрузка ${load} эрланга (${share}% от числа операторов). Аналитическая модель: ${model === undefined ? "для этого случая точной нет" : modelRu(model)}`,
    simulated: (q: ErlangReport["request"], engine: string) =>
      `Симуляция: ${replications(q.replications, "ru")} × ` +
      `${pluralCount("ru", q.customers, "one {# клиент} few {# клиента} many {# клиентов} other {# клиента}")} после ` +
      `${pluralCount("ru", q.warmupCustomersUsed, "one {# клиента} other {# клиентов}")} разогрева` +
      `${q.warmupCustomers === null ? " (по умолчанию для этой нагрузки)" : ""}, ${seedWords(q.seed, "ru")}, движок ${engine}`,
  },
} as const satisfies Record<LabelLanguage, unknown>;

/** A number as Russian writes it: a decimal comma, as many decimals as it has. */
function ruNumber(x: number): string {
  return x.toLocaleString("ru-RU", { maximumFractionDigits: 6 });
}

/** The analytic model's name in Russian (its Kendall notation kept). */
function modelRu(model: string): string {
  return model
    .replace("birth-death", "процесс гибели и размножения")
    .replace("finite capacity", "конечная вместимость")
    .replace(/Erlang ([ABC])/, "Эрланг $1")
    .replace("Pollaczek-Khinchine", "Поллачек — Хинчин");
}

/** The calculator's report as text in `lang`: the request, the load and model, and the figures side by side. */
export function erlangText(r: ErlangReport, lang: LabelLanguage = "en"): string {
  const w = WORDS[lang];
  const n = (x: number, digits: number) => fmt(x, digits, lang);
  const q = r.request;
  const load = (q.arrivalsPerHour / 3600) * q.ahtSeconds;
  const rows: string[][] = [];
  const add = (
    label: string,
    analytic: number | undefined,
    sim: { mean: number; se: number; ci95: [number, number] } | null,
    d: number,
  ) => {
    const inside =
      analytic === undefined || sim === null
        ? ""
        : analytic >= sim.ci95[0] - 1e-9 && analytic <= sim.ci95[1] + 1e-9
          ? w.yes
          : w.no;
    const z = analytic === undefined || sim === null || sim.se === 0 ? "" : n((sim.mean - analytic) / sim.se, 1);
    rows.push([
      label,
      analytic === undefined ? "-" : n(analytic, d),
      sim === null ? "-" : n(sim.mean, d),
      sim === null ? "-" : `${n(sim.ci95[0], d)} .. ${n(sim.ci95[1], d)}`,
      inside,
      z,
    ]);
  };
  const a = r.analytic;
  const s = r.simulated;
  add(w.rows.pBlock, a?.pBlock, s.pBlock, 4);
  add(w.rows.pWait, a?.pWait, s.pWait, 4);
  add(w.rows.pAbandon, a?.pAbandon, s.pAbandon, 4);
  add(w.rows.meanWait, a?.meanWait, s.meanWait, 2);
  add(w.rows.meanWaitServed, a?.meanWaitServed, s.meanWaitServed, 2);
  for (const t of q.thresholdsSeconds) {
    add(w.rows.slServed(t), a?.slServed?.[String(t)], s.slServed[String(t)] ?? null, 4);
    add(w.rows.slAnswered(t), a?.slAnswered?.[String(t)], s.slAnswered[String(t)] ?? null, 4);
  }
  add(w.rows.meanQueueLength, a?.meanQueueLength, s.meanQueueLength, 3);
  add(w.rows.occupancy, a?.occupancy, s.occupancy, 4);
  return [
    w.request(q, w.service(q), w.patience(q), w.queue(q.capacity)),
    w.load(n(load, 2), n((100 * load) / q.agents, 1), a?.model),
    w.simulated(q, r.engineVersion),
    "",
    formatTable(w.header, rows),
  ].join("\n");
}
