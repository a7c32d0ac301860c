/** The languages every label of the results is written in. */
export type LabelLanguage = "en" | "ru";
