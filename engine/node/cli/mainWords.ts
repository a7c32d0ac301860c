import type { LabelLanguage } from "../../results/index.js";

/**
 * What the command line itself prints, per language: its help and its own messages. Small and
 * free of imports on purpose: `clientflow --help` loads it and nothing of the commands.
 */
export const MAIN_WORDS = {
  en: {
    help: `Usage: clientflow <command> [options]

Clientflow simulates client flow and staffing in a sales organisation and reports waits,
lost clients and service levels with confidence intervals.

Commands:
  run <scenario.json>     run a scenario and write its results file
  compare <experiment>    compare set-ups on common random numbers: verdict, ranking, differences
  diff <A.json> <B.json>  two runs side by side (paired when they share seed and replications)
  staff <experiment>      the least staff per interval that meets targets, or the most profit
  worker --queue URL      compute replications that run, compare and staff put on a Redis queue
  erlang                  Erlang B/C/A calculator checked by simulation
  view <results.json>     open the results in the viewer (a local web page)
  studio                  edit a scenario, run it and compare it in the browser (a local web page)
  report <results.json>   write the viewer as one self-contained HTML file (-o report.html)
  export <results.json>   write the viewer's tables as CSV files (--csv <dir>)
  validate <files...>     check scenario files
  calibrate               estimate a scenario's numbers from call and visit records (CSV)
  schema                  print the JSON Schema of scenario files

Run "clientflow <command> --help" for a command's options. "clientflow --version" prints the
engine version. Help is in English or Russian: --lang en|ru anywhere on the line, else the
locale's language (LANG=ru_RU.UTF-8 gives Russian).
`,
    unknownCommand: (command: string) => `clientflow: unknown command "${command}"`,
    optionsHint: (command: string) => `Run "clientflow ${command} --help" for the options.`,
  },
  ru: {
    help: `Использование: clientflow <команда> [параметры]

Clientflow моделирует поток клиентов и работу персонала в отделах продаж и показывает ожидание,
потерянных клиентов и уровень обслуживания с доверительными интервалами.

Команды:
  run <scenario.json>     прогнать сценарий и записать файл результатов
  compare <experiment>    сравнить варианты на общих случайных числах: вывод, места, разницы
  diff <A.json> <B.json>  два запуска рядом (разница парная, если у них одно зерно и число прогонов)
  staff <experiment>      наименьший штат по интервалам дня, выполняющий цели, или самый прибыльный
  worker --queue URL      считать прогоны, которые run, compare и staff ставят в очередь Redis
  erlang                  калькулятор Эрланга B/C/A с проверкой симуляцией
  view <results.json>     открыть результаты в просмотрщике (локальная веб-страница)
  studio                  редактировать, прогонять и сравнивать сценарий в браузере (локальная
                          веб-страница)
  report <results.json>   записать просмотрщик в один самодостаточный HTML-файл (-o report.html)
  export <results.json>   выгрузить таблицы просмотрщика в CSV-файлы (--csv <dir>)
  validate <files...>     проверить файлы сценариев
  calibrate               оценить числа сценария по записям звонков и визитов (CSV)
  schema                  напечатать JSON Schema файлов сценариев

Параметры команды: «clientflow <команда> --help». «clientflow --version» печатает версию движка.
Справка — на русском или английском: --lang en|ru в любом месте строки, иначе язык локали
(при LANG=ru_RU.UTF-8 — русский).
`,
    unknownCommand: (command: string) => `clientflow: неизвестная команда «${command}»`,
    optionsHint: (command: string) => `Справка по параметрам: clientflow ${command} --help`,
  },
} as const satisfies Record<LabelLanguage, unknown>;
