/** One traced event: [time in seconds, what happened, contact id, agent id, pool index] (-1: none). */
export type TraceEvent = [number, string, number, number, number];

/** Who a traced contact was: [contact id, client key, channel, segment, client status on arrival]. */
export type TraceContact = [number, string, string, string, string];

/** Collects the events of one replication, up to a cap, for following single clients. */
export class TraceRecorder {
  readonly events: TraceEvent[] = [];
  readonly contacts: TraceContact[] = [];
  truncated = false;

  /** Notes who a contact is (on its arrival, while the cap allows). */
  contact(id: number, client: string, channel: string, segment: string, status: string): void {
    if (this.events.length < this.maxEvents) this.contacts.push([id, client, channel, segment, status]);
  }

  constructor(private readonly maxEvents: number) {}

  record(time: number, what: string, contact: number, agent: number, pool: number): void {
    if (this.events.length >= this.maxEvents) {
      this.truncated = true;
      return;
    }
    this.events.push([time, what, contact, agent, pool]);
  }
}
