import { UsageError } from "./usageError.js";

/** Reads a whole-number flag, or the default when absent. */
export function intOption(value: string | undefined, flag: string, command: string, fallback: number): number;
export function intOption(value: string | undefined, flag: string, command: string, fallback: null): number | null;
export function intOption(
  value: string | undefined,
  flag: string,
  command: string,
  fallback: number | null,
): number | null {
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value.trim())) throw new UsageError(`--${flag} must be a whole number, found "${value}"`, command);
  return Number(value);
}

/** Reads a number flag, or the default when absent. */
export function numberOption(
  value: string | undefined,
  flag: string,
  command: string,
  fallback: number | null,
): number | null {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (value.trim() === "" || !Number.isFinite(n))
    throw new UsageError(`--${flag} must be a number, found "${value}"`, command);
  return n;
}

/** Reads a flag that must be one of a few words. */
export function choiceOption<T extends string>(
  value: string | undefined,
  flag: string,
  command: string,
  choices: readonly T[],
  fallback: T,
): T {
  if (value === undefined) return fallback;
  if (!(choices as readonly string[]).includes(value)) {
    throw new UsageError(`--${flag} must be one of ${choices.join(", ")}, found "${value}"`, command);
  }
  return value as T;
}
