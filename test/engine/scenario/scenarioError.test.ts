import { describe, expect, it } from "vitest";
import { parseScenario, ScenarioError } from "../../../engine/scenario/index.js";
import { inRussian, showFound } from "../../../engine/scenario/scenarioError.js";
import { company } from "../../helpers/company.js";

const problems = (data: unknown): ScenarioError => {
  try {
    parseScenario(data, "bad.json");
  } catch (e) {
    if (e instanceof ScenarioError) return e;
    throw e;
  }
  throw new Error("expected the scenario to be refused");
};

describe("ScenarioError.describe(lang)", () => {
  it("keeps the message in English, with the field path, what was expected and what was found", () => {
    const e = problems({ ...company(), name: 3 });
    expect(e.describe("en")).toBe(e.message);
    expect(e.message).toMatch(
      /^bad\.json is not a valid scenario \(1 problem\):\n {2}- name: expected string; found 3$/,
    );
  });

  it("frames the problems in Russian, with the stock phrases of the shape check in Russian too", () => {
    const s = company();
    const e = problems({
      ...s,
      name: 3,
      extra: true,
      pools: s.pools.map((p, i) => (i === 0 ? { ...p, staff: -1 } : p)),
    });
    const ru = e.describe("ru");
    expect(ru).toMatch(/^bad\.json: некорректный сценарий \(3 ошибки\):$/m);
    expect(ru).toContain("  - name: ожидается строка; найдено 3");
    expect(ru).toContain('  - (документ): неизвестное поле: "extra"');
    expect(ru).toContain("  - pools[0].staff: слишком маленькое значение: ожидается число не меньше 0; найдено -1");
    const kind = problems({ ...s, channels: s.channels.map((c, i) => (i === 0 ? { ...c, kind: "fax" } : c)) });
    expect(kind.describe("ru")).toMatch(/channels\[0\]\.kind: ожидается одно из: "phone", "visit"; найдено "fax"/);
    // The paths and the values found are the file's, in either language.
    expect(ru).not.toMatch(/expected|found|problem/);
  });

  it("says in Russian that no value was found («найдено ничего»)", () => {
    const e = new ScenarioError("v.json", [{ path: "extends", message: "a file", found: showFound(undefined) }]);
    expect(e.message).toContain("- extends: a file; found nothing");
    expect(e.describe("ru")).toContain("- extends: a file; найдено ничего");
  });
});

describe("inRussian(phrase)", () => {
  it("says the shape check's stock phrases in Russian", () => {
    expect(inRussian("expected string or number")).toBe("ожидается строка или число");
    expect(inRussian("missing: expected object")).toBe("отсутствует: ожидается объект");
    expect(inRussian('expected one of "a", "b"')).toBe('ожидается одно из: "a", "b"');
    expect(inRussian('Invalid option: expected one of "phone"|"visit"')).toBe('ожидается одно из: "phone", "visit"');
    expect(inRussian("Invalid input: expected int, received number")).toBe("ожидается целое число");
    expect(inRussian('Unrecognized key: "e"')).toBe('неизвестное поле: "e"');
    expect(inRussian("Too small: expected number to be >=0")).toBe(
      "слишком маленькое значение: ожидается число не меньше 0",
    );
    expect(inRussian("Too big: expected number to be <1")).toBe("слишком большое значение: ожидается число меньше 1");
    expect(inRussian("Too small: expected array to have >=1 items")).toBe("в списке должно быть не меньше 1 элемента");
  });

  it("says a shift that ends before it starts and a variant's path that does not exist in Russian", () => {
    expect(inRussian("a time after the shift start 09:00")).toBe("время позже начала смены 09:00");
    expect(inRussian('a path that exists, but pools has no list item named (or numbered) "operatorz"')).toBe(
      'существующий путь, но в pools нет элемента списка с именем (или номером) "operatorz"',
    );
    // As the engine writes them: a key the scenario's schema does not know, an item not in a list,
    // a key missing at the root.
    expect(inRussian('a key the scenario has, but calendar has no key "dayz" (one of days, warmupDays)')).toBe(
      'ключ, который есть в сценарии, но в calendar нет ключа "dayz" (есть: days, warmupDays)',
    );
    expect(inRussian('a path that exists, but the scenario has no key "trace"')).toBe(
      'существующий путь, но в сценарии нет ключа "trace"',
    );
  });

  it("leaves another company rule's phrase as written", () => {
    expect(inRussian("a pool of the scenario")).toBe("a pool of the scenario");
  });
});
