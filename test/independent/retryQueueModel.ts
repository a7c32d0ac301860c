import seedrandom from "seedrandom";

/**
 * An independent model of one queue with retries, written from the definitions of the figures
 * (README, "What the figures mean") and not from the engine, which it must never import.
 *
 * The system: c identical agents, always open; new clients arrive as a Poisson process; a
 * contact finds a free agent and is served at once, or waits in one first-come-first-served
 * line; its patience (exponential, from its arrival) runs out before an agent takes it, and the
 * client gives up: a lost contact. A client who gave up tries again with probability r, after an
 * exponential delay, as a new contact (new service time, new patience) of the same client on the
 * same channel. Service is exponential, with no wrap-up; a served client makes a deal with
 * probability p, of a fixed value, whatever the wait; a served client never comes back.
 *
 * The figures, over the contacts that arrive inside the observation window [warm-up, end):
 * - contacts and served contacts per day of the window;
 * - W of a served contact: from its arrival until an agent starts serving it;
 * - a lost contact: a contact not served;
 * - a lost client: the client gave up and does not retry (counted at that last contact); a lost
 *   sale's expected value is p x the deal value per lost client;
 * - a client whose retry would come at or after the end of the run is still retrying, not lost.
 * New clients stop arriving at the end; contacts that arrived before it are followed to their end.
 */
export interface RetryQueueParams {
  agents: number;
  ratePerHour: number;
  meanServiceSeconds: number;
  meanPatienceSeconds: number;
  retryProbability: number;
  meanRetryDelaySeconds: number;
  dealProbability: number;
  dealValue: number;
  days: number;
  warmupDays: number;
}

export interface RetryQueueFigures {
  contactsPerDay: number;
  servedPerDay: number;
  lostContacts: number;
  lostClients: number;
  lostSales: number;
  meanWaitServed: number;
  deals: number;
  stillRetrying: number;
}

const DAY = 86_400;

interface Contact {
  arrival: number;
  counted: boolean;
  waiting: boolean;
}

const NEW_CLIENT = 0;
const RETRY = 1;
const SERVICE_END = 2;
const GIVE_UP = 3;

interface Event {
  time: number;
  seq: number;
  kind: number;
  contact: Contact | null;
}

/** A binary min-heap of events by (time, sequence). */
class EventHeap {
  private readonly items: Event[] = [];
  private seq = 0;

  get size(): number {
    return this.items.length;
  }

  push(time: number, kind: number, contact: Contact | null): void {
    const items = this.items;
    const e: Event = { time, seq: this.seq++, kind, contact };
    items.push(e);
    let i = items.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!before(e, items[parent]!)) break;
      items[i] = items[parent]!;
      i = parent;
    }
    items[i] = e;
  }

  pop(): Event {
    const items = this.items;
    const top = items[0]!;
    const last = items.pop()!;
    if (items.length > 0) {
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        if (l >= items.length) break;
        const r = l + 1;
        const child = r < items.length && before(items[r]!, items[l]!) ? r : l;
        if (!before(items[child]!, last)) break;
        items[i] = items[child]!;
        i = child;
      }
      items[i] = last;
    }
    return top;
  }
}

const before = (a: Event, b: Event): boolean => a.time < b.time || (a.time === b.time && a.seq < b.seq);

/** One replication of the model; `seed` names an Alea stream of its own. */
export function simulateRetryQueue(p: RetryQueueParams, seed: string): RetryQueueFigures {
  const u = seedrandom.alea(seed);
  const exp = (mean: number) => -mean * Math.log(1 - u());
  const start = p.warmupDays * DAY;
  const end = p.days * DAY;
  const meanGap = 3600 / p.ratePerHour;

  const events = new EventHeap();
  const line: Contact[] = [];
  let head = 0;
  let busy = 0;

  let contacts = 0;
  let served = 0;
  let waitSum = 0;
  let lostContacts = 0;
  let lostClients = 0;
  let stillRetrying = 0;
  let deals = 0;

  const startService = (c: Contact, now: number) => {
    busy++;
    c.waiting = false;
    const dealMade = u() < p.dealProbability;
    if (c.counted) {
      served++;
      waitSum += now - c.arrival;
      if (dealMade) deals++;
    }
    events.push(now + exp(p.meanServiceSeconds), SERVICE_END, null);
  };

  const arrive = (now: number) => {
    const c: Contact = { arrival: now, counted: now >= start && now < end, waiting: true };
    if (c.counted) contacts++;
    if (busy < p.agents) {
      startService(c, now);
      return;
    }
    line.push(c);
    events.push(now + exp(p.meanPatienceSeconds), GIVE_UP, c);
  };

  const firstNew = exp(meanGap);
  if (firstNew < end) events.push(firstNew, NEW_CLIENT, null);

  while (events.size > 0) {
    const e = events.pop();
    const now = e.time;
    switch (e.kind) {
      case NEW_CLIENT: {
        const next = now + exp(meanGap);
        if (next < end) events.push(next, NEW_CLIENT, null);
        arrive(now);
        break;
      }
      case RETRY:
        arrive(now);
        break;
      case SERVICE_END: {
        busy--;
        while (head < line.length && !line[head]!.waiting) head++;
        if (head < line.length) startService(line[head++]!, now);
        if (head > 4096 && head * 2 > line.length) {
          line.splice(0, head);
          head = 0;
        }
        break;
      }
      case GIVE_UP: {
        const c = e.contact!;
        if (!c.waiting) break; // an agent took it first
        c.waiting = false;
        if (c.counted) lostContacts++;
        if (u() < p.retryProbability) {
          const at = now + exp(p.meanRetryDelaySeconds);
          if (at < end) events.push(at, RETRY, null);
          else if (c.counted) stillRetrying++;
        } else if (c.counted) {
          lostClients++;
        }
        break;
      }
    }
  }

  const windowDays = p.days - p.warmupDays;
  return {
    contactsPerDay: contacts / windowDays,
    servedPerDay: served / windowDays,
    lostContacts,
    lostClients,
    lostSales: lostClients * p.dealProbability * p.dealValue,
    meanWaitServed: served > 0 ? waitSum / served : NaN,
    deals,
    stillRetrying,
  };
}
