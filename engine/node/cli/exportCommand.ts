import { langOption } from "./langOption.js";
import { join } from "node:path";
import { parseArgs } from "node:util";
import type { LabelLanguage } from "../../results/index.js";
import { allTables, tableToCsv } from "../../../viz/figures/index.js";
import { makeFormat, makeLocale } from "../../../viz/i18n/index.js";
import { checkOutputFolder, writeFolderAtomic } from "../files.js";
import { pluralCount } from "../../results/index.js";
import { loadResults } from "../loadResults.js";
import { UsageError } from "./usageError.js";

export const EXPORT_HELP: Record<LabelLanguage, string> = {
  en: `Usage: clientflow export <results.json> --csv <dir> [options]

Writes the tables of the viewer as CSV files into a folder (created if needed): key figures,
time of day, staffing, client flow, lost clients and revenue, waiting times, fines, plans, and
from a traced run the staff timeline of every traced day and the traced clients. Experiments
give one file per table with a set-up column. Numbers are written unformatted (a dot for
decimals) so spreadsheets can compute with them.

Options:
  --csv DIR           the folder to write into (required)
  --lang en|ru        language of column names and labels, and of what it prints (default: the terminal's locale)
  --quiet             print nothing but errors
  --help              this text
`,
  ru: `Использование: clientflow export <results.json> --csv <dir> [параметры]

Записывает таблицы просмотрщика в CSV-файлы в папку (создаёт её при необходимости): ключевые
показатели, время дня, штат, поток клиентов, потерянные клиенты и выручка, ожидание, штрафы,
планы, а для запуска с журналом — день сотрудников за каждый записанный день и записанных
клиентов. У экспериментов — один файл на таблицу со столбцом варианта. Числа записываются без
форматирования (с точкой как десятичным разделителем), чтобы электронные таблицы могли с ними считать.

Параметры:
  --csv DIR           папка, куда писать (обязательно)
  --lang en|ru        язык названий столбцов и подписей и того, что печатает команда (по умолчанию — язык локали терминала)
  --quiet             печатать только ошибки
  --help              эта справка
`,
};

export function exportCommand(argv: string[]): number {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      csv: { type: "string" },
      lang: { type: "string" },
      quiet: { type: "boolean" },
    },
  });
  if (positionals.length !== 1) throw new UsageError("export takes one results file", "export");
  if (values.csv === undefined || values.csv === "") throw new UsageError("export needs --csv <dir>", "export");
  const lang = langOption(values.lang, "export");
  const { results } = loadResults(positionals[0]!, lang);
  checkOutputFolder(values.csv);
  const tables = allTables(results, makeLocale(lang), makeFormat(lang, results.currency));
  const files = tables.map((t) => ({ name: `${t.name}.csv`, text: tableToCsv(t), rows: t.rows.length }));
  // All the tables or none: a full disk never leaves some of them.
  writeFolderAtomic(values.csv, files);
  if (!values.quiet) {
    for (const f of files)
      process.stdout.write(
        `${join(values.csv, f.name)}  (${lang === "ru" ? pluralCount("ru", f.rows, "one {# строка} few {# строки} many {# строк} other {# строки}") : `${f.rows} rows`})\n`,
      );
  }
  return 0;
}
