import type { Lang } from "../../i18n/index.js";
import type { JsonPath } from "./valueAt.js";

/** What the generated form asks of the editor. */
export interface FormHost {
  lang: Lang;
  /** A value typed into a field (the form is not redrawn, so the field keeps its focus). */
  edit(path: JsonPath, value: unknown): void;
  /** A change of structure (an item added or removed, a kind chosen): the form is redrawn. */
  replace(path: JsonPath, value: unknown): void;
  /** The paths of the sections the user opened (kept across redraws). */
  open: Set<string>;
}
