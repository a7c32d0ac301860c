import { schemeTableau10 } from "d3";

/** The colour of a set-up wherever set-ups are drawn together: by its place in the file, so it keeps it from view to view. */
export function setUpColour(index: number): string {
  return schemeTableau10[index % schemeTableau10.length]!;
}
