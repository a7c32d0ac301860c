import { PRIORITY } from "../../core/index.js";
import { OUTCOME } from "../../metrics/index.js";
import { AGENT_STATE, isFree, type Agent } from "../agent.js";
import { CLIENT_STATUS } from "../client.js";
import type { Contact } from "../contact.js";
import type { RepeatWalkInSpec } from "../modelSpec.js";
import type { Replication } from "./replication.js";

/** Reasons a fine is given (indexes the fine tallies). */
export const FINE_REASONS = ["lateManager", "notStartedConsultant", "notStartedManager"] as const;
export const FINE = { lateManager: 0, notStartedConsultant: 1, notStartedManager: 2 } as const;

const ESCORT = 1;
const SUMMON = 2;
/** Summon states of a contact (see Contact.summonState). */
const WAITING_FOR_MANAGER = 1;
const STARTED = 2;
const LEFT = 3;

/**
 * The repeat walk-in of a client registered with another department (rules 7 and 8 of the
 * thread): (a) the consultant escorts the client upstairs; (b) retail serves; (c) the client is
 * sent up alone and some will not go; (d) the summon rule: the consultant phones the owner, a
 * manager is named, finishes (or hands off) the client in hand, reacts and walks down; if not at
 * the workstation N after the call, the consultant starts (and the manager is fined), or, when
 * the consultant does not start, both are fined and whoever is free first serves. When the
 * owner's pool is overloaded the consultant serves alone and nobody is fined. A client told that
 * a manager is coming may leave (the rule's patience); nobody is fined for a client who left
 * before N. The owner is whichever department the client is registered with (the rule's owner
 * goes to `to`, another department to its own first pool that serves clients).
 */
export class RepeatWalkIn {
  /** Fines in the window, per reason and per department (scenario currency), and how many. */
  finesByReason = new Float64Array(FINE_REASONS.length);
  finesCountByReason = new Float64Array(FINE_REASONS.length);
  finesByDepartment: Float64Array;
  /** Fines per person and reason: index agent id x reasons + reason. */
  finesByAgentReason: Float64Array;
  /** Per agent: the factor on the reaction time that the fine for lateness gives (see reactionFactor). */
  private readonly reactionFactorOf: Float64Array;

  constructor(
    private readonly rep: Replication,
    private readonly rule: RepeatWalkInSpec,
  ) {
    this.finesByDepartment = new Float64Array(rep.spec.departments.length);
    this.finesByAgentReason = new Float64Array(rep.agents.length * FINE_REASONS.length);
    this.reactionFactorOf = Float64Array.from(rep.agents, (a) =>
      reactionFactor(rule.lateFine, a.hourlyCost, rule.reactionMaxCut, rule.reactionPayHours),
    );
  }

  resetCounts(): void {
    this.finesByReason.fill(0);
    this.finesCountByReason.fill(0);
    this.finesByDepartment.fill(0);
    this.finesByAgentReason.fill(0);
  }

  /**
   * A routed contact: returns true when the rule took it over (sent upstairs or lost), false
   * when it joins the pool routing chose (marked for escort or summon when it applies).
   */
  arrive(contact: Contact, pool: number, now: number): boolean {
    const r = this.rule;
    const c = contact.client;
    if (pool !== r.at || c.status !== CLIENT_STATUS.registered || c.owner < 0) return false;
    const to = r.toByDepartment[c.owner]!;
    if (to < 0) return false;
    if (this.rep.spec.channels[contact.channel]!.kind !== "visit") return false;
    if (r.policy === "serve") return false;
    contact.repeatTo = to;
    if (r.policy === "escort") {
      contact.repeat = ESCORT;
      return false;
    }
    if (r.policy === "summon") {
      contact.repeat = SUMMON;
      return false;
    }
    // (c) Sent upstairs alone: some will not go.
    if (contact.policyUniform < r.refuseUpstairs) {
      contact.pool = pool; // booked to the floor that sent the client away
      this.rep.outcomes.lose(contact, OUTCOME.refusedUpstairs, now);
    } else {
      this.rep.sim.at(now + this.walk(contact, to), PRIORITY.arrival, this.onUpstairs, contact);
    }
    return true;
  }

  /** An agent with a marked contact: escort or summon instead of serving. Returns true when handled. */
  answer(agent: Agent, contact: Contact, now: number): boolean {
    if (contact.repeat === ESCORT) {
      contact.repeat = 0;
      const w = this.walk(contact, contact.repeatTo);
      agent.enter(AGENT_STATE.walking, now);
      if (this.rep.trace !== null) this.rep.trace.record(now, "escort", contact.id, agent.id, contact.repeatTo);
      this.rep.sim.at(now + w, PRIORITY.arrival, this.onUpstairs, contact);
      this.rep.sim.at(now + 2 * w, PRIORITY.release, this.onBackDown, agent);
      return true;
    }
    if (contact.repeat === SUMMON && contact.summonState === 0) {
      contact.summonConsultant = agent.id;
      const seconds = this.rule.callTime.quantile(contact.transferUniform);
      if (this.rep.trace !== null) this.rep.trace.record(now, "summon-call", contact.id, agent.id, contact.repeatTo);
      this.rep.sim.at(now + seconds, PRIORITY.release, this.onCallEnd, agent);
      return true;
    }
    return false;
  }

  /** A summoned manager has become free: reacts, then walks down. Returns true when that applies. */
  managerFree(agent: Agent, now: number): boolean {
    const contact = agent.summonedFor;
    if (contact === null) return false;
    agent.summonedFor = null;
    this.goDown(agent, contact, now);
    return true;
  }

  private walk(contact: Contact, toPool: number): number {
    const w = this.rep.spec.walkPerFloor;
    const floors = Math.abs(this.rep.pools[toPool]!.spec.floor - contact.floor);
    return w === null ? 0 : floors * w.quantile(contact.walkUniform);
  }

  /** The client has reached the owner's floor: waits there like any visit of the owner's pool. */
  private readonly onUpstairs = (contact: Contact): void => {
    const now = this.rep.sim.now;
    const to = contact.repeatTo;
    contact.floor = this.rep.pools[to]!.spec.floor;
    contact.routedPool = to;
    this.rep.queues.join(contact, to, 0, Infinity, false, now);
  };

  private readonly onBackDown = (agent: Agent): void => {
    this.rep.service.agentFree(agent, this.rep.pools[agent.poolIndex]!, this.rep.sim.now);
  };

  /** The consultant's call is over: overloaded owner, or a manager is named and the clock for N starts. */
  private readonly onCallEnd = (consultant: Agent): void => {
    const rep = this.rep;
    const now = rep.sim.now;
    const contact = consultant.current!;
    const owner = rep.pools[contact.repeatTo]!;
    const onShift = owner.agents.filter((a) => a.state !== AGENT_STATE.offShift && a.state !== AGENT_STATE.onBreak);
    // Every manager on shift already on the way to (or named for) another summon counts as overloaded.
    const overloaded =
      onShift.every((a) => a.summonedFor !== null) ||
      (this.rule.overloadedNobodyFree && owner.idle.length === 0) ||
      owner.line.length >= this.rule.overloadedWaiting;
    contact.summonState = STARTED;
    if (overloaded) {
      if (rep.trace !== null) rep.trace.record(now, "owner-overloaded", contact.id, consultant.id, owner.index);
      rep.service.serveNow(consultant, contact, now);
      return;
    }
    contact.summonState = WAITING_FOR_MANAGER;
    consultant.current = null;
    rep.service.agentFree(consultant, rep.pools[consultant.poolIndex]!, now);
    const manager = this.nameManager(contact, onShift, now);
    contact.summonManager = manager.id;
    if (rep.trace !== null) rep.trace.record(now, "summoned", contact.id, manager.id, owner.index);
    rep.sim.at(now + this.rule.limitSeconds, PRIORITY.abandon, this.onDeadline, contact);
    if (this.rule.patience !== null) {
      contact.summonGiveUpAt = now + this.rule.patience.quantile(contact.patienceUniform);
      rep.sim.at(contact.summonGiveUpAt, PRIORITY.abandon, this.onGiveUp, contact);
    }
    if (isFree(manager.state)) {
      owner.removeIdle(manager);
      owner.busy.add(1, now);
      this.goDown(manager, contact, now);
      return;
    }
    if (this.rule.handOff && this.canHandOff(manager)) {
      const colleague = owner.takeIdleAgent(now, -1);
      rep.service.handOff(manager, colleague, now);
      this.goDown(manager, contact, now);
      return;
    }
    manager.summonedFor = contact;
  };

  /** A manager serving a client on their own floor, with a free colleague in the pool, can hand off. */
  private canHandOff(manager: Agent): boolean {
    return (
      manager.state === AGENT_STATE.serving &&
      manager.serviceEvent !== -1 &&
      manager.walkSeconds === 0 &&
      this.rep.pools[manager.poolIndex]!.idle.length > 0
    );
  }

  /** A client still waiting for the summoned manager leaves; a manager not yet gone down stays. */
  private readonly onGiveUp = (contact: Contact): void => {
    const rep = this.rep;
    if (contact.summonState !== WAITING_FOR_MANAGER) return;
    contact.summonState = LEFT;
    const manager = rep.agents[contact.summonManager]!;
    if (manager.summonedFor === contact) manager.summonedFor = null;
    if (rep.trace !== null) rep.trace.record(rep.sim.now, "left-waiting-for-manager", contact.id, manager.id, -1);
    rep.outcomes.lose(contact, OUTCOME.abandoned, rep.sim.now);
  };

  /** The client's own manager when on shift (and the rule says so), else the least loaded free one (or busy one). */
  private nameManager(contact: Contact, onShift: Agent[], now: number): Agent {
    const own = contact.client.ownManager;
    if (this.rule.ownManagerFirst) {
      const m = onShift.find((a) => a.id === own && a.summonedFor === null);
      if (m !== undefined) return m;
    }
    const open = onShift.filter((a) => a.summonedFor === null);
    const free = open.filter((a) => isFree(a.state));
    const candidates = free.length > 0 ? free : open.length > 0 ? open : onShift;
    return candidates.reduce((best, a) => (a.workloadShare(now) < best.workloadShare(now) ? a : best));
  }

  private goDown(manager: Agent, contact: Contact, now: number): void {
    const reaction = this.rule.reaction.quantile(contact.reactionUniform) * this.reactionFactorOf[manager.id]!;
    const w = this.walk(contact, contact.repeatTo);
    manager.enter(AGENT_STATE.walking, now);
    manager.current = contact;
    this.rep.sim.at(now + reaction + w, PRIORITY.release, this.onManagerArrived, manager);
  }

  /** The manager reaches the workstation: serves the client if still waiting for them, else walks back. */
  private readonly onManagerArrived = (manager: Agent): void => {
    const rep = this.rep;
    const now = rep.sim.now;
    const contact = manager.current!;
    const w = this.walk(contact, contact.repeatTo);
    if (contact.summonState === WAITING_FOR_MANAGER || contact.waiting) {
      if (contact.waiting) rep.queues.leaveQueue(contact, rep.pools[contact.pool]!, now);
      contact.summonState = STARTED;
      manager.walkSeconds = w;
      if (rep.trace !== null) rep.trace.record(now, "manager-arrived", contact.id, manager.id, manager.poolIndex);
      rep.service.serveNow(manager, contact, now);
      return;
    }
    // Too late: the consultant has started, or the client has left. The manager walks back.
    manager.current = null;
    if (rep.trace !== null) rep.trace.record(now, "manager-late", contact.id, manager.id, this.rule.to);
    rep.sim.at(now + w, PRIORITY.release, this.onBackDown, manager);
  };

  /** N minutes after the call: the manager is late; the consultant starts, or both are fined. */
  private readonly onDeadline = (contact: Contact): void => {
    const rep = this.rep;
    const now = rep.sim.now;
    if (contact.summonState !== WAITING_FOR_MANAGER) return;
    contact.summonState = STARTED;
    const manager = rep.agents[contact.summonManager]!;
    this.fine(manager, FINE.lateManager, rep.spec.fines.lateManager, contact);
    const consultant = rep.agents[contact.summonConsultant]!;
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
    if (this.rule.busyCountsAsNotStarting) {
      // Nobody on the floor is free: the consultant who called (when still on shift) and the manager.
      if (consultant.state !== AGENT_STATE.offShift)
        this.fine(consultant, FINE.notStartedConsultant, rep.spec.fines.notStartedConsultant, contact);
      this.fine(manager, FINE.notStartedManager, rep.spec.fines.notStartedManager, contact);
    }
    // Whoever is free first: the consultants' queue, or the manager on arrival. The client's
    // patience (the rule's) runs on from the call.
    if (rep.trace !== null) rep.trace.record(now, "not-started", contact.id, consultant.id, consultant.poolIndex);
    rep.queues.join(contact, pool.index, 0, Math.max(0, contact.summonGiveUpAt - now), false, now);
  };

  private fine(agent: Agent, reason: number, amount: number, contact: Contact): void {
    if (this.rep.trace !== null)
      this.rep.trace.record(this.rep.sim.now, `fine:${FINE_REASONS[reason]}`, contact.id, agent.id, agent.poolIndex);
    if (!contact.counted || amount === 0) return;
    agent.fines += amount;
    this.finesByReason[reason] = this.finesByReason[reason]! + amount;
    this.finesCountByReason[reason] = this.finesCountByReason[reason]! + 1;
    const k = agent.id * FINE_REASONS.length + reason;
    this.finesByAgentReason[k] = this.finesByAgentReason[k]! + amount;
    const d = this.rep.pools[agent.poolIndex]!.spec.department;
    if (d >= 0) this.finesByDepartment[d] = this.finesByDepartment[d]! + amount;
  }
}

/**
 * The factor on a summoned manager's reaction time that a fine for lateness gives (an
 * assumption, stated in the scenario): 1 - maxCut x (1 - exp(-fine / (hourly pay x payHours))).
 * No fine: 1; a fine of payHours hours of pay: 1 - 0.63 maxCut; a very large fine: 1 - maxCut.
 * Staff paid nothing feel any fine fully.
 */
export function reactionFactor(fine: number, hourlyPay: number, maxCut: number, payHours: number): number {
  if (!(fine > 0)) return 1;
  const scale = hourlyPay * payHours;
  const felt = scale > 0 ? 1 - Math.exp(-fine / scale) : 1;
  return 1 - maxCut * felt;
}
