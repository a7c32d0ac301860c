/**
 * Why a worker refuses work of another engine version, or null when it can take it. Results
 * depend on the engine, so a replication is only ever computed by the version that asked for it.
 */
export function versionRefusal(needed: string, mine: string): string | null {
  return needed === mine ? null : `needs engine ${needed}, this worker runs engine ${mine}: refused`;
}
