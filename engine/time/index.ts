export { toSeconds, DURATION_PATTERN, type DurationInput } from "./duration.js";
export { clockToSeconds, secondsToClock, CLOCK_TIME_PATTERN } from "./clockTime.js";
export { WEEKDAYS, SECONDS_PER_DAY, type Weekday } from "./weekday.js";
export { Calendar, type CalendarSpec, type OpeningHours } from "./calendar.js";
export { durationField } from "./durationField.js";
