import { PRIORITY } from "../../core/index.js";
import { AGENT_STATE, type Agent } from "../agent.js";
import type { Contact } from "../contact.js";
import type { RepeatWalkInContext, RepeatWalkInPolicy } from "./repeatWalkInPolicy.js";

/** (a) The consultant who answers walks the client up to the owner's floor and back down. */
export function escort(ctx: RepeatWalkInContext): RepeatWalkInPolicy {
  const { rep } = ctx;
  /** Clients to escort, with the pool upstairs that serves them. */
  const toEscort = new Map<Contact, number>();
  const onUpstairs = ([contact, to]: [Contact, number]): void => ctx.reachFloor(contact, to);
  const onBackDown = (agent: Agent): void => rep.service.agentFree(agent, rep.pools[agent.poolIndex]!, rep.sim.now);
  return {
    arrive(contact, to) {
      toEscort.set(contact, to);
      return false;
    },
    answer(agent, contact, now) {
      const to = toEscort.get(contact);
      if (to === undefined) return false;
      toEscort.delete(contact);
      const w = ctx.walk(contact, to);
      agent.enter(AGENT_STATE.walking, now);
      if (rep.trace !== null) rep.trace.record(now, "escort", contact.id, agent.id, to);
      rep.sim.at(now + w, PRIORITY.arrival, onUpstairs, [contact, to]);
      rep.sim.at(now + 2 * w, PRIORITY.release, onBackDown, agent);
      return true;
    },
    agentFree: () => false,
  };
}
