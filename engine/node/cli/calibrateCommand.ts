import { dirname, relative, resolve, sep } from "node:path";
import { parseArgs } from "node:util";
import {
  applyColumnFlags,
  calibrate,
  calibrationVariant,
  CalibrationInputError,
  columnMapSchema,
  emptyColumnMap,
  parseCsv,
  type ColumnMap,
  type CsvTable,
} from "../../calibration/index.js";
import type { LabelLanguage } from "../../results/index.js";
import { calibrationReport, NameLabels } from "../../results/index.js";
import { applyChanges, parseScenario } from "../../scenario/index.js";
import { checkOutputFile, FileProblem, readJsonFile, readTextFile, writeFileAtomic } from "../files.js";
import { loadScenario, readScenarioJson } from "../loadScenario.js";
import { calibrationSummary } from "./calibrationSummary.js";
import { langOption } from "./langOption.js";
import { numberOption } from "./options.js";
import { UsageError } from "./usageError.js";

export const CALIBRATE_HELP: Record<LabelLanguage, string> = {
  en: `Usage: clientflow calibrate --calls calls.csv [--visits visits.csv] --scenario base.json --out variant.json [options]

Estimates a company's arrival rates, service times, patience and deals from its own call and
visit records, and writes a variant of the scenario with the estimates and a note per number
saying where it came from (file, rows used, method, interval).

Options:
  --calls FILE          call records: start, outcome (answered/abandoned), wait (s), talk (s),
                        optional extension, segment and channel (required)
  --visits FILE         visit or sales records: time, segment, amount (empty or 0: no deal)
  --scenario FILE       the scenario (or variant) the estimates go into (required)
  --out FILE            the variant to write (required); it extends --scenario
  --report FILE         also write the calibration report (JSON, "clientflow-calibration" v1)
  --map FILE            a JSON header file: {"calls": {"start": "Начало", ...}, "visits": {...},
                        "outcomes": {"answered": [...], "abandoned": [...]},
                        "channelByExtension": {"100": "call"}}
  --column F=HEADER     the column of field F, repeatable (e.g. --column start=Start);
                        calls.F or visits.F for one file only
  --call-channel NAME   the channel of calls without one (default: the first public-number phone channel)
  --visit-channel NAME  the channel of the visits (default: the scenario's first visit channel)
  --confidence C        confidence of every interval (default 0.95)
  --lang en|ru          language of the printed summary, with the scenario's names of channels and
                        segments in it (default: the locale's, LANG=ru_RU.UTF-8 gives ru; else en);
                        the variant's notes and the report stay in English, as the viewer reads them
  --help                this text

Times are ISO ("2024-03-04 09:15") or "DD.MM.YYYY HH:MM"; durations are seconds or MM:SS /
HH:MM:SS. Rows that cannot be used are counted by reason and shown, never dropped silently.
`,
  ru: `Использование: clientflow calibrate --calls calls.csv [--visits visits.csv] --scenario base.json --out variant.json [параметры]

Оценивает интенсивность поступлений, время обслуживания, терпение клиентов и сделки компании по
её собственным записям звонков и визитов и записывает вариант сценария с этими оценками и
примечанием к каждому числу: откуда оно взялось (файл, использованные строки, метод, интервал).

Параметры:
  --calls FILE          записи звонков: начало, исход (answered/abandoned), ожидание (с), разговор (с)
                        и, если есть, добавочный номер, сегмент и канал (обязательно)
  --visits FILE         записи визитов или продаж: время, сегмент, сумма (пусто или 0 — без сделки)
  --scenario FILE       сценарий (или вариант), в который идут оценки (обязательно)
  --out FILE            вариант, который записать (обязательно); он расширяет --scenario
  --report FILE         также записать отчёт о калибровке (JSON, «clientflow-calibration» v1)
  --map FILE            JSON-файл с заголовками: {"calls": {"start": "Начало", ...}, "visits": {...},
                        "outcomes": {"answered": [...], "abandoned": [...]},
                        "channelByExtension": {"100": "call"}}
  --column F=HEADER     столбец поля F, можно указать несколько раз (например, --column start=Start);
                        calls.F или visits.F — только для одного файла
  --call-channel NAME   канал звонков, у которых он не указан (по умолчанию — первый телефонный канал общего номера)
  --visit-channel NAME  канал визитов (по умолчанию — первый канал визитов в сценарии)
  --confidence C        доверительная вероятность всех интервалов (по умолчанию 0.95)
  --lang en|ru          язык сводки с названиями каналов и сегментов сценария в ней
                        (по умолчанию — язык локали: при LANG=ru_RU.UTF-8 — ru, иначе en);
                        примечания варианта и отчёт остаются на английском, как их читает просмотрщик
  --help                эта справка

Время — в формате ISO («2024-03-04 09:15») или «DD.MM.YYYY HH:MM»; длительности — в секундах или
MM:SS / HH:MM:SS. Строки, которые нельзя использовать, подсчитываются по причинам и показываются,
а не отбрасываются молча.
`,
};

/** The largest CSV file read. */
const CSV_LIMIT_BYTES = 64 * 1024 * 1024;

export function calibrateCommand(argv: string[]): number {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      calls: { type: "string" },
      visits: { type: "string" },
      scenario: { type: "string" },
      out: { type: "string" },
      report: { type: "string" },
      map: { type: "string" },
      column: { type: "string", multiple: true },
      "call-channel": { type: "string" },
      "visit-channel": { type: "string" },
      confidence: { type: "string" },
      lang: { type: "string" },
    },
  });
  if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}"`, "calibrate");
  for (const flag of ["calls", "scenario", "out"] as const) {
    if (values[flag] === undefined) throw new UsageError(`--${flag} is required`, "calibrate");
  }
  const confidence = numberOption(values.confidence, "confidence", "calibrate", 0.95)!;
  if (!(confidence > 0 && confidence < 1)) {
    throw new UsageError(`--confidence must be between 0 and 1, found ${confidence}`, "calibrate");
  }
  const lang = langOption(values.lang, "calibrate");
  const out = values.out!;
  checkOutputFile(out);
  if (values.report !== undefined) checkOutputFile(values.report);
  const scenarioFile = values.scenario!;
  const { scenario } = loadScenario(scenarioFile);
  const flagged = applyColumnFlags(readMap(values.map), values.column ?? []);
  if (typeof flagged === "string") throw new UsageError(flagged, "calibrate");
  const extendsPath = relative(dirname(resolve(out)), resolve(scenarioFile))
    .split(sep)
    .join("/");
  const { variant, report } = asInputError(() =>
    calibrationVariant(
      calibrate({
        scenario,
        scenarioFile,
        calls: readCsv(values.calls!),
        visits: values.visits === undefined ? null : readCsv(values.visits),
        map: flagged,
        confidence,
        ...(values["call-channel"] === undefined ? {} : { callChannel: values["call-channel"] }),
        ...(values["visit-channel"] === undefined ? {} : { visitChannel: values["visit-channel"] }),
      }),
      scenario,
      extendsPath.startsWith(".") ? extendsPath : `./${extendsPath}`,
    ),
  );
  // The variant must be a valid scenario: checked here, before anything is written.
  const applied = applyChanges(readScenarioJson(scenarioFile, []), variant.changes);
  if ("issues" in applied)
    throw new Error(`calibrate wrote a change that does not apply: ${JSON.stringify(applied.issues)}`);
  parseScenario(applied.result, out);
  // The report must be what the viewer reads (the contract's schema): checked before anything is written.
  const checked = calibrationReport.safeParse(JSON.parse(JSON.stringify(report)));
  if (!checked.success)
    throw new Error(`calibrate wrote a report the viewer cannot read: ${JSON.stringify(checked.error.issues[0])}`);
  if (values.report !== undefined) writeFileAtomic(values.report, `${JSON.stringify(report, null, 2)}\n`);
  writeFileAtomic(out, `${JSON.stringify(variant, null, 2)}\n`);
  const outputs = values.report === undefined ? [out] : [out, values.report];
  process.stdout.write(calibrationSummary(report, outputs, lang, NameLabels.of(scenario)));
  return 0;
}

function readCsv(file: string): CsvTable {
  return asInputError(() => parseCsv(readTextFile(file, CSV_LIMIT_BYTES), file));
}

function readMap(file: string | undefined): ColumnMap {
  if (file === undefined) return emptyColumnMap();
  const parsed = columnMapSchema.safeParse(readJsonFile(file));
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  throw new FileProblem(`${file}: ${issue.path.join(".") || "the file"}: ${issue.message}`);
}

/** Turns an unusable input file into a FileProblem (exit code 2, no stack trace). */
function asInputError<T>(work: () => T): T {
  try {
    return work();
  } catch (e) {
    if (e instanceof CalibrationInputError) throw new FileProblem(e.message);
    throw e;
  }
}
