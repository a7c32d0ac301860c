import { PRIORITY } from "../../core/index.js";
import { AGENT_STATE, isFree, type Agent } from "../agent.js";
import { isTask, type Contact } from "../contact.js";
import { TASK } from "../contactTask.js";
import type { Pool } from "../pool.js";
import type {
  ContactEnds,
  ContactPlanner,
  OutboundDesk,
  QueueDesk,
  RepeatWalkInHooks,
  ReplicationState,
  StaffRoom,
} from "./ports.js";

/** What service works with. */
export type ServiceWorld = ReplicationState & {
  readonly queues: Pick<QueueDesk, "join" | "nextFor">;
  readonly outcomes: Pick<ContactEnds, "serve" | "pay" | "recordPayment">;
  readonly arrivals: Pick<ContactPlanner, "routeOf">;
  readonly staff: Pick<StaffRoom, "freeState" | "startBreak" | "wentOffShift">;
  readonly outboundWork: Pick<OutboundDesk, "startAttempt">;
  readonly repeat: Pick<RepeatWalkInHooks, "answer" | "agentFree"> | null;
};

/**
 * An agent with a client: walking to a visit on another floor and back, answering and
 * identifying (and transferring when routing says so), serving, wrap-up, and what the agent does
 * next (the next client, outbound work, a break, going home, or waiting).
 */
export class Service {
  constructor(private readonly rep: ServiceWorld) {}

  /** An agent takes a contact: walks to it first when it is a visit on another floor. */
  startService(agent: Agent, contact: Contact, now: number): void {
    const rep = this.rep;
    const pool = rep.pools[agent.poolIndex]!;
    if (isFree(agent.state)) pool.busy.add(1, now);
    agent.current = contact;
    const walk = rep.spec.walkPerFloor;
    const channel = rep.spec.channels[contact.channel]!;
    // Staff walk to a visit, an approval or a complaint on another floor (a cashier does not).
    const company = walk === null ? null : contact.company!;
    if (company !== null && (company.task === TASK.none ? channel.kind === "visit" : company.task !== TASK.payment)) {
      const floors = Math.abs(pool.spec.floor - company.floor);
      if (floors > 0) {
        agent.walkSeconds = floors * walk!.quantile(company.walkUniform);
        agent.enter(AGENT_STATE.walking, now);
        if (rep.trace !== null) rep.trace.record(now, "walk", contact.id, agent.id, agent.poolIndex);
        rep.sim.at(now + agent.walkSeconds, PRIORITY.release, this.onReachedClient, agent);
        return;
      }
    }
    this.answer(agent, contact, now);
  }

  private readonly onReachedClient = (agent: Agent): void => {
    this.answer(agent, agent.current!, this.rep.sim.now);
  };

  /** The agent is with the client: identifies them (and transfers if routing says so) or serves. */
  private answer(agent: Agent, contact: Contact, now: number): void {
    const rep = this.rep;
    agent.enter(AGENT_STATE.serving, now);
    if (contact.answeredAt < 0) contact.answeredAt = now;
    if (contact.transferredAt >= 0) contact.transferWaitSeconds = now - contact.transferredAt;
    if (rep.trace !== null) rep.trace.record(now, "answer", contact.id, agent.id, agent.poolIndex);
    if (rep.repeat !== null && rep.repeat.answer(agent, contact, now)) return;
    if (!contact.identified) {
      contact.identified = true;
      const route = rep.arrivals.routeOf(contact, now);
      // Routing now knows who called: another pool, or, in a pool that puts own managers first,
      // the caller's own manager when free, takes the call after a transfer.
      if (route.pool !== contact.routedPool || this.ownManagerFreeElsewhere(agent, contact)) {
        contact.pool = route.pool;
        contact.routedPool = route.pool;
        contact.priority = route.priority;
        const seconds = rep.spec.phone.transferTime.quantile(contact.company!.transferUniform);
        rep.sim.at(now + seconds, PRIORITY.release, this.onTransferEnd, agent);
        return;
      }
    }
    this.beginService(agent, contact, now);
  }

  /** The identified caller's own manager is another free member of this agent's pool, which puts own managers first. */
  private ownManagerFreeElsewhere(agent: Agent, contact: Contact): boolean {
    const own = contact.client.ownManager;
    if (own < 0 || own === agent.id) return false;
    const manager = this.rep.agents[own]!;
    if (manager.poolIndex !== agent.poolIndex || !isFree(manager.state)) return false;
    return this.rep.pools[agent.poolIndex]!.spec.selection.kind === "own-manager-first";
  }

  /** An agent already with the client (and counted busy) serves them now, to the end. */
  serveNow(agent: Agent, contact: Contact, now: number): void {
    const rep = this.rep;
    agent.enter(AGENT_STATE.serving, now);
    agent.current = contact;
    if (contact.answeredAt < 0) contact.answeredAt = now;
    if (rep.trace !== null) rep.trace.record(now, "answer", contact.id, agent.id, agent.poolIndex);
    this.beginService(agent, contact, now);
  }

  /** The service itself starts: the client's wait ends here, whoever answered first. */
  private beginService(agent: Agent, contact: Contact, now: number): void {
    if (contact.serviceStartAt < 0) contact.serviceStartAt = now;
    agent.serviceEndsAt = now + contact.serviceSeconds;
    agent.serviceEvent = this.rep.sim.at(agent.serviceEndsAt, PRIORITY.release, this.onServiceEnd, agent);
  }

  /**
   * Hands the client `from` is serving to the free colleague `to` of the same pool, who serves
   * the rest of the service (same end time); `from` is left with no client and still counted busy.
   */
  handOff(from: Agent, to: Agent, now: number): void {
    const rep = this.rep;
    const contact = from.current!;
    rep.sim.cancel(from.serviceEvent);
    from.serviceEvent = -1;
    from.current = null;
    rep.pools[to.poolIndex]!.busy.add(1, now);
    to.enter(AGENT_STATE.serving, now);
    to.current = contact;
    if (rep.trace !== null) rep.trace.record(now, "hand-off", contact.id, to.id, to.poolIndex);
    to.serviceEndsAt = from.serviceEndsAt;
    to.serviceEvent = rep.sim.at(to.serviceEndsAt, PRIORITY.release, this.onServiceEnd, to);
  }

  /** The answering agent has passed the caller on: the caller waits for the target pool to pick up. */
  private readonly onTransferEnd = (agent: Agent): void => {
    const rep = this.rep;
    const now = rep.sim.now;
    const contact = agent.current!;
    agent.current = null;
    if (rep.trace !== null) rep.trace.record(now, "transfer", contact.id, agent.id, contact.pool);
    this.agentFree(agent, rep.pools[agent.poolIndex]!, now);
    contact.transferredAt = now;
    rep.queues.join(contact, contact.pool, contact.priority, rep.spec.phone.ringTimeoutSeconds, false, now);
  };

  private readonly onServiceEnd = (agent: Agent): void => {
    const rep = this.rep;
    const now = rep.sim.now;
    const pool = rep.pools[agent.poolIndex]!;
    const contact = agent.current!;
    agent.current = null;
    agent.serviceEvent = -1;
    if (rep.trace !== null) rep.trace.record(now, "service-end", contact.id, agent.id, agent.poolIndex);
    const company = contact.company;
    if (company !== null && company.task !== TASK.none) {
      rep.outcomes.recordPayment(contact);
      if (company.heldAgent >= 0) this.approved(rep.agents[company.heldAgent]!, now);
    } else if (rep.outcomes.serve(contact, agent, now)) {
      // The deal waits for an admin's approval: the agent stays with the client, serving.
      agent.current = contact;
      if (rep.trace !== null) rep.trace.record(now, "waits-for-approval", contact.id, agent.id, agent.poolIndex);
      return;
    }
    this.afterService(agent, pool, contact, now);
  };

  /** The admin has approved the deal an agent waited for with the client: the client pays, the agent moves on. */
  private approved(agent: Agent, now: number): void {
    if (this.rep.trace !== null) this.rep.trace.record(now, "approved", agent.current!.id, agent.id, agent.poolIndex);
    this.releaseHeld(agent, now);
  }

  /**
   * An agent who waited with the client for an approval goes on: the client pays, the agent
   * walks back, wraps up and takes the next work (also when the approval is dropped or no
   * admin is left on shift to give it).
   */
  releaseHeld(agent: Agent, now: number): void {
    const contact = agent.current!;
    agent.current = null;
    this.rep.outcomes.pay(contact, now);
    this.afterService(agent, this.rep.pools[agent.poolIndex]!, contact, now);
  }

  /** After a client: walks back to the pool's floor if it walked, wraps up, then is free. */
  private afterService(agent: Agent, pool: Pool, contact: Contact, now: number): void {
    const rep = this.rep;
    const wrapUp = pool.spec.wrapUp;
    const seconds = wrapUp === null || isTask(contact) ? 0 : wrapUp.quantile(contact.wrapUpUniform);
    if (agent.walkSeconds > 0) {
      agent.pendingWrapUpSeconds = seconds;
      agent.enter(AGENT_STATE.walking, now);
      rep.sim.at(now + agent.walkSeconds, PRIORITY.release, this.onWalkedBack, agent);
      agent.walkSeconds = 0;
    } else {
      this.wrapUpOrFree(agent, pool, seconds, now);
    }
  }

  private readonly onWalkedBack = (agent: Agent): void => {
    const seconds = agent.pendingWrapUpSeconds;
    agent.pendingWrapUpSeconds = 0;
    this.wrapUpOrFree(agent, this.rep.pools[agent.poolIndex]!, seconds, this.rep.sim.now);
  };

  private wrapUpOrFree(agent: Agent, pool: Pool, seconds: number, now: number): void {
    if (seconds > 0) {
      agent.enter(AGENT_STATE.wrapUp, now);
      this.rep.sim.at(now + seconds, PRIORITY.release, this.onWrapUpEnd, agent);
    } else {
      this.agentFree(agent, pool, now);
    }
  }

  private readonly onWrapUpEnd = (agent: Agent): void => {
    this.agentFree(agent, this.rep.pools[agent.poolIndex]!, this.rep.sim.now);
  };

  /** An agent finished a client (and its wrap-up), or an outbound attempt: a break, home, or more work. */
  agentFree(agent: Agent, pool: Pool, now: number): void {
    const rep = this.rep;
    if (rep.repeat !== null && rep.repeat.agentFree(agent, now)) return;
    // The end of the shift wins over a break still due: the agent goes home, not on a break.
    if (agent.leaving) agent.pendingBreakSeconds = 0;
    if (agent.pendingBreakSeconds > 0) {
      pool.busy.add(-1, now);
      agent.enter(rep.staff.freeState(pool), now);
      rep.staff.startBreak(agent, agent.pendingBreakSeconds);
      return;
    }
    if (agent.leaving) {
      const overtime = rep.spec.atClosing === "serve-waiting" && pool.line.length > 0 && !rep.spec.calendar.isOpen(now);
      if (!overtime) {
        agent.leaving = false;
        agent.endOvertime(now);
        pool.busy.add(-1, now);
        pool.staffed.add(-1, now);
        agent.enter(AGENT_STATE.offShift, now);
        rep.staff.wentOffShift(pool, now);
        return;
      }
    }
    this.takeNextOrIdle(agent, pool, now);
  }

  /** The next client (own queue, then pools helped), else outbound work, else waiting free. */
  takeNextOrIdle(agent: Agent, pool: Pool, now: number): void {
    const rep = this.rep;
    const next = rep.queues.nextFor(pool, now);
    if (next !== undefined) {
      this.startService(agent, next, now);
      return;
    }
    if (pool.spec.outbound !== null && rep.outboundWork.startAttempt(agent, pool, now)) return;
    if (!isFree(agent.state)) {
      pool.busy.add(-1, now);
      agent.enter(rep.staff.freeState(pool), now);
    }
    pool.idle.push(agent);
  }
}
