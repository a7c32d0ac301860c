/** What a contact is: a client's own contact (none), or a task that follows one. */
export const TASK = { none: 0, payment: 1, approval: 2, complaint: 3 } as const;
export type ContactTask = (typeof TASK)[keyof typeof TASK];
/** A task other than none: what `ContactFactory.task` creates. */
export type TaskKind = Exclude<ContactTask, typeof TASK.none>;
