import { describe, expect, it } from "vitest";
import { choicesFromHash, choicesToHash } from "../../../viz/app/address.js";
import { FIRST_CHOICES } from "../../../viz/app/viewContext.js";
import type { Results } from "../../../viz/data/results.js";

const NAMES = ["base", "a, b & c", "50% #1/2?", "Ключ=значение"];
const results = { setUps: NAMES.map((name) => ({ name })) } as unknown as Results;

describe("choicesToHash(choices, results) and choicesFromHash(hash, results, choices)", () => {
  it("keep the open view and the set-ups chosen by name: #view=waits&setups=base,serve", () => {
    const hash = choicesToHash({ ...FIRST_CHOICES, view: "waits", setUps: [0, 1] }, results);
    expect(hash).toBe("#view=waits&setups=base,a%2C%20b%20%26%20c");
  });

  it("restore every set-up whatever characters its name holds (commas, &, %, #, /, ?, =, Cyrillic)", () => {
    const chosen = { ...FIRST_CHOICES, view: "staffing" as const, setUps: [1, 2, 3], layout: "sideBySide" as const };
    const hash = choicesToHash(chosen, results);
    expect(hash).toMatch(/layout=sideBySide$/);
    expect(choicesFromHash(hash, results, FIRST_CHOICES)).toEqual(chosen);
  });

  it("ignore views, set-ups and layouts the file does not have, and broken escapes", () => {
    const read = choicesFromHash("#view=nope&setups=ghost,%E0%A4%A,base&layout=diagonal&x", results, FIRST_CHOICES);
    expect(read).toEqual({ ...FIRST_CHOICES, setUps: [0] });
  });
});
