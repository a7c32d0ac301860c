import { parseArgs } from "node:util";
import { loadScenario } from "../loadScenario.js";
import { warnStaffingGaps } from "./staffingWarnings.js";
import { UsageError } from "./usageError.js";

export const VALIDATE_HELP = `Usage: clientflow validate <scenario.json>...

Checks scenario files (shape, then references) and prints each one's hash, or every problem
with its field path. Exits with 2 when any file is invalid. Warns (on stderr, without failing)
when a pool that receives clients has nobody on shift during opening hours.
`;

export function validateCommand(argv: string[]): number {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { help: { type: "boolean" } },
  });
  if (values.help) {
    process.stdout.write(VALIDATE_HELP);
    return 0;
  }
  if (positionals.length === 0) throw new UsageError("validate needs at least one scenario file", "validate");
  let failed = 0;
  for (const file of positionals) {
    try {
      const { scenario, hash } = loadScenario(file);
      process.stdout.write(`${file}: valid (${hash})\n`);
      warnStaffingGaps([scenario]);
    } catch (e) {
      failed++;
      process.stderr.write(`${(e as Error).message}\n`);
    }
  }
  return failed > 0 ? 2 : 0;
}
