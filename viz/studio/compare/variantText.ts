import type { Change } from "../../../engine/index.js";
import { resultsFileText } from "../run/resultsFileText.js";

/**
 * A variant file holding only the changes (scenarios/variants/*.json): it extends the shipped
 * default as the shipped variants do ("../default.json", saved in scenarios/variants/).
 */
export function variantText(changes: readonly Change[], name: string): string {
  return resultsFileText({
    $schema: "../variant.schema.json",
    extends: "../default.json",
    name,
    changes,
  });
}
