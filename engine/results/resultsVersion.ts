export const RESULTS_FORMAT = "clientflow-results";
/** Bumped whenever a field changes meaning or shape; readers check it. Version 2: metrics are rows with columns. */
export const RESULTS_VERSION = 2;
