import { verdictText, type Ranking, type SetUpPair } from "../../engine/results/index.js";
import type { Results } from "../data/results.js";
import type { Lang } from "../i18n/index.js";

/**
 * The experiment's verdict paragraph, the one `clientflow compare` prints (the results contract's
 * `verdictText`), in the page's language; null for a file without a ranking.
 */
export function verdict(results: Results, lang: Lang): string | null {
  if (results.ranking === null) return null;
  const currency = results.currency === "" ? undefined : results.currency;
  return verdictText(
    {
      setUps: results.setUps.map((s) => ({ name: s.name, scenario: { currency, definition: s.definition } })),
      // A file may leave out the independent intervals, which the verdict does not read.
      ranking: results.ranking as Ranking,
      pairs: (results.pairs ?? undefined) as SetUpPair[] | undefined,
      sensitivity: results.sensitivity ?? undefined,
    },
    lang,
  );
}
