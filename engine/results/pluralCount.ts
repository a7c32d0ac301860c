import type { LabelLanguage } from "./labelLanguage.js";

/** The locale whose plural rules each language follows. */
const PLURAL_LOCALES: Record<LabelLanguage, string> = { en: "en-GB", ru: "ru-RU" };
const rules = new Map<LabelLanguage, Intl.PluralRules>();

/**
 * A count with its noun in the form the language's plural rules (Intl.PluralRules) ask for.
 * `forms` names a text per plural category, `#` standing for the number, as in ICU messages:
 * `"one {# день} few {# дня} many {# дней} other {# дня}"`; a category without a text takes
 * `other`'s. `shown` is the number as it is written (default: as is), e.g. "1 234".
 */
export function pluralCount(lang: LabelLanguage, n: number, forms: string, shown: string = String(n)): string {
  let r = rules.get(lang);
  if (r === undefined) rules.set(lang, (r = new Intl.PluralRules(PLURAL_LOCALES[lang])));
  const texts = new Map([...forms.matchAll(/(\w+)\s*\{([^}]*)\}/g)].map((m) => [m[1]!, m[2]!]));
  const text = texts.get(r.select(n)) ?? texts.get("other") ?? forms;
  return text.replace(/#/g, shown);
}
