import text from "../../../scenarios/default.json?raw";

/** The shipped default company (scenarios/default.json), bundled into the page. */
export const DEFAULT_SCENARIO_TEXT: string = text;
/** Its file name, as variants name their base ("../default.json"). */
export const DEFAULT_SCENARIO_NAME = "default.json";
