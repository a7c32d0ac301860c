import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { clientflowInProcess as cli } from "../../../helpers/clientflowInProcess.js";
import { FIXTURES } from "../../../setup/fixtures.js";

const tmp = () => mkdtempSync(join(tmpdir(), "clientflow-main-"));

describe("clientflow's exit codes and output paths", () => {
  it("checks --out before the simulation: a directory is a failure of the machine (exit 1), found before any work", async () => {
    const dir = tmp();
    // 100000 replications of the default company would take hours: the refusal comes first.
    const r = await cli("run", "scenarios/default.json", "--replications", "100000", "--out", dir, "--quiet");
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(`clientflow run: ${dir}: cannot be written (it is a directory)\n`);
    expect(readdirSync(dir)).toEqual([]);
  });

  it("checks compare's, staff's and report's output paths before the work too", async () => {
    const dir = tmp();
    mkdirSync(join(dir, "taken.json"));
    const out = join(dir, "taken.json");
    for (const args of [
      ["compare", "scenarios/experiments/staffing.json", "--out", out],
      ["staff", "scenarios/experiments/staffing-targets.json", "--out", out],
      ["report", FIXTURES.run, "-o", out],
    ]) {
      const r = await cli(...args, "--quiet");
      expect(r.status, r.stderr).toBe(1);
      expect(r.stderr).toMatch(/taken\.json: cannot be written \(it is a directory\)\n$/);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
    expect(readdirSync(dir)).toEqual(["taken.json"]);
  });

  it("writes a folder of CSVs whole or not at all", async () => {
    const dir = tmp();
    mkdirSync(join(dir, "tables", "waiting-times.csv"), { recursive: true });
    const r = await cli("export", FIXTURES.run, "--csv", join(dir, "tables"));
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/waiting-times\.csv: cannot be written \(it is not a regular file\)/);
    expect(readdirSync(join(dir, "tables"))).toEqual(["waiting-times.csv"]);
    expect(readdirSync(dir)).toEqual(["tables"]);
  });

  it("reads a scenario that starts with a byte-order mark, and refuses a device as a scenario with exit 2", async () => {
    const dir = tmp();
    const file = join(dir, "bom.json");
    const scenario = JSON.parse(readFileSync("scenarios/default.json", "utf8"));
    writeFileSync(file, `\uFEFF${JSON.stringify(scenario)}`);
    const ok = await cli("validate", file);
    expect(ok.status, ok.stderr).toBe(0);
    const dev = await cli("validate", "/dev/zero");
    expect(dev.status).toBe(2);
    expect(dev.stderr).toMatch(/\/dev\/zero: a regular file is needed/);
  });
});

/** The commands, as the top-level help lists them. */
const COMMANDS = [
  "run",
  "compare",
  "diff",
  "staff",
  "worker",
  "erlang",
  "view",
  "studio",
  "report",
  "export",
  "validate",
  "calibrate",
  "schema",
];

/** The long options a help text names, as a sorted set. */
const optionsNamed = (help: string) => [...new Set(help.match(/--[a-z][a-z-]*/g))].sort();

const CYRILLIC = /[А-яЁё]/;

/** The English usage line in the words the Russian help uses. */
const russianUsage = (english: string) =>
  english.replace("Usage:", "Использование:").replace("<command>", "<команда>").replace("[options]", "[параметры]");

const firstLine = (text: string) => text.split("\n", 1)[0]!;

describe("clientflow's help, in English and in Russian", () => {
  const locale = process.env["LANG"];
  afterEach(() => {
    process.env["LANG"] = locale;
  });

  it("has for every command a Russian help naming the same options as the English one, after the same usage line", async () => {
    for (const command of COMMANDS) {
      const en = await cli(command, "--help", "--lang", "en");
      const ru = await cli(command, "--help", "--lang", "ru");
      expect([en.status, ru.status], command).toEqual([0, 0]);
      expect(optionsNamed(ru.stdout), command).toEqual(optionsNamed(en.stdout));
      expect(optionsNamed(en.stdout).length, command).toBeGreaterThan(0);
      expect(ru.stdout, command).toMatch(CYRILLIC);
      expect(firstLine(en.stdout), command).toMatch(/^Usage: clientflow /);
      expect(firstLine(ru.stdout), command).toBe(russianUsage(firstLine(en.stdout)));
    }
  });

  it("lists every command in its top-level help, in either language, with the same options", async () => {
    for (const lang of ["en", "ru"]) {
      const help = (await cli("--help", "--lang", lang)).stdout;
      const listed = [...help.matchAll(/^ {2}([a-z]+) /gm)].map((m) => m[1]);
      expect(listed, lang).toEqual(COMMANDS);
    }
    const en = (await cli("--help", "--lang", "en")).stdout;
    const ru = (await cli("--help", "--lang", "ru")).stdout;
    expect(optionsNamed(ru)).toEqual(optionsNamed(en));
    expect(firstLine(ru)).toBe(russianUsage(firstLine(en)));
  });

  it("follows --lang wherever it stands: after --help, before it, before the command, after help's topic", async () => {
    const russian = /^Использование: clientflow run /;
    expect((await cli("run", "--help", "--lang", "ru")).stdout).toMatch(russian);
    expect((await cli("run", "--lang=ru", "--help")).stdout).toMatch(russian);
    expect((await cli("--lang", "ru", "run", "--help")).stdout).toMatch(russian);
    expect((await cli("help", "run", "--lang", "ru")).stdout).toMatch(russian);
    expect((await cli("schema", "-h", "--lang", "ru")).stdout).toMatch(/^Использование: clientflow schema /);
    expect((await cli("--lang", "ru", "--help")).stdout).toMatch(/^Использование: clientflow <команда>/);
    expect((await cli("--lang", "ru")).stdout).toMatch(/^Использование: clientflow <команда>/);
  });

  it("follows the locale when no --lang is given, and --lang over the locale", async () => {
    process.env["LANG"] = "ru_RU.UTF-8";
    expect((await cli("--help")).stdout).toMatch(/^Использование: clientflow <команда> \[параметры\]\n/);
    expect((await cli("run", "--help")).stdout).toMatch(/^Использование: clientflow run /);
    expect((await cli("run", "--help", "--lang", "en")).stdout).toMatch(/^Usage: clientflow run /);
    process.env["LANG"] = "C";
    expect((await cli("--help")).stdout).toMatch(/^Usage: clientflow <command> \[options\]\n/);
    expect((await cli("run", "--help")).stdout).toMatch(/^Usage: clientflow run /);
    expect((await cli("run", "--help")).stdout).not.toMatch(CYRILLIC);
  });

  it("prints help in the locale's language when --lang names a language it does not speak", async () => {
    const de = await cli("run", "--help", "--lang", "de");
    expect(de.status).toBe(0);
    expect(de.stdout).toMatch(/^Usage: clientflow run /);
    process.env["LANG"] = "ru_RU.UTF-8";
    expect((await cli("erlang", "--lang", "de", "--help")).stdout).toMatch(/^Использование: clientflow erlang /);
    expect((await cli("--help", "--lang", "de")).stdout).toMatch(/^Использование: clientflow <команда>/);
  });

  it("writes its own messages in the chosen language: an unknown command, the hint after a usage error", async () => {
    const unknown = await cli("frobnicate", "--lang", "ru");
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(
      /^clientflow: неизвестная команда «frobnicate»\n\nИспользование: clientflow <команда>/,
    );
    const usage = await cli("run", "--replications", "many", "--lang", "ru");
    expect(usage.status).toBe(2);
    expect(usage.stderr).toMatch(/\nСправка по параметрам: clientflow run --help\n$/);
    process.env["LANG"] = "ru_RU.UTF-8";
    expect((await cli("frobnicate")).stderr).toMatch(/^clientflow: неизвестная команда «frobnicate»/);
    // A --lang it does not speak is refused as before, the hint in the locale's language.
    const de = await cli("run", "--lang", "de");
    expect(de.status).toBe(2);
    expect(de.stderr).toBe(
      'clientflow run: --lang: нужно en или ru, найдено "de"\nСправка по параметрам: clientflow run --help\n',
    );
    process.env["LANG"] = "C";
    expect((await cli("frobnicate")).stderr).toMatch(
      /^clientflow: unknown command "frobnicate"\n\nUsage: clientflow <command>/,
    );
    expect((await cli("run", "--replications", "many")).stderr).toMatch(
      /\nRun "clientflow run --help" for the options\.\n$/,
    );
  });

  it("says what is wrong with the command line in Russian: unknown options, missing values, bounds, files", async () => {
    const said = async (...args: string[]) => {
      const r = await cli(...args, "--lang", "ru");
      expect(r.status, args.join(" ")).toBe(2);
      // The error's line (the default company's staffing warnings may come first).
      return r.stderr.split("\n").find((l) => l.startsWith("clientflow "));
    };
    expect(await said("run", "--bogus")).toBe("clientflow run: неизвестный параметр '--bogus'");
    expect(await said("run", "--replications", "many")).toBe(
      'clientflow run: --replications: нужно целое число, найдено "many"',
    );
    expect(await said("run", "--workers", "0")).toBe("clientflow run: --workers: нужно от 1 до 256, найдено 0");
    expect(await said("erlang", "--agents", "5")).toBe("clientflow erlang: нужен параметр --arrivals-per-hour");
    expect(await said("diff", "a.json")).toBe("clientflow diff: нужны ровно два файла результатов запуска");
    // In English, as written.
    const en = await cli("run", "--bogus", "--lang", "en");
    expect(en.stderr).toMatch(/^clientflow run: Unknown option '--bogus'/);
  });
});
