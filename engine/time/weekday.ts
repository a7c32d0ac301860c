/** Days of the week, Monday first, as scenario files name them. */
export const WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export const SECONDS_PER_DAY = 86400;
