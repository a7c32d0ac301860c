import type { LabelLanguage } from "../../results/index.js";
import { ENGINE_VERSION } from "../../version.js";
import { argumentsLanguage } from "./langOption.js";
import { MAIN_WORDS } from "./mainWords.js";

// Each command is imported when it is called, so that `clientflow --help` and a small command
// load only what they use (the simulator, zod, Vite and D3 are imported by the commands that need them).
type Command = { run: (argv: string[]) => number | Promise<number>; help: Record<LabelLanguage, string> };

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

/**
 * The exit code for an error a command threw and the message to print (a scenario's problems
 * framed in `lang`), or undefined for a bug (rethrown with its stack).
 */
async function exitCodeFor(
  e: unknown,
  lang: LabelLanguage,
): Promise<{ code: number; hint: boolean; message: string } | undefined> {
  const [{ ScenarioError }, { ReplicationError }, { FileProblem, MachineProblem }, { UsageError }] = await Promise.all([
    import("../../scenario/scenarioError.js"),
    import("../../run/runReplication.js"),
    import("../files.js"),
    import("./usageError.js"),
  ]);
  const message = e instanceof ScenarioError ? e.describe(lang) : (e as Error).message;
  if (e instanceof FileProblem && lang === "ru") {
    const { fileProblemInRussian } = await import("./fileProblemInRussian.js");
    return { code: 2, hint: false, message: fileProblemInRussian(message) };
  }
  if (e instanceof ScenarioError || e instanceof FileProblem) return { code: 2, hint: false, message };
  if (e instanceof UsageError || (e as { code?: string }).code?.startsWith("ERR_PARSE_ARGS")) {
    const { usageInRussian } = await import("./usageInRussian.js");
    return { code: 2, hint: true, message: lang === "ru" ? usageInRussian(message) : message };
  }
  if (e instanceof ReplicationError || e instanceof MachineProblem) return { code: 1, hint: false, message };
  return undefined;
}

/** How many arguments a leading `--lang X` (or `--lang=X`) takes up, read as if it followed the command. */
function leadingLang(argv: string[]): number {
  if (argv[0] === "--lang") return Math.min(2, argv.length);
  return argv[0]?.startsWith("--lang=") ? 1 : 0;
}

/** Whether the arguments of a command ask for its help (`--help` or `-h` anywhere before `--`). */
function asksForHelp(args: string[]): boolean {
  const end = args.indexOf("--");
  return (end < 0 ? args : args.slice(0, end)).some((a) => a === "--help" || a === "-h");
}

/**
 * Runs the command line and returns the exit code: 0 done, 2 bad input, 1 failure. Help and the
 * messages written here are in the language of `--lang` anywhere in the arguments, else the locale's.
 */
export async function main(argv: string[]): Promise<number> {
  const lang = argumentsLanguage(argv, process.env);
  const words = MAIN_WORDS[lang];
  const lead = leadingLang(argv);
  const [command, ...rest] = argv.slice(lead);
  rest.push(...argv.slice(0, lead));
  if (command === undefined || command === "help" || command === "--help" || command === "-h") {
    const topic = command === "help" ? rest.find(isCommand) : undefined;
    process.stdout.write(topic !== undefined ? (await COMMANDS[topic]!()).help[lang] : words.help);
    return 0;
  }
  if (command === "--version" || command === "-v") {
    process.stdout.write(`clientflow ${ENGINE_VERSION}\n`);
    return 0;
  }
  if (!isCommand(command)) {
    process.stderr.write(`${words.unknownCommand(command)}\n\n${words.help}`);
    return 2;
  }
  try {
    const entry = await COMMANDS[command]!();
    if (asksForHelp(rest)) {
      process.stdout.write(entry.help[lang]);
      return 0;
    }
    return await entry.run(rest);
  } catch (e) {
    const known = await exitCodeFor(e, lang);
    if (known === undefined) throw e;
    const hint = known.hint ? `\n${words.optionsHint(command)}` : "";
    process.stderr.write(`clientflow ${command}: ${known.message}${hint}\n`);
    return known.code;
  }
}
