import { pluralCount } from "../results/pluralCount.js";
/** One problem found in a scenario: where, and what was expected and found. */
export interface ScenarioIssue {
  /** Field path such as "pools[0].staff". Empty for the whole document. */
  path: string;
  /** What the field should be, as a phrase. */
  message: string;
  /** The value found there, shown as JSON (shortened), or undefined when absent. */
  found?: string;
}

/** A scenario that is malformed (shape) or inconsistent (references). Never has a stack worth showing. */
export class ScenarioError extends Error {
  constructor(
    /** The file or name the scenario came from. */
    readonly source: string,
    readonly issues: readonly ScenarioIssue[],
    /** What the file is meant to be, for the message. */
    readonly kind: "scenario" | "variant" | "experiment" = "scenario",
  ) {
    super(formatIssues(source, issues, kind, "en"));
    this.name = "ScenarioError";
  }

  /**
   * The message in English or Russian: the heading and the words around each problem (where,
   * what was found) in that language; each problem's own phrase is written in English.
   */
  describe(lang: "en" | "ru"): string {
    return formatIssues(this.source, this.issues, this.kind, lang);
  }
}

const ISSUE_WORDS = {
  en: {
    heading: (source: string, kind: string, n: number) =>
      `${source} is not a valid ${kind} (${n} problem${n === 1 ? "" : "s"}):`,
    document: "(document)",
    found: "found",
  },
  ru: {
    heading: (source: string, kind: string, n: number) => {
      const what = { scenario: "сценарий", variant: "вариант сценария", experiment: "эксперимент" }[kind] ?? kind;
      return `${source}: некорректный ${what} (${pluralCount("ru", n, "one {# ошибка} few {# ошибки} other {# ошибок}")}):`;
    },
    document: "(документ)",
    found: "найдено",
  },
} as const;

function formatIssues(source: string, issues: readonly ScenarioIssue[], kind: string, lang: "en" | "ru"): string {
  const w = ISSUE_WORDS[lang];
  const lines = issues.map((i) => {
    const where = i.path === "" ? w.document : i.path;
    const shown = lang === "ru" && i.found === NOTHING ? "ничего" : i.found;
    const found = shown === undefined ? "" : `; ${w.found} ${shown}`;
    return `  - ${where}: ${lang === "ru" ? inRussian(i.message) : i.message}${found}`;
  });
  return `${w.heading(source, kind, issues.length)}\n${lines.join("\n")}`;
}

/** How showFound shows that no value was found. */
const NOTHING = "nothing";

/** Shows a found value in an error: JSON, cut to 80 characters. */
export function showFound(value: unknown): string {
  if (value === undefined) return NOTHING;
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = String(value);
  }
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

/** Formats a path of keys and indices as "a.b[2].c". */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`;
    else out += out === "" ? String(key) : `.${String(key)}`;
  }
  return out;
}

/** JSON types as the problems name them, in Russian. */
const TYPES_RU: Record<string, string> = {
  string: "строка",
  number: "число",
  int: "целое число",
  integer: "целое число",
  object: "объект",
  array: "список",
  boolean: "true или false",
  null: "null",
  record: "объект",
};

/**
 * A problem's phrase in Russian where it is one of the shape checks' stock phrases (a missing
 * field, a wrong type, one of a list, an unknown field, a number or list too small or too large);
 * any other phrase (a rule of the company's, such as a shift that ends before it starts) as written.
 */
export function inRussian(message: string): string {
  const types = (list: string) =>
    list
      .split(" or ")
      .map((t) => TYPES_RU[t] ?? t)
      .join(" или ");
  let m = /^missing: (.*)$/.exec(message);
  if (m !== null) return `отсутствует: ${inRussian(m[1]!)}`;
  m = /^(?:Invalid option: )?expected one of (.*)$/.exec(message);
  if (m !== null) return `ожидается одно из: ${m[1]!.split("|").join(", ")}`;
  m = /^(?:Invalid input: )?expected ([a-z]+(?: or [a-z]+)*)(?:, received [a-z]+)?$/.exec(message);
  if (m !== null) return `ожидается ${types(m[1]!)}`;
  m = /^Unrecognized keys?: (.*)$/.exec(message);
  if (m !== null) return `неизвестное поле: ${m[1]}`;
  m = /^Too (small|big): expected ([a-z]+) to (?:be |have )?([<>]=?)(\S+)(?: (characters|items))?$/.exec(message);
  if (m !== null) {
    const [, size, type, op, bound, what] = m;
    const atLeast = op!.startsWith(">");
    const strict = op!.length === 1;
    const limit = `${atLeast ? (strict ? "больше" : "не меньше") : strict ? "меньше" : "не больше"} ${bound}`;
    if (what === "items")
      return `в списке должно быть ${limit} ${pluralCount("ru", Number(bound), "one {элемента} other {элементов}")}`;
    if (what === "characters")
      return `в тексте должно быть ${limit} ${pluralCount("ru", Number(bound), "one {символа} other {символов}")}`;
    return `${size === "small" ? "слишком маленькое" : "слишком большое"} значение: ожидается ${TYPES_RU[type!] ?? type} ${limit}`;
  }
  m = /^a time after the shift start (\S+)$/.exec(message);
  if (m !== null) return `время позже начала смены ${m[1]}`;
  m = /^a path that exists, but (.+) has no (key|list item named \(or numbered\)) (".*")$/.exec(message);
  if (m !== null)
    return `существующий путь, но в ${where(m[1]!)} нет ${m[2] === "key" ? "ключа" : "элемента списка с именем (или номером)"} ${m[3]}`;
  m = /^a key the scenario has, but (.+) has no key (".*?")(?: \(one of (.*)\))?$/.exec(message);
  if (m !== null)
    return `ключ, который есть в сценарии, но в ${where(m[1]!)} нет ключа ${m[2]}${m[3] === undefined ? "" : ` (есть: ${m[3]})`}`;
  m = /^a path that exists, but (.+) is not a list$/.exec(message);
  if (m !== null) return `существующий путь, но ${m[1] === "the scenario" ? "сценарий" : m[1]} — не список`;
  return message;
}

/** Where in the scenario a path stopped, for «в …»: the path as written, or «сценарии» for its root. */
function where(at: string): string {
  return at === "the scenario" ? "сценарии" : at;
}
