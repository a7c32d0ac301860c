import { ENGINE_VERSION } from "../../version.js";

// Each command is imported when it is called, so that `clientflow --help` and a small command
// load only what they use (the simulator, zod, Vite and D3 are imported by the commands that need them).
const HELP = `Usage: clientflow <command> [options]

Clientflow simulates client flow and staffing in a sales organisation and reports waits,
lost clients and service levels with confidence intervals.

Commands:
  run <scenario.json>     run a scenario and write its results file
  compare <experiment>    compare set-ups on common random numbers: verdict, ranking, differences
  diff <A.json> <B.json>  two runs side by side (paired when they share seed and replications)
  staff <experiment>      the least staff per interval that meets targets, or the most profit
  worker --queue URL      compute replications that run, compare and staff put on a Redis queue
  erlang                  Erlang B/C/A calculator checked by simulation
  view <results.json>     open the results in the viewer (a local web page)
  studio                  edit a scenario, run it and compare it in the browser (a local web page)
  report <results.json>   write the viewer as one self-contained HTML file (-o report.html)
  export <results.json>   write the viewer's tables as CSV files (--csv <dir>)
  validate <files...>     check scenario files
  calibrate               estimate a scenario's numbers from call and visit records (CSV)
  schema                  print the JSON Schema of scenario files

Run "clientflow <command> --help" for a command's options. "clientflow --version" prints the
engine version.
`;

type Command = { run: (argv: string[]) => number | Promise<number>; help: string };

const COMMANDS: Record<string, () => Promise<Command>> = {
  run: async () => import("./runCommand.js").then((m) => ({ run: m.runCommand, help: m.RUN_HELP })),
  compare: async () => import("./compareCommand.js").then((m) => ({ run: m.compareCommand, help: m.COMPARE_HELP })),
  diff: async () => import("./diffCommand.js").then((m) => ({ run: m.diffCommand, help: m.DIFF_HELP })),
  staff: async () => import("./staffCommand.js").then((m) => ({ run: m.staffCommand, help: m.STAFF_HELP })),
  worker: async () => import("./workerCommand.js").then((m) => ({ run: m.workerCommand, help: m.WORKER_HELP })),
  erlang: async () => import("./erlangCommand.js").then((m) => ({ run: m.erlangCommand, help: m.ERLANG_HELP })),
  validate: async () => import("./validateCommand.js").then((m) => ({ run: m.validateCommand, help: m.VALIDATE_HELP })),
  export: async () => import("./exportCommand.js").then((m) => ({ run: m.exportCommand, help: m.EXPORT_HELP })),
  report: async () => import("./reportCommand.js").then((m) => ({ run: m.reportCommand, help: m.REPORT_HELP })),
  view: async () => import("./viewCommand.js").then((m) => ({ run: m.viewCommand, help: m.VIEW_HELP })),
  studio: async () => import("./studioCommand.js").then((m) => ({ run: m.studioCommand, help: m.STUDIO_HELP })),
  calibrate: async () =>
    import("./calibrateCommand.js").then((m) => ({ run: m.calibrateCommand, help: m.CALIBRATE_HELP })),
  schema: async () => import("./schemaCommand.js").then((m) => ({ run: m.schemaCommand, help: m.SCHEMA_HELP })),
};

const isCommand = (name: string | undefined): name is string =>
  name !== undefined && Object.prototype.hasOwnProperty.call(COMMANDS, name);

/** The exit code for an error a command threw, or undefined for a bug (rethrown with its stack). */
async function exitCodeFor(e: unknown): Promise<{ code: number; hint: boolean } | undefined> {
  const [{ ScenarioError }, { ReplicationError }, { FileProblem, MachineProblem }, { UsageError }] = await Promise.all([
    import("../../scenario/scenarioError.js"),
    import("../../run/runReplication.js"),
    import("../files.js"),
    import("./usageError.js"),
  ]);
  if (e instanceof ScenarioError || e instanceof FileProblem) return { code: 2, hint: false };
  if (e instanceof UsageError || (e as { code?: string }).code?.startsWith("ERR_PARSE_ARGS"))
    return { code: 2, hint: true };
  if (e instanceof ReplicationError || e instanceof MachineProblem) return { code: 1, hint: false };
  return undefined;
}

/** Runs the command line and returns the exit code: 0 done, 2 bad input, 1 failure. */
export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === "help" || command === "--help" || command === "-h") {
    const topic = command === "help" ? rest[0] : undefined;
    process.stdout.write(isCommand(topic) ? (await COMMANDS[topic]!()).help : HELP);
    return 0;
  }
  if (command === "--version" || command === "-v") {
    process.stdout.write(`clientflow ${ENGINE_VERSION}\n`);
    return 0;
  }
  if (!isCommand(command)) {
    process.stderr.write(`clientflow: unknown command "${command}"\n\n${HELP}`);
    return 2;
  }
  try {
    const entry = await COMMANDS[command]!();
    return await entry.run(rest);
  } catch (e) {
    const known = await exitCodeFor(e);
    if (known === undefined) throw e;
    const hint = known.hint ? `\nRun "clientflow ${command} --help" for the options.` : "";
    process.stderr.write(`clientflow ${command}: ${(e as Error).message}${hint}\n`);
    return known.code;
  }
}
