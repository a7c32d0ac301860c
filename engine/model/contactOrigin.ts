/** Contacts by origin: started by the client, a cold call, a call to the base, a call back to a lead. */
export const ORIGIN = { client: 0, coldCall: 1, baseCall: 2, leadCall: 3 } as const;
export type ContactOrigin = (typeof ORIGIN)[keyof typeof ORIGIN];
