import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fileProblemInRussian } from "../../../../engine/node/cli/fileProblemInRussian.js";
import { clientflowInProcess as cli } from "../../../helpers/clientflowInProcess.js";
import { FIXTURES } from "../../../setup/fixtures.js";

const CYRILLIC = /[а-яё]/i;

describe("fileProblemInRussian(message)", () => {
  it("says every problem with a file the command line reads in Russian, keeping the path as written", () => {
    expect(fileProblemInRussian("a/b.json: no such file")).toBe("a/b.json: такого файла нет");
    expect(fileProblemInRussian("dir: a regular file is needed, but this is a directory")).toBe(
      "dir: нужен обычный файл, а это папка",
    );
    expect(fileProblemInRussian("x.json: at most 64 MiB can be read, but the file has 80.0 MiB")).toBe(
      "x.json: прочитать можно не больше 64 МиБ, а в файле 80,0 МиБ",
    );
    expect(fileProblemInRussian("x.json: not valid JSON (the file is empty)")).toBe("x.json: это не JSON (файл пуст)");
    expect(
      fileProblemInRussian(
        "x.json:3:7: not valid JSON (a comma inside a number); a decimal comma? JSON numbers use a point: write 1.5, not 1,5",
      ),
    ).toBe(
      "x.json:3:7: это не JSON (запятая внутри числа); десятичная запятая? В JSON числа пишутся с точкой: 1.5, а не 1,5",
    );
    expect(
      fileProblemInRussian(
        "x.json:2:1: not valid JSON (the text ends too early); a closing bracket or quote is missing",
      ),
    ).toBe("x.json:2:1: это не JSON (текст обрывается раньше времени); не хватает закрывающей скобки или кавычки");
    expect(fileProblemInRussian("c.json: diff compares two run results files, this one is a calibration report")).toBe(
      "c.json: diff сравнивает два файла результатов запуска, а это отчёт калибровки",
    );
    expect(fileProblemInRussian("e.json: diff compares two run results files, this one is an experiment")).toBe(
      "e.json: diff сравнивает два файла результатов запуска, а это эксперимент",
    );
  });

  it("leaves a message of another form as written", () => {
    expect(fileProblemInRussian("something new")).toBe("something new");
  });
});

describe("the command line's problems with files, with --lang ru", () => {
  it("are in Russian: a missing file, a file that is not JSON, a file that is not results, a results file of the wrong kind", async () => {
    const dir = mkdtempSync(join(tmpdir(), "clientflow-ru-"));
    try {
      const bad = join(dir, "bad.json");
      writeFileSync(bad, '{"name": ');
      const missing = await cli("run", join(dir, "nope.json"), "--lang", "ru");
      expect(missing.status).toBe(2);
      expect(missing.stderr).toBe(`clientflow run: ${join(dir, "nope.json")}: такого файла нет\n`);
      const notJson = await cli("run", bad, "--lang", "ru");
      expect(notJson.stderr).toMatch(/^clientflow run: .*bad\.json:\d+:\d+: это не JSON \(текст обрывается/);
      const report = await cli("report", bad, "-o", join(dir, "r.html"), "--lang", "ru");
      expect(report.status).toBe(2);
      expect(report.stderr).toMatch(/^clientflow report: .*bad\.json: Это не JSON/);
      const notResults = await cli("report", "scenarios/default.json", "-o", join(dir, "r.html"), "--lang", "ru");
      expect(notResults.stderr).toMatch(CYRILLIC);
      expect(notResults.stderr).not.toMatch(/This is not/);
      const validate = await cli("validate", bad, "--lang", "ru");
      expect(validate.stderr).toMatch(/bad\.json:\d+:\d+: это не JSON \(текст обрывается/);
      const diff = await cli("diff", FIXTURES.run, FIXTURES.experiment, "--lang", "ru");
      expect(diff.stderr).toMatch(/diff сравнивает два файла результатов запуска, а это эксперимент\n$/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
