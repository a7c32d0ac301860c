import { sayByPattern, type PatternPhrase } from "../../../viz/i18n/patternPhrases.js";

/**
 * A usage error's message in Russian (the command line's own option checks and Node's argument
 * parser): the option and the values stay as typed; a message of another form stays as written.
 */
export function usageInRussian(message: string): string {
  let m = /^Unknown option '([^']+)'/.exec(message);
  if (m !== null) return `неизвестный параметр '${m[1]}'`;
  m = /^Option '([^' ]+)(?: <value>)?' argument missing$/.exec(message);
  if (m !== null) return `у параметра '${m[1]}' нет значения`;
  m = /^Option '([^']+)' does not take an argument$/.exec(message);
  if (m !== null) return `параметр '${m[1]}' не принимает значения`;
  m = /^Unexpected argument '([^']*)'/.exec(message);
  if (m !== null) return `лишний аргумент '${m[1]}': команда не принимает файлов и других аргументов без параметра`;
  m = /^unexpected argument (".*")$/.exec(message);
  if (m !== null) return `лишний аргумент ${m[1]}`;
  m = /^(--[a-z-]+) is required$/.exec(message);
  if (m !== null) return `нужен параметр ${m[1]}`;
  m = /^--base must name a set-up of the experiment \((.*)\), found (.*)$/.exec(message);
  if (m !== null) return `--base: нужно имя варианта эксперимента (${m[1]}), найдено ${m[2]}`;
  m = /^(--[a-z-]+) must be (.+), found (.*)$/.exec(message);
  if (m !== null) return `${m[1]}: нужно ${mustBe(m[2]!)}, найдено ${m[3]}`;
  m = /^(--[a-z-]+) goes with (.+)$/.exec(message);
  if (m !== null) return `${m[1]} задаётся только вместе с ${m[2]}`;
  return FIXED[message] ?? message;
}

/** What an option must be, in Russian: "a whole number from 1 to 256" → "целое число от 1 до 256". */
function mustBe(what: string): string {
  const parts: readonly PatternPhrase[] = [
    [/^a whole number from (\S+) to (\S+)$/, (a, b) => `целое число от ${a} до ${b}`],
    [/^a whole number of at least (.+)$/, (a) => `целое число не меньше ${a}`],
    [/^a whole number$/, () => "целое число"],
    [/^whole seconds >= 0$/, () => "целое число секунд, не меньше 0"],
    [/^a number of seconds above 0$/, () => "число секунд больше 0"],
    [/^a number above 0 with (.+)$/, (a) => `число больше 0 при ${a}`],
    [/^a number above 0$/, () => "число больше 0"],
    [/^a number$/, () => "число"],
    [/^above 0 for lognormal service$/, () => "больше 0 для логнормального времени обслуживания"],
    [/^from (\S+) to (\S+)$/, (a, b) => `от ${a} до ${b}`],
    [/^between (\S+) and (\S+)$/, (a, b) => `от ${a} до ${b}`],
    [/^one of (.+)$/, (a) => `одно из: ${a}`],
    [/^en or ru$/, () => "en или ru"],
  ];
  return sayByPattern(parts, what) ?? what;
}

/** The commands' fixed messages about their files and required options. */
const FIXED: Record<string, string> = {
  "compare needs exactly one experiment file": "нужен ровно один файл эксперимента",
  "staff needs exactly one experiment file": "нужен ровно один файл эксперимента",
  "diff needs exactly two run results files": "нужны ровно два файла результатов запуска",
  "export takes one results file": "нужен один файл результатов",
  "export needs --csv <dir>": "нужен параметр --csv <папка>",
  "report takes one results file": "нужен один файл результатов",
  "report needs -o <report.html>": "нужен параметр -o <report.html>",
  "run takes one scenario file": "нужен один файл сценария (или ни одного: тогда встроенная компания)",
  "studio takes no files (open them from the page)": "файлы не указываются (их открывают на странице)",
  "validate needs at least one scenario file": "нужен хотя бы один файл сценария",
  "view takes at most one results file": "указывается не больше одного файла результатов",
  "worker takes no files": "файлы не указываются",
  "worker needs --queue URL": "нужен параметр --queue URL",
};
