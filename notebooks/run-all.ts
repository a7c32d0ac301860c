/**
 * `npm run notebooks`: runs every notebook (full setting, writing notebooks/out/); with --quick,
 * the quick setting (writing notebooks/out-quick/, which the tests compare with the committed files).
 * CLIENTFLOW_NOTEBOOKS_OUT=DIR writes under DIR instead of notebooks/ (see lib/notebook.ts).
 */
import { spawnSync } from "node:child_process";

const notebooks = [
  "notebooks/firstCalls.ts",
  "notebooks/handover.ts",
  "notebooks/repeatWalkIn.ts",
  "notebooks/admins.ts",
  "notebooks/operatorSelection.ts",
  "notebooks/staffing.ts",
  "notebooks/validation.ts",
];
const quick = process.argv.includes("--quick");
for (const nb of notebooks) {
  const r = spawnSync(process.execPath, ["engine/node/bin/tsnode.mjs", nb, ...(quick ? ["--quick"] : [])], {
    stdio: "inherit",
  });
  if (r.status !== 0) {
    process.stderr.write(`notebook ${nb} failed\n`);
    process.exit(r.status ?? 1);
  }
  process.stdout.write(`${nb}: done\n`);
}
