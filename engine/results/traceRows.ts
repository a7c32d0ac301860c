/** One traced event: [time in seconds, what happened, contact id, agent id, pool index] (-1: none). */
export type TraceEvent = [number, string, number, number, number];

/** Who a traced contact was: [contact id, client key, channel, segment, client status on arrival]. */
export type TraceContact = [number, string, string, string, string];
