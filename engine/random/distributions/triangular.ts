import { z } from "zod";
import { toSeconds } from "../../time/index.js";
import { describedValue, type ValueField } from "./valueField.js";
import type { Sampler } from "./sampler.js";

export const triangularSchema = (value: ValueField) =>
  z.strictObject({
    kind: z.literal("triangular").meta({ options: { triangular: { ru: "Треугольное", en: "Triangular" } } }),
    min: describedValue(value, "The smallest value", { label: "Минимум", what: "Наименьшее значение" }),
    mode: describedValue(value, "The most likely value", { label: "Мода", what: "Самое вероятное значение" }),
    max: describedValue(value, "The largest value", { label: "Максимум", what: "Наибольшее значение" }),
  });

export function triangular(input: z.infer<ReturnType<typeof triangularSchema>>): Sampler {
  const a = toSeconds(input.min);
  const c = toSeconds(input.mode);
  const b = toSeconds(input.max);
  if (!(a <= c && c <= b && a < b)) {
    throw new RangeError(`triangular requires min <= mode <= max and min < max, found ${a}, ${c}, ${b} s`);
  }
  const split = (c - a) / (b - a);
  return {
    kind: "triangular",
    mean: (a + b + c) / 3,
    variance: (a * a + b * b + c * c - a * b - a * c - b * c) / 18,
    quantile: (u) => (u < split ? a + Math.sqrt(u * (b - a) * (c - a)) : b - Math.sqrt((1 - u) * (b - a) * (b - c))),
    lengthBiasedQuantile: (u) => {
      // ∫ x f(x) dx from a, in closed form on each side of the mode, inverted by bisection.
      const mean = (a + b + c) / 3;
      const left = (t: number) => (2 / ((b - a) * (c - a))) * ((t * t * t) / 3 - (a * t * t) / 2);
      const right = (t: number) => (2 / ((b - a) * (b - c))) * ((b * t * t) / 2 - (t * t * t) / 3);
      const partial = (x: number): number => {
        const upToMode = c > a ? left(Math.min(x, c)) - left(a) : 0;
        return x <= c ? upToMode : upToMode + right(x) - right(c);
      };
      let lo = a;
      let hi = b;
      for (let i = 0; i < 60; i++) {
        const mid = (lo + hi) / 2;
        if (partial(mid) / mean < u) lo = mid;
        else hi = mid;
      }
      return (lo + hi) / 2;
    },
  };
}
