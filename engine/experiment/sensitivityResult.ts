import type { Ranking, SensitivityRanking } from "../results/index.js";
import type { Change } from "../scenario/index.js";

/**
 * A sensitivity case's result: its ranking, and whether the first-ranked set-up and the whole
 * order are those of the experiment's own ranking.
 */
export function sensitivityResult(
  c: { name: string; description: string; changes: readonly Change[] },
  ranking: Ranking,
  caseRanking: Ranking,
): SensitivityRanking {
  const order = (r: Ranking) => r.entries.map((e) => e.setUp);
  const mine = order(caseRanking);
  const theirs = order(ranking);
  return {
    name: c.name,
    description: c.description,
    changes: [...c.changes],
    ranking: caseRanking,
    sameBest: mine[0] === theirs[0],
    sameOrder: mine.length === theirs.length && mine.every((n, i) => n === theirs[i]),
  };
}
