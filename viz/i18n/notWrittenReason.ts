import { pluralCount } from "../../engine/results/index.js";
import { sayByPattern, type PatternPhrase } from "./patternPhrases.js";
import type { Lang } from "./translate.js";

/** «1 отвеченный звонок», «3 отвеченных звонка», «12 отвеченных звонков». */
function answeredRu(n: number): string {
  return pluralCount(
    "ru",
    n,
    "one {# отвеченный звонок} few {# отвеченных звонка} many {# отвеченных звонков} other {# отвеченного звонка}",
    n.toLocaleString("ru-RU"),
  );
}

/**
 * The reasons the calibration writes for what it did not write (engine/calibration's
 * calibrationVariant), in Russian; the names (channel / segment, files) stay as written.
 */
const NOT_WRITTEN_RU: readonly PatternPhrase[] = [
  [
    /^arrival rates of (.+): the scenario has no arrival stream of it$/,
    (x) => `интенсивность поступлений ${x}: такого потока поступлений в сценарии нет`,
  ],
  [
    /^arrival rates of (.+): the scenario has (\d+) streams it could belong to$/,
    (x, n) =>
      `интенсивность поступлений ${x}: в сценарии ${pluralCount("ru", Number(n), "one {# поток} few {# потока} many {# потоков} other {# потока}")}, к которым она может относиться`,
  ],
  [
    /^service time of (.+): no fitted family the scenario can state$/,
    (x) => `время обслуживания ${x}: ни одно подобранное распределение нельзя задать в сценарии`,
  ],
  [
    /^service time of (.+): no arrival stream of it in the scenario$/,
    (x) => `время обслуживания ${x}: такого потока поступлений в сценарии нет`,
  ],
  [
    /^service time of (.+): ([\d,]+) answered calls?, fewer than the (\d+) needed to fit a distribution$/,
    (x, n, needed) =>
      `время обслуживания ${x}: ${answeredRu(Number(n!.replace(/,/g, "")))} — меньше ${needed}, нужных для подбора распределения`,
  ],
  [
    /^patience of (.+): no abandoned call, so patience is longer than any wait seen$/,
    (x) => `терпение ${x}: ни один звонок не брошен, значит терпение дольше любого наблюдавшегося ожидания`,
  ],
  [
    /^patience of (.+): no arrival stream of it in the scenario$/,
    (x) => `терпение ${x}: такого потока поступлений в сценарии нет`,
  ],
  [
    /^deals of (.+): every row of (.+) is a sale, so the deal chance cannot be told, and the scenario has none$/,
    (x, f) =>
      `сделки ${x}: каждая строка ${f} — продажа, поэтому вероятность сделки не определить, а в сценарии её нет`,
  ],
  [
    /^deal chance of (.+): every row of (.+) is a sale \(no visit without one\)$/,
    (x, f) => `вероятность сделки ${x}: каждая строка ${f} — продажа (нет визитов без сделки)`,
  ],
  [/^deal value of (.+): fewer than 5 deals$/, (x) => `сумма сделки ${x}: меньше 5 сделок`],
  [
    /^deal value of (.+): no fitted family the scenario can state$/,
    (x) => `сумма сделки ${x}: ни одно подобранное распределение нельзя задать в сценарии`,
  ],
];

/**
 * A reason of the calibration report's `notWritten` (written in English by the engine's
 * calibrationVariant) in `lang`; a reason this version does not know stays as written.
 */
export function notWrittenReason(line: string, lang: Lang): string {
  return lang === "en" ? line : (sayByPattern(NOT_WRITTEN_RU, line) ?? line);
}
