import { pluralCount, type LabelLanguage } from "../../results/index.js";
import type { Weekday } from "../../time/index.js";
import { weekdayName } from "../../../viz/figures/index.js";
import { en, makeLocale, ru } from "../../../viz/i18n/index.js";

/**
 * Words the command line's commands share, in one place: counts of replications and set-ups, a
 * seed, short weekday names (replications and weekdays in the viewer's words, so the terminal and the
 * report agree).
 */

/** "3 replications" / «3 прогона», in the viewer's words. */
export function replications(n: number, lang: LabelLanguage): string {
  return pluralCount(lang, n, (lang === "ru" ? ru : en).replications);
}

/** "3 set-ups" / «3 варианта». */
export function setUps(n: number, lang: LabelLanguage): string {
  return lang === "ru"
    ? pluralCount("ru", n, "one {# вариант} few {# варианта} many {# вариантов} other {# варианта}")
    : pluralCount("en", n, "one {# set-up} other {# set-ups}");
}

/** A seed as the text names it: `seed "1"` / «зерно «1»» (the viewer's word). */
export function seedWords(seed: string, lang: LabelLanguage): string {
  return lang === "ru" ? `зерно «${seed}»` : `seed "${seed}"`;
}

const RU = makeLocale("ru");

/** A weekday's short name: the code in English ("mon", as always printed), «пн» in Russian. */
export function shortWeekday(d: Weekday, lang: LabelLanguage): string {
  return lang === "ru" ? weekdayName(d, RU) : d;
}
