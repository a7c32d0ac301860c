import { describe, expect, it } from "vitest";
import { usageInRussian } from "../../../../engine/node/cli/usageInRussian.js";

describe("usageInRussian(message)", () => {
  it("says Node's argument parser's messages in Russian, the option as typed", () => {
    expect(usageInRussian("Unknown option '--bogus'. To specify a positional argument starting with a '-'")).toBe(
      "неизвестный параметр '--bogus'",
    );
    expect(usageInRussian("Option '--seed <value>' argument missing")).toBe("у параметра '--seed' нет значения");
    expect(usageInRussian("Option '--quiet' does not take an argument")).toBe(
      "параметр '--quiet' не принимает значения",
    );
  });

  it("says what an option must be in Russian, with the value found", () => {
    expect(usageInRussian("--agents must be a whole number from 1 to 100000, found 0")).toBe(
      "--agents: нужно целое число от 1 до 100000, найдено 0",
    );
    expect(usageInRussian('--service must be one of exponential, deterministic, found "x"')).toBe(
      '--service: нужно одно из: exponential, deterministic, найдено "x"',
    );
    expect(usageInRussian("--aht must be a number of seconds above 0, found -1")).toBe(
      "--aht: нужно число секунд больше 0, найдено -1",
    );
    expect(usageInRussian("--resume goes with --queue URL")).toBe("--resume задаётся только вместе с --queue URL");
  });

  it("says which set-up --base must name in Russian, with the names as written", () => {
    expect(usageInRussian('--base must name a set-up of the experiment ("base", "b"), found "c"')).toBe(
      '--base: нужно имя варианта эксперимента ("base", "b"), найдено "c"',
    );
  });

  it("leaves a message of another form as written", () => {
    expect(usageInRussian("something new")).toBe("something new");
  });
});
