/** Notebook 3. Which option for the repeat walk-in, and which N and fines make the summon rule work? */
import { comparisonNotebook } from "./lib/comparisonNotebook.js";

await comparisonNotebook({
  name: "repeat-walk-in",
  title: "The repeat walk-in of a current-sales client",
  question:
    "A client registered with current sales walks into retail. Which of the four options loses the fewest sales and costs the least: (a) escort upstairs, (b) retail serves, (c) send upstairs alone, (d) summon a manager (rule 7)? Which N minutes and fines make the summon rule work?",
  experiment: "scenarios/experiments/repeat-walk-in.json",
  metrics: [
    { row: { scope: "inbound", measure: "pAbandon" }, words: "abandonment" },
    { row: { scope: "channel", subject: "walk-in", measure: "meanWait" }, words: "walk-in wait (until served)" },
    { row: { scope: "overall", measure: "lostClientsPerDay" }, words: "lost clients" },
    { row: { scope: "overall", measure: "lostSalesPerDay" }, words: "lost sales (expected value)" },
    { row: { scope: "fines", measure: "fines" }, words: "fines" },
    { row: { scope: "money", measure: "profitPerDay" }, words: "profit" },
  ],
  chart: { metric: { scope: "money", measure: "profitPerDay" }, label: "profit per day (RUB)" },
});
