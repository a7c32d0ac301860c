import { ReplicationError } from "../../run/index.js";
import { ScenarioError } from "../../scenario/index.js";
import { ENGINE_VERSION } from "../../version.js";
import { FileProblem, MachineProblem } from "../files.js";
import { COMPARE_HELP, compareCommand } from "./compareCommand.js";
import { ERLANG_HELP, erlangCommand } from "./erlangCommand.js";
import { EXPORT_HELP, exportCommand } from "./exportCommand.js";
import { REPORT_HELP, reportCommand } from "./reportCommand.js";
import { RUN_HELP, runCommand } from "./runCommand.js";
import { SCHEMA_HELP, schemaCommand } from "./schemaCommand.js";
import { STAFF_HELP, staffCommand } from "./staffCommand.js";
import { UsageError } from "./usageError.js";
import { VALIDATE_HELP, validateCommand } from "./validateCommand.js";
import { VIEW_HELP, viewCommand } from "./viewCommand.js";

const HELP = `Usage: clientflow <command> [options]

Clientflow simulates client flow and staffing in a sales organisation and reports waits,
lost clients and service levels with confidence intervals.

Commands:
  run <scenario.json>     run a scenario and write its results file
  compare <experiment>    compare set-ups on common random numbers (paired differences)
  staff <experiment>      the least staff per interval that meets targets, or the most profit
  erlang                  Erlang B/C/A calculator checked by simulation
  view <results.json>     open the results in the viewer (a local web page)
  report <results.json>   write the viewer as one self-contained HTML file (-o report.html)
  export <results.json>   write the viewer's tables as CSV files (--csv <dir>)
  validate <files...>     check scenario files
  schema                  print the JSON Schema of scenario files

Run "clientflow <command> --help" for a command's options. "clientflow --version" prints the
engine version.
`;

const COMMANDS: Record<string, { run: (argv: string[]) => number | Promise<number>; help: string }> = {
  run: { run: runCommand, help: RUN_HELP },
  compare: { run: compareCommand, help: COMPARE_HELP },
  staff: { run: staffCommand, help: STAFF_HELP },
  erlang: { run: erlangCommand, help: ERLANG_HELP },
  validate: { run: validateCommand, help: VALIDATE_HELP },
  export: { run: exportCommand, help: EXPORT_HELP },
  report: { run: reportCommand, help: REPORT_HELP },
  view: { run: viewCommand, help: VIEW_HELP },
  schema: { run: schemaCommand, help: SCHEMA_HELP },
};

/** Runs the command line and returns the exit code: 0 done, 2 bad input, 1 failure. */
export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === "help" || command === "--help" || command === "-h") {
    const topic = command === "help" ? rest[0] : undefined;
    process.stdout.write(topic && COMMANDS[topic] ? COMMANDS[topic].help : HELP);
    return 0;
  }
  if (command === "--version" || command === "-v") {
    process.stdout.write(`clientflow ${ENGINE_VERSION}\n`);
    return 0;
  }
  const entry = COMMANDS[command];
  if (entry === undefined) {
    process.stderr.write(`clientflow: unknown command "${command}"\n\n${HELP}`);
    return 2;
  }
  try {
    return await entry.run(rest);
  } catch (e) {
    if (e instanceof ScenarioError || e instanceof FileProblem) {
      process.stderr.write(`clientflow ${command}: ${e.message}\n`);
      return 2;
    }
    if (e instanceof UsageError || (e as { code?: string }).code?.startsWith("ERR_PARSE_ARGS")) {
      process.stderr.write(
        `clientflow ${command}: ${(e as Error).message}\nRun "clientflow ${command} --help" for the options.\n`,
      );
      return 2;
    }
    if (e instanceof ReplicationError || e instanceof MachineProblem) {
      process.stderr.write(`clientflow ${command}: ${e.message}\n`);
      return 1;
    }
    throw e;
  }
}
