export { en, ru, type StringKey } from "./strings.js";
export { LANGUAGES, makeLocale, translate, translateOr, type Lang, type Locale } from "./translate.js";
export { makeFormat, type Format } from "./format.js";
export { notWrittenReason } from "./notWrittenReason.js";
export { sayByPattern, type PatternPhrase } from "./patternPhrases.js";
