import { describe, expect, it } from "vitest";
import { argumentsLanguage, langOption, localeLanguage } from "../../../../engine/node/cli/langOption.js";

describe("the terminal's language", () => {
  it("is Russian under a Russian locale, read as POSIX does (LC_ALL, then LC_MESSAGES, then LANG)", () => {
    expect(localeLanguage({ LANG: "ru_RU.UTF-8" })).toBe("ru");
    expect(localeLanguage({ LANG: "ru" })).toBe("ru");
    expect(localeLanguage({ LC_ALL: "en_GB.UTF-8", LANG: "ru_RU.UTF-8" })).toBe("en");
    expect(localeLanguage({ LC_MESSAGES: "ru_RU.UTF-8", LANG: "en_US.UTF-8" })).toBe("ru");
    expect(localeLanguage({ LANG: "C.UTF-8" })).toBe("en");
    expect(localeLanguage({ LANG: "rus" })).toBe("en");
    expect(localeLanguage({})).toBe("en");
  });

  it("takes --lang over the locale and refuses a language it does not speak", () => {
    expect(langOption("ru", "run")).toBe("ru");
    expect(langOption(undefined, "run")).toBe("en");
    expect(() => langOption("de", "run")).toThrow(/--lang must be en or ru, found "de"/);
  });

  it("reads the language of help from the last --lang anywhere before --, else from the locale", () => {
    const c = { LANG: "C.UTF-8" };
    const ru = { LANG: "ru_RU.UTF-8" };
    expect(argumentsLanguage(["run", "--help", "--lang", "ru"], c)).toBe("ru");
    expect(argumentsLanguage(["--lang=ru", "--help"], c)).toBe("ru");
    expect(argumentsLanguage(["run", "--lang", "ru", "--lang", "en"], ru)).toBe("en");
    expect(argumentsLanguage(["run", "--help"], ru)).toBe("ru");
    expect(argumentsLanguage(["run", "--help"], c)).toBe("en");
    expect(argumentsLanguage(["run", "--", "--lang", "ru"], c)).toBe("en");
    expect(argumentsLanguage(["run", "--lang", "de"], ru)).toBe("ru");
    expect(argumentsLanguage(["run", "--lang"], c)).toBe("en");
  });
});
