import { sayByPattern, type PatternPhrase } from "../../../viz/i18n/patternPhrases.js";

/** JSON syntax problems (jsonSyntaxProblem's `why`) in Russian. */
const WHY_RU: readonly PatternPhrase[] = [
  [/^the file is empty$/, () => "файл пуст"],
  [/^unexpected text$/, () => "неожиданный текст"],
  [/^the text ends too early$/, () => "текст обрывается раньше времени"],
  [/^a comma before (.+)$/, (x) => `запятая перед ${x}`],
  [/^a comma inside a number$/, () => "запятая внутри числа"],
  [/^a typographic quote$/, () => "типографская кавычка"],
  [/^a single quote$/, () => "одинарная кавычка"],
  [/^a comment$/, () => "комментарий"],
];

/** Their hints (jsonSyntaxProblem's `hint`) in Russian. */
const HINT_RU: readonly PatternPhrase[] = [
  [
    /^remove the trailing comma: JSON allows no comma after the last item$/,
    () => "уберите лишнюю запятую: в JSON после последнего элемента запятой нет",
  ],
  [
    /^a decimal comma\? JSON numbers use a point: write (\S+), not (\S+)$/,
    (point, comma) => `десятичная запятая? В JSON числа пишутся с точкой: ${point}, а не ${comma}`,
  ],
  [
    /^use straight double quotes \("\) around names and text, not (.+)$/,
    (quotes) => `берите имена и текст в прямые двойные кавычки ("), а не ${quotes.replace(/ or /g, " или ")}`,
  ],
  [
    /^JSON needs straight double quotes \("\) around names and text$/,
    () => 'в JSON имена и текст берутся в прямые двойные кавычки (")',
  ],
  [
    /^JSON has no comments: put notes in the scenario's notes or description$/,
    () => "в JSON нет комментариев: пояснения пишите в notes или description сценария",
  ],
  [/^a closing bracket or quote is missing$/, () => "не хватает закрывающей скобки или кавычки"],
];

const KINDS_RU: Record<string, string> = {
  "an experiment": "эксперимент",
  "a staffing plan": "план штата",
  "a calibration report": "отчёт калибровки",
  "a run": "запуск",
  "a directory": "папка",
  "a device, pipe or socket": "устройство, канал или сокет",
};

function phrase(table: readonly PatternPhrase[], text: string): string {
  return sayByPattern(table, text) ?? text;
}

const ru = (text: string): string => text.replace(".", ",");

/** The messages of engine/node/files.ts and of diff's check of what a file holds, in Russian. */
const PROBLEM_RU: readonly PatternPhrase[] = [
  [/^(.*): no such file$/, (path) => `${path}: такого файла нет`],
  [
    /^(.*): a regular file is needed, but this is (.+)$/,
    (path, kind) => `${path}: нужен обычный файл, а это ${KINDS_RU[kind] ?? kind}`,
  ],
  [
    /^(.*): at most (\S+) MiB can be read, but the file has (\S+) MiB$/,
    (path, limit, size) => `${path}: прочитать можно не больше ${ru(limit)} МиБ, а в файле ${ru(size)} МиБ`,
  ],
  [
    /^(.*): not valid JSON \((.+?)\)(?:; (.+))?$/,
    (path, why, hint) =>
      `${path}: это не JSON (${phrase(WHY_RU, why)})${hint === "" ? "" : `; ${phrase(HINT_RU, hint)}`}`,
  ],
  [
    /^(.*): diff compares two run results files, this one is (.+)$/,
    (path, kind) => `${path}: diff сравнивает два файла результатов запуска, а это ${KINDS_RU[kind] ?? kind}`,
  ],
];

/**
 * A problem with a file the command line read (engine/node/files.ts, and diff's check of what a
 * file holds) in Russian: the path stays as written, and so does a message of another form.
 */
export function fileProblemInRussian(message: string): string {
  return phrase(PROBLEM_RU, message);
}
