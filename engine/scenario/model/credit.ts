import type { Scenario } from "../schema/index.js";

/** The credit section (rule 5a): the share of a deal credited to the first contact of a consultation. */
export function firstContactCredit(s: Scenario): number {
  const c = s.credit;
  return c.policy === "closer" ? 0 : c.policy === "first-contact" ? 1 : c.firstContactShare;
}
