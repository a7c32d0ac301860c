/** Notebook 3. Which option for the repeat walk-in, and which N and fines make the summon rule work? */
import { comparisonNotebook } from "./lib/comparisonNotebook.js";

await comparisonNotebook({
  name: "repeat-walk-in",
  title: "The repeat walk-in of a current-sales client",
  question:
    "A client registered with current sales walks into retail. Which of the four options loses the fewest sales and costs the least: (a) escort upstairs, (b) retail serves, (c) send upstairs alone, (d) summon a manager (rule 7)? Which N minutes and fines make the summon rule work?",
  experiment: "scenarios/experiments/repeat-walk-in.json",
  metrics: {
    "inbound.pAbandon": "abandonment",
    "channel.walk-in.meanWait": "walk-in wait (until served)",
    "overall.lostClientsPerDay": "lost clients",
    "overall.lostSalesPerDay": "lost sales (expected value)",
    "fines.total": "fines",
    "money.profitPerDay": "profit",
  },
  chart: { metric: "money.profitPerDay", label: "profit per day (RUB)" },
  sensitivity: {
    label: "walking between floors takes twice as long",
    changes: [
      { set: "walking.betweenFloors", value: { kind: "triangular", min: "80 s", mode: "2 min", max: "4 min" } },
    ],
  },
});
