import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ENGINE_VERSION } from "../../engine/version.js";

describe("ENGINE_VERSION", () => {
  it("equals the version in package.json", () => {
    expect(ENGINE_VERSION).toBe(JSON.parse(readFileSync("package.json", "utf8")).version);
  });
});
