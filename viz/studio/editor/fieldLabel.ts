/** A field's label from its key: "repeatWalkIn" reads "Repeat walk in", a list item its name or number. */
export function fieldLabel(key: string | number, value?: unknown): string {
  if (typeof key === "number") {
    const name = value !== null && typeof value === "object" ? (value as { name?: unknown }).name : undefined;
    return typeof name === "string" ? name : `#${key + 1}`;
  }
  const words = key.replace(/([a-z0-9])([A-Z])/g, "$1 $2").toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
