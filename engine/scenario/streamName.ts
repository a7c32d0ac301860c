/** The name of an arrival stream: its own, or "<channel>-<segment>". Names seed its random streams. */
export function streamName(a: { name?: string | undefined; channel: string; segment: string }): string {
  return a.name ?? `${a.channel}-${a.segment}`;
}
