/** Notebook 2. Hand clients from active to current sales after deal 1 or deal 2 (rule 4)? */
import { comparisonNotebook } from "./lib/comparisonNotebook.js";

await comparisonNotebook({
  name: "handover",
  title: "Hand over after deal 1 or deal 2?",
  question:
    "Active sales wins a client; should it hand the client to current sales after the first deal, or keep the client until the second (or until a representative first deal)?",
  experiment: "scenarios/experiments/handover.json",
  metrics: {
    "department.active sales.revenue": "active sales revenue",
    "department.current sales.revenue": "current sales revenue",
    "overall.dealsPerDay": "deals",
    "overall.revenuePerDay": "revenue",
    "money.profitPerDay": "profit",
  },
  chart: { metric: "overall.dealsPerDay", label: "deals per day" },
  sensitivity: {
    label: "a wider representative threshold",
    changes: [{ set: "handover.representativeValue", value: 150000 }],
  },
});
