import { buildModel, describeStaffingGap, staffingGaps, type Scenario } from "../../scenario/index.js";

/**
 * Writes a warning to stderr for every stretch of opening hours when a pool that receives
 * clients has nobody on shift (see `staffingGaps`). For an experiment's set-ups, a gap that every
 * set-up has is written once, and the others name their set-up. Warnings never fail a command.
 */
export function warnStaffingGaps(scenarios: readonly Scenario[], setUps?: readonly string[]): void {
  const found = scenarios.map((s) => staffingGaps(buildModel(s)).map(describeStaffingGap));
  const everywhere = found[0]?.filter((w) => found.every((list) => list.includes(w))) ?? [];
  const lines = everywhere.map((w) => (found.length > 1 ? `every set-up: ${w}` : w));
  found.forEach((list, i) => {
    for (const w of list) if (!everywhere.includes(w)) lines.push(`set-up "${setUps?.[i] ?? i + 1}": ${w}`);
  });
  for (const line of lines) process.stderr.write(`warning: ${line}\n`);
}
