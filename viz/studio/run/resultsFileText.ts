/** The text of a results file as the command line writes it: JSON indented by one space, and a newline. */
export function resultsFileText(results: unknown): string {
  return `${JSON.stringify(results, null, 1)}\n`;
}
