import { z } from "zod";
import type { SelectionPolicy } from "./selectionPolicy.js";

/**
 * The client's own manager takes the contact when free; otherwise the pool's usual policy picks
 * (the client does not wait for their manager).
 */
export function ownManagerFirst(otherwise: SelectionPolicy): SelectionPolicy {
  return {
    choose(idle, now, ownManager) {
      if (ownManager >= 0) {
        for (let i = 0; i < idle.length; i++) if (idle[i]!.id === ownManager) return i;
      }
      return otherwise.choose(idle, now, ownManager);
    },
  };
}

/** The words of the own-manager-first rule, wherever a choice names it (the schema, routing). */
export const OWN_MANAGER_FIRST_WORDS = {
  "own-manager-first": { ru: "Сначала свой менеджер", en: "Own manager first" },
} as const;

export const ownManagerFirstSchema = <T extends z.ZodType>(otherwise: T) =>
  z.strictObject({
    kind: z.literal("own-manager-first").meta({ options: OWN_MANAGER_FIRST_WORDS }),
    otherwise: otherwise.meta({
      description: "The policy used when the own manager is busy or absent.",
      ru: { label: "Иначе", description: "Правило выбора, когда свой менеджер занят или его нет на смене." },
    }),
  });
