import { PRIORITY } from "../../core/index.js";
import { OUTCOME } from "../../metrics/index.js";
import type { Contact } from "../contact.js";
import type { RepeatWalkInContext, RepeatWalkInPolicy } from "./repeatWalkInPolicy.js";

/** (c) The client is sent upstairs alone; a share (`refuseUpstairs`) will not go and is lost. */
export function sendUpstairs(ctx: RepeatWalkInContext): RepeatWalkInPolicy {
  const { rep, rule } = ctx;
  const onUpstairs = ([contact, to]: [Contact, number]): void => ctx.reachFloor(contact, to);
  return {
    arrive(contact, to, atPool, now) {
      if (contact.company!.policyUniform < rule.refuseUpstairs) {
        contact.pool = atPool; // booked to the floor that sent the client away
        rep.outcomes.lose(contact, OUTCOME.refusedUpstairs, now);
      } else {
        rep.sim.at(now + ctx.walk(contact, to), PRIORITY.arrival, onUpstairs, [contact, to]);
      }
      return true;
    },
    answer: () => false,
    agentFree: () => false,
  };
}
