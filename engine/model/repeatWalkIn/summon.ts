import { PRIORITY } from "../../core/index.js";
import { OUTCOME } from "../../metrics/index.js";
import { AGENT_STATE, isFree, type Agent } from "../agent.js";
import type { Contact } from "../contact.js";
import { FINE, FINE_REASONS } from "./fineBook.js";
import { DEFAULT_WORKLOAD_TOLERANCE, leastWorkloadChooser } from "../selection/leastWorkload.js";
import { reactionFactor } from "./reactionFactor.js";
import type { RepeatWalkInContext, RepeatWalkInPolicy } from "./repeatWalkInPolicy.js";

const NOT_CALLED = 0;
const WAITING_FOR_MANAGER = 1;
const STARTED = 2;
const LEFT = 3;

/** One summon: the pool upstairs, where it stands, who called, who was named, when the client leaves. */
interface SummonCase {
  readonly to: number;
  state: typeof NOT_CALLED | typeof WAITING_FOR_MANAGER | typeof STARTED | typeof LEFT;
  consultant: Agent | null;
  manager: Agent | null;
  /** When the client stops waiting for the manager, in seconds (Infinity: never). */
  giveUpAt: number;
}

/**
 * (d) The summon rule (rule 7): the consultant phones the owner; a manager is named, finishes
 * (or hands off) the client in hand, reacts and walks down. The manager's arrival and N minutes
 * after the call race: whichever comes first decides. At N the consultant who called, or any
 * free consultant, starts (the manager is fined); when nobody on the floor is free both are fined
 * and whoever is free first serves. An overloaded owner (nobody free, a long line, every manager
 * already named): the consultant serves alone and nobody is fined. A client told that a manager
 * is coming may leave (the rule's patience); nobody is fined for a client who left before N.
 */
export function summon(ctx: RepeatWalkInContext): RepeatWalkInPolicy {
  const { rep, rule, fines } = ctx;
  const cases = new Map<Contact, SummonCase>();
  /** Managers named for a client while busy: they go down once free. */
  const named = new Map<Agent, Contact>();
  const factorOf = Float64Array.from(rep.agents, (a) =>
    reactionFactor(rule.lateFine, a.hourlyCost, rule.reactionMaxCut, rule.reactionPayHours),
  );

  const fine = (agent: Agent, reason: number, amount: number, contact: Contact): void => {
    if (rep.trace !== null)
      rep.trace.record(rep.sim.now, `fine:${FINE_REASONS[reason]}`, contact.id, agent.id, agent.poolIndex);
    // Counted also when the amount is 0 (a set-up without fines): the count is how often the
    // rule was broken, which set-ups with and without fines must be compared on.
    if (!contact.counted) return;
    fines.book(agent, reason, amount, rep.pools[agent.poolIndex]!.spec.department);
  };

  const canHandOff = (manager: Agent): boolean =>
    manager.state === AGENT_STATE.serving &&
    manager.serviceEvent !== -1 &&
    manager.walkSeconds === 0 &&
    rep.pools[manager.poolIndex]!.idle.length > 0;

  /** Per pool upstairs, the least-workload choice (its tolerance, its rotation) of the manager to name. */
  const leastLoaded = rep.pools.map((p) =>
    leastWorkloadChooser(p.agents.length, DEFAULT_WORKLOAD_TOLERANCE, (a) => a.indexInPool),
  );

  /**
   * The client's own manager when on shift (and the rule says so), else the least loaded free
   * one (or busy one), by the selection policies' least workload.
   */
  const nameManager = (contact: Contact, to: number, onShift: Agent[], now: number): Agent => {
    const own = contact.client.ownManager;
    if (rule.ownManagerFirst) {
      const m = onShift.find((a) => a.id === own && !named.has(a));
      if (m !== undefined) return m;
    }
    const open = onShift.filter((a) => !named.has(a));
    const free = open.filter((a) => isFree(a.state));
    const candidates = free.length > 0 ? free : open.length > 0 ? open : onShift;
    return candidates[leastLoaded[to]!(candidates, now)]!;
  };

  const goDown = (manager: Agent, contact: Contact, now: number): void => {
    const c = cases.get(contact)!;
    const reaction = rule.reaction.quantile(contact.company!.reactionUniform) * factorOf[manager.id]!;
    const w = ctx.walk(contact, c.to);
    manager.enter(AGENT_STATE.walking, now);
    manager.current = contact;
    rep.sim.at(now + reaction + w, PRIORITY.release, onManagerArrived, manager);
  };

  const onBackDown = (agent: Agent): void => rep.service.agentFree(agent, rep.pools[agent.poolIndex]!, rep.sim.now);

  /** The consultant's call is over: overloaded owner, or a manager is named and the race with N starts. */
  const onCallEnd = (consultant: Agent): void => {
    const now = rep.sim.now;
    const contact = consultant.current!;
    const c = cases.get(contact)!;
    const owner = rep.pools[c.to]!;
    const onShift = owner.agents.filter((a) => a.state !== AGENT_STATE.offShift && a.state !== AGENT_STATE.onBreak);
    // Every manager on shift already named for another summon counts as overloaded.
    const overloaded =
      onShift.every((a) => named.has(a)) ||
      (rule.overloadedNobodyFree && owner.idle.length === 0) ||
      owner.line.length >= rule.overloadedWaiting;
    if (overloaded) {
      c.state = STARTED;
      cases.delete(contact);
      if (rep.trace !== null) rep.trace.record(now, "owner-overloaded", contact.id, consultant.id, owner.index);
      rep.service.serveNow(consultant, contact, now);
      return;
    }
    c.state = WAITING_FOR_MANAGER;
    consultant.current = null;
    rep.service.agentFree(consultant, rep.pools[consultant.poolIndex]!, now);
    const manager = nameManager(contact, c.to, onShift, now);
    c.manager = manager;
    if (rep.trace !== null) rep.trace.record(now, "summoned", contact.id, manager.id, owner.index);
    rep.sim.at(now + rule.limitSeconds, PRIORITY.abandon, onDeadline, contact);
    if (rule.patience !== null) {
      c.giveUpAt = now + rule.patience.quantile(contact.company!.patienceUniform);
      rep.sim.at(c.giveUpAt, PRIORITY.abandon, onGiveUp, contact);
    }
    if (isFree(manager.state)) {
      owner.removeIdle(manager);
      owner.busy.add(1, now);
      goDown(manager, contact, now);
      return;
    }
    if (rule.handOff && canHandOff(manager)) {
      const colleague = owner.takeIdleAgent(now, -1);
      rep.service.handOff(manager, colleague, now);
      goDown(manager, contact, now);
      return;
    }
    named.set(manager, contact);
  };

  /** A client still waiting for the summoned manager leaves; a manager not yet gone down stays. */
  const onGiveUp = (contact: Contact): void => {
    const c = cases.get(contact);
    if (c === undefined || c.state !== WAITING_FOR_MANAGER) return;
    c.state = LEFT;
    const manager = c.manager!;
    if (named.get(manager) === contact) {
      named.delete(manager);
      cases.delete(contact); // nobody is on the way
    }
    if (rep.trace !== null) rep.trace.record(rep.sim.now, "left-waiting-for-manager", contact.id, manager.id, -1);
    rep.outcomes.lose(contact, OUTCOME.abandoned, rep.sim.now);
  };

  /** The manager reaches the workstation: serves the client if still waiting for them, else walks back. */
  const onManagerArrived = (manager: Agent): void => {
    const now = rep.sim.now;
    const contact = manager.current!;
    const c = cases.get(contact)!;
    cases.delete(contact);
    const w = ctx.walk(contact, c.to);
    if (c.state === WAITING_FOR_MANAGER || contact.waiting) {
      if (contact.waiting) rep.queues.leaveQueue(contact, rep.pools[contact.pool]!, now);
      // After N with nobody started, the late manager still serves a client left waiting.
      const what = c.state === WAITING_FOR_MANAGER ? "manager-arrived" : "manager-arrived-late";
      c.state = STARTED;
      manager.walkSeconds = w;
      if (rep.trace !== null) rep.trace.record(now, what, contact.id, manager.id, manager.poolIndex);
      rep.service.serveNow(manager, contact, now);
      return;
    }
    // Too late: the consultant has started, or the client has left. The manager walks back.
    manager.current = null;
    if (rep.trace !== null) rep.trace.record(now, "manager-late", contact.id, manager.id, manager.poolIndex);
    rep.sim.at(now + w, PRIORITY.release, onBackDown, manager);
  };

  /** N minutes after the call, before the manager arrived: the manager is late; a consultant starts, or both are fined. */
  const onDeadline = (contact: Contact): void => {
    const now = rep.sim.now;
    const c = cases.get(contact);
    if (c === undefined || c.state !== WAITING_FOR_MANAGER) return;
    c.state = STARTED;
    const manager = c.manager!;
    fine(manager, FINE.lateManager, rep.spec.fines.lateManager, contact);
    const consultant = c.consultant!;
    const pool = rep.pools[consultant.poolIndex]!;
    // The consultant who called starts, or, when busy, any free consultant of the floor.
    let starter: Agent | null = null;
    if (isFree(consultant.state)) {
      starter = consultant;
      pool.removeIdle(consultant);
    } else if (pool.idle.length > 0) {
      starter = pool.takeIdleAgent(now, -1);
    }
    if (starter !== null) {
      pool.busy.add(1, now);
      if (rep.trace !== null) rep.trace.record(now, "consultant-starts", contact.id, starter.id, starter.poolIndex);
      rep.service.serveNow(starter, contact, now);
      return;
    }
    if (rule.busyCountsAsNotStarting) {
      // Nobody on the floor is free: the consultant who called (when still on shift) and the manager.
      if (consultant.state !== AGENT_STATE.offShift)
        fine(consultant, FINE.notStartedConsultant, rep.spec.fines.notStartedConsultant, contact);
      fine(manager, FINE.notStartedManager, rep.spec.fines.notStartedManager, contact);
    }
    // Whoever is free first: the consultants' queue, or the manager on arrival. The client's
    // patience (the rule's) runs on from the call.
    if (rep.trace !== null) rep.trace.record(now, "not-started", contact.id, consultant.id, consultant.poolIndex);
    rep.queues.join(contact, pool.index, 0, Math.max(0, c.giveUpAt - now), false, now);
  };

  return {
    arrive(contact, to) {
      cases.set(contact, { to, state: NOT_CALLED, consultant: null, manager: null, giveUpAt: Infinity });
      return false;
    },
    answer(agent, contact, now) {
      const c = cases.get(contact);
      if (c === undefined || c.state !== NOT_CALLED) return false;
      c.consultant = agent;
      const seconds = rule.callTime.quantile(contact.company!.transferUniform);
      if (rep.trace !== null) rep.trace.record(now, "summon-call", contact.id, agent.id, c.to);
      rep.sim.at(now + seconds, PRIORITY.release, onCallEnd, agent);
      return true;
    },
    agentFree(agent, now) {
      const contact = named.get(agent);
      if (contact === undefined) return false;
      named.delete(agent);
      goDown(agent, contact, now);
      return true;
    },
  };
}
