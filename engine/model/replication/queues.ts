import { PRIORITY } from "../../core/index.js";
import { OUTCOME } from "../../metrics/index.js";
import { isTask, type Contact } from "../contact.js";
import type { Pool } from "../pool.js";
import type { ContactEnds, ReplicationState, ServiceDesk } from "./ports.js";

/** What the queues work with. */
export type QueuesWorld = ReplicationState & {
  readonly service: Pick<ServiceDesk, "startService">;
  readonly outcomes: Pick<ContactEnds, "lose">;
};

/**
 * The queues of the pools: joining one (a free agent takes the contact, or it waits, is blocked,
 * balks or overflows), abandoning, moving to an overflow pool after a wait, and blending (free
 * staff of a helping pool take waiting clients above a threshold).
 */
export class Queues {
  /** Per pool, the pools whose free staff help it, and from what queue length. */
  private readonly helpersOf: { pool: number; whenWaiting: number }[][];

  constructor(private readonly rep: QueuesWorld) {
    const pools = rep.spec.pools;
    this.helpersOf = pools.map((_, p) =>
      pools.flatMap((q, h) =>
        q.helps.filter((x) => x.pool === p).map((x) => ({ pool: h, whenWaiting: x.whenWaiting })),
      ),
    );
  }

  /** Puts a contact to a pool: a free agent takes it, or it waits (or is blocked, balks or overflows). */
  join(contact: Contact, p: number, priority: number, patience: number, canBalk: boolean, now: number): void {
    const rep = this.rep;
    const pool = rep.pools[p]!;
    contact.pool = p;
    contact.priority = priority;
    if (pool.idle.length > 0) {
      rep.service.startService(pool.takeIdleAgent(now, knownOwnManager(contact)), contact, now);
      return;
    }
    const overflow = pool.spec.overflow;
    if (overflow !== null && !contact.overflowed && pool.line.length >= overflow.whenWaiting) {
      contact.overflowed = true;
      if (rep.trace !== null) rep.trace.record(now, "overflow", contact.id, -1, overflow.pool);
      this.join(contact, overflow.pool, priority, patience, false, now);
      return;
    }
    if (pool.line.length >= pool.spec.capacity && !isTask(contact)) {
      rep.outcomes.lose(contact, contact.transferredAt >= 0 ? OUTCOME.transferUnanswered : OUTCOME.blocked, now);
      return;
    }
    const balking = rep.spec.streams[contact.stream]!.balking;
    if (canBalk && balking !== null && contact.balkUniform < balking.probability(pool.line.length)) {
      rep.outcomes.lose(contact, OUTCOME.balked, now);
      return;
    }
    pool.line.push(contact);
    pool.queueLength.add(1, now);
    if (patience !== Infinity)
      contact.abandonEvent = rep.sim.at(now + patience, PRIORITY.abandon, this.onAbandon, contact);
    if (overflow !== null && !contact.overflowed && overflow.afterWaitSeconds < Infinity) {
      contact.overflowEvent = rep.sim.at(now + overflow.afterWaitSeconds, PRIORITY.abandon, this.onOverflow, contact);
    }
    this.offerToHelpers(pool, now);
  }

  /** Blending: free staff of pools that help this one take its waiting clients above their threshold. */
  private offerToHelpers(pool: Pool, now: number): void {
    for (const helper of this.helpersOf[pool.index]!) {
      const helping = this.rep.pools[helper.pool]!;
      while (pool.line.length >= helper.whenWaiting && helping.idle.length > 0) {
        const next = pool.line.shift()!;
        this.dequeued(next, pool, now);
        this.rep.service.startService(helping.takeIdleAgent(now, knownOwnManager(next)), next, now);
      }
    }
  }

  /** The next client for a free agent of `pool`: its own queue first, then the pools it helps. */
  nextFor(pool: Pool, now: number): Contact | undefined {
    let next = pool.line.shift();
    let from = pool;
    if (next === undefined) {
      for (const h of pool.spec.helps) {
        const helped = this.rep.pools[h.pool]!;
        if (helped.line.length >= h.whenWaiting) {
          next = helped.line.shift();
          from = helped;
          break;
        }
      }
    }
    if (next !== undefined) this.dequeued(next, from, now);
    return next;
  }

  /** A contact taken off a queue: its pending abandonment and overflow no longer apply. */
  private dequeued(contact: Contact, pool: Pool, now: number): void {
    pool.queueLength.add(-1, now);
    if (contact.abandonEvent !== -1) {
      this.rep.sim.cancel(contact.abandonEvent);
      contact.abandonEvent = -1;
    }
    if (contact.overflowEvent !== -1) {
      this.rep.sim.cancel(contact.overflowEvent);
      contact.overflowEvent = -1;
    }
  }

  leaveQueue(contact: Contact, pool: Pool, now: number): void {
    pool.line.remove(contact);
    this.dequeued(contact, pool, now);
  }

  private readonly onAbandon = (contact: Contact): void => {
    const now = this.rep.sim.now;
    contact.abandonEvent = -1;
    this.leaveQueue(contact, this.rep.pools[contact.pool]!, now);
    this.rep.outcomes.lose(contact, contact.transferredAt >= 0 ? OUTCOME.transferUnanswered : OUTCOME.abandoned, now);
  };

  /** A client who has waited long enough here moves to the overflow pool, keeping their patience. */
  private readonly onOverflow = (contact: Contact): void => {
    const rep = this.rep;
    const now = rep.sim.now;
    contact.overflowEvent = -1;
    if (!contact.waiting) return;
    const from = rep.pools[contact.pool]!;
    this.leaveQueue(contact, from, now);
    contact.overflowed = true;
    const deadline =
      contact.transferredAt >= 0
        ? contact.transferredAt + rep.spec.phone.ringTimeoutSeconds
        : contact.arrivalTime + contact.patienceSeconds;
    if (rep.trace !== null) rep.trace.record(now, "overflow", contact.id, -1, from.spec.overflow!.pool);
    this.join(contact, from.spec.overflow!.pool, contact.priority, deadline - now, false, now);
  };
}

/** The client's own manager as far as the company knows it: an anonymous caller has none yet. */
export function knownOwnManager(contact: Contact): number {
  return contact.identified ? contact.client.ownManager : -1;
}
