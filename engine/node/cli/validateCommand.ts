import { fileProblemInRussian } from "./fileProblemInRussian.js";
import { parseArgs } from "node:util";
import type { LabelLanguage } from "../../results/index.js";
import { FileProblem, readJsonFile } from "../files.js";
import { loadExperiment } from "../loadExperiment.js";
import { loadScenario } from "../loadScenario.js";
import { ScenarioError } from "../../scenario/scenarioError.js";
import { warnStaffingGaps } from "./staffingWarnings.js";
import { langOption } from "./langOption.js";
import { UsageError } from "./usageError.js";
import { setUps } from "./cliWords.js";

export const VALIDATE_HELP: Record<LabelLanguage, string> = {
  en: `Usage: clientflow validate <file.json>...

Checks scenario, variant and experiment files (shape, then references; a variant with its
chain of bases, an experiment with every set-up) and prints what each one is with its hash, or
every problem with its field path. Exits with 2 when any file is invalid. Warns (on stderr,
without failing) when a pool that receives clients has nobody on shift during opening hours.

Options:
  --lang en|ru   language of what it prints, the warnings and the problems found (a rule's own phrase may
                 stay in English); default: the locale's, LANG=ru_RU.UTF-8 gives ru, else en
`,
  ru: `Использование: clientflow validate <file.json>...

Проверяет файлы сценариев, вариантов сценария и экспериментов (сначала структуру, затем ссылки;
вариант — вместе с цепочкой его баз, эксперимент — со всеми вариантами) и печатает, что это за
файл и его хеш, или каждую ошибку с путём к полю. Если хотя бы один файл некорректен, код выхода — 2.
Предупреждает (в stderr, без ошибки), если в пул поступают клиенты, а в часы работы на смене
никого нет.

Параметры:
  --lang en|ru   язык вывода, предупреждений и найденных ошибок (описание отдельного правила может
                 остаться на английском); по умолчанию — язык локали: при LANG=ru_RU.UTF-8 — ru, иначе en
`,
};

export function validateCommand(argv: string[]): number {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { lang: { type: "string" } },
  });
  if (positionals.length === 0) throw new UsageError("validate needs at least one scenario file", "validate");
  const lang = langOption(values.lang, "validate");
  let failed = 0;
  for (const file of positionals) {
    try {
      const data = readJsonFile(file);
      const fields = data !== null && typeof data === "object" && !Array.isArray(data) ? data : {};
      if ("base" in fields && !("extends" in fields)) {
        const inputs = loadExperiment(file);
        const n = inputs.scenarios.length;
        const names = inputs.setUps.map((u) => JSON.stringify(u.name)).join(", ");
        process.stdout.write(
          lang === "ru"
            ? `${file}: корректный эксперимент, ${setUps(n, "ru")}: ${names}\n`
            : `${file}: valid experiment, ${n} set-up${n === 1 ? "" : "s"}: ${names}\n`,
        );
        warnStaffingGaps(inputs.scenarios, lang);
      } else {
        const { scenario, hash } = loadScenario(file);
        const kind = "extends" in fields ? "variant" : "scenario";
        process.stdout.write(
          lang === "ru"
            ? `${file}: ${kind === "variant" ? "корректный вариант сценария" : "корректный сценарий"} (${hash})\n`
            : `${file}: valid ${kind} (${hash})\n`,
        );
        warnStaffingGaps([scenario], lang);
      }
    } catch (e) {
      failed++;
      const message =
        e instanceof ScenarioError
          ? e.describe(lang)
          : e instanceof FileProblem && lang === "ru"
            ? fileProblemInRussian(e.message)
            : (e as Error).message;
      process.stderr.write(`${message}\n`);
    }
  }
  return failed > 0 ? 2 : 0;
}
