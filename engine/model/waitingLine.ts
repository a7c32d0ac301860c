import type { Contact } from "./contact.js";

/**
 * The queue of one pool: first come, first served within priority classes, class 0 first.
 * A contact that leaves early (abandons, is lost at closing, moves to an overflow pool) is
 * marked not waiting and skipped when it reaches the front, so removal costs nothing. Each
 * entry carries the contact's count of joins at the time it joined; an entry whose count is no
 * longer the contact's (it left and joined this or another line since) is stale and skipped.
 */
export class WaitingLine {
  private readonly classes: Contact[][] = [];
  private readonly tickets: number[][] = [];
  private readonly heads: number[] = [];
  private readonly order: number[] = [];
  /** Contacts waiting now. */
  length = 0;

  push(contact: Contact): void {
    const p = contact.priority;
    if (this.classes[p] === undefined) {
      this.classes[p] = [];
      this.tickets[p] = [];
      this.heads[p] = 0;
      this.order.push(p);
      this.order.sort((a, b) => a - b);
    }
    contact.waiting = true;
    contact.lineTicket++;
    this.classes[p]!.push(contact);
    this.tickets[p]!.push(contact.lineTicket);
    this.length++;
  }

  /** Marks a waiting contact as gone (it is dropped when it reaches the front). */
  remove(contact: Contact): void {
    if (!contact.waiting) return;
    contact.waiting = false;
    this.length--;
  }

  /** Takes the first waiting contact of the best class, or undefined. */
  shift(): Contact | undefined {
    if (this.length === 0) return undefined;
    for (const p of this.order) {
      const list = this.classes[p]!;
      const tickets = this.tickets[p]!;
      let head = this.heads[p]!;
      while (head < list.length) {
        const c = list[head]!;
        const ticket = tickets[head++]!;
        if (c.waiting && c.lineTicket === ticket) {
          this.compact(p, head);
          c.waiting = false;
          this.length--;
          return c;
        }
      }
      this.compact(p, head);
    }
    return undefined;
  }

  /** Every waiting contact, in queue order. */
  *waitingContacts(): Generator<Contact> {
    for (const p of this.order) {
      const list = this.classes[p]!;
      const tickets = this.tickets[p]!;
      for (let i = this.heads[p]!; i < list.length; i++) {
        const c = list[i]!;
        if (c.waiting && c.lineTicket === tickets[i]) yield c;
      }
    }
  }

  private compact(p: number, head: number): void {
    const list = this.classes[p]!;
    const tickets = this.tickets[p]!;
    if (head === list.length) {
      list.length = 0;
      tickets.length = 0;
      head = 0;
    } else if (head > 1024 && head * 2 > list.length) {
      list.splice(0, head);
      tickets.splice(0, head);
      head = 0;
    }
    this.heads[p] = head;
  }
}
