/** A command line that cannot be carried out as written: printed with the usage hint, exit code 2. */
export class UsageError extends Error {
  override name = "UsageError";
  constructor(
    message: string,
    readonly command: string,
  ) {
    super(message);
  }
}
