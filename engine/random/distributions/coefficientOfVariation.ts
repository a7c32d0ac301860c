import { z } from "zod";

/** The coefficient of variation of a distribution given by its mean and CV (gamma, lognormal). */
export const coefficientOfVariation = () =>
  z
    .number()
    .min(0.01)
    .max(10)
    .meta({
      description:
        "Coefficient of variation: standard deviation / mean, from 0.01 (use deterministic below) to 10 (beyond, the draws are no longer accurate).",
      ru: {
        label: "Коэффициент вариации",
        description:
          "Коэффициент вариации: стандартное отклонение / среднее, от 0.01 (меньше — берите `deterministic`) до 10 (больше — розыгрыш уже неточен).",
      },
      en: { label: "CV (coefficient of variation)" },
    });
