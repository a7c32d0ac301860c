import { langOption } from "./langOption.js";
import { parseArgs } from "node:util";
import type { LabelLanguage } from "../../results/index.js";
import { checkOutputFile, writeFileAtomic } from "../files.js";
import { loadResults } from "../loadResults.js";
import { viewerBundle } from "../viewer/bundle.js";
import { reportHtml } from "../viewer/reportHtml.js";
import { UsageError } from "./usageError.js";

export const REPORT_HELP: Record<LabelLanguage, string> = {
  en: `Usage: clientflow report <results.json> -o <report.html> [options]

Writes one self-contained HTML file with the viewer and the results inside: it opens from disk
by double-click, needs no network (it is not allowed any) and can be e-mailed. Every view of
"clientflow view" is there, with the language switch and CSV downloads.

Options:
  -o, --out FILE      the HTML file to write (required)
  --lang en|ru        language it opens in and of what this command prints (default: the terminal's locale; switchable in the page)
  --quiet             print nothing but errors
  --help              this text
`,
  ru: `Использование: clientflow report <results.json> -o <report.html> [параметры]

Записывает один самодостаточный HTML-файл с просмотрщиком и результатами внутри: он открывается
с диска двойным щелчком, не требует сети (доступ в сеть ему закрыт), и его можно отправить по почте.
В нём есть все виды «clientflow view», переключатель языка и выгрузка в CSV.

Параметры:
  -o, --out FILE      HTML-файл, который записать (обязательно)
  --lang en|ru        язык отчёта при открытии и того, что печатает команда (по умолчанию — язык локали терминала; в странице переключается)
  --quiet             печатать только ошибки
  --help              эта справка
`,
};

export async function reportCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      out: { type: "string", short: "o" },
      lang: { type: "string" },
      quiet: { type: "boolean" },
    },
  });
  if (positionals.length !== 1) throw new UsageError("report takes one results file", "report");
  if (values.out === undefined || values.out === "") throw new UsageError("report needs -o <report.html>", "report");
  const lang = langOption(values.lang, "report");
  const { text, results } = loadResults(positionals[0]!, lang);
  checkOutputFile(values.out);
  const html = reportHtml({ resultsText: text, bundle: await viewerBundle(), title: results.title, lang });
  writeFileAtomic(values.out, html);
  if (!values.quiet)
    process.stdout.write(
      lang === "ru"
        ? `${values.out}  (${(Buffer.byteLength(html) / 1024 / 1024).toFixed(1).replace(".", ",")} МиБ, один файл, без сети)\n`
        : `${values.out}  (${(Buffer.byteLength(html) / 1024 / 1024).toFixed(1)} MiB, one file, no network)\n`,
    );
  return 0;
}
