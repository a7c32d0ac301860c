/** One traced event: [time in seconds, what happened, contact id, agent id, pool index] (-1: none). */
export type TraceEvent = [number, string, number, number, number];

/** Collects the events of one replication, up to a cap, for following single clients. */
export class TraceRecorder {
  readonly events: TraceEvent[] = [];
  truncated = false;

  constructor(private readonly maxEvents: number) {}

  record(time: number, what: string, contact: number, agent: number, pool: number): void {
    if (this.events.length >= this.maxEvents) {
      this.truncated = true;
      return;
    }
    this.events.push([time, what, contact, agent, pool]);
  }
}
