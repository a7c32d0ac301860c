/**
 * The factor on a summoned manager's reaction time that a fine for lateness gives (an
 * assumption, stated in the scenario): 1 - maxCut x (1 - exp(-fine / (hourly pay x payHours))).
 * No fine: 1; a fine of payHours hours of pay: 1 - 0.63 maxCut; a very large fine: 1 - maxCut.
 * Staff paid nothing feel any fine fully.
 */
export function reactionFactor(fine: number, hourlyPay: number, maxCut: number, payHours: number): number {
  if (!(fine > 0)) return 1;
  const scale = hourlyPay * payHours;
  const felt = scale > 0 ? 1 - Math.exp(-fine / scale) : 1;
  return 1 - maxCut * felt;
}
