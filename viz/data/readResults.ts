import type { z } from "zod";
import type { Results, SetUp } from "./results.js";
import {
  experimentReferenceProblem,
  runReferenceProblem,
  staffingReferenceProblem,
  type ReferenceProblem,
} from "./resultsReferences.js";
import {
  CALIBRATION_FORMAT,
  CALIBRATION_VERSION,
  calibrationReport,
  experimentFile,
  ownKeysOnly,
  RESULTS_FORMAT,
  RESULTS_VERSION,
  RowIndex,
  runFile,
  staffingFile,
  type DifferenceRow,
  type MetricRowData,
} from "../../engine/results/index.js";

/** Why a file could not be read: a message key of the interface and what was found. */
export interface ReadProblem {
  problem:
    "notJson" | "notResults" | "wrongVersion" | "wrongCalibrationVersion" | "unknownKind" | "invalid" | "network";
  detail: string;
}

export type ReadOutcome = { ok: true; results: Results } | { ok: false; error: ReadProblem };

/**
 * Reads the text of a results file: checks format, version, shape (every number finite and
 * bounded, rows of known scopes and measures) and the references between its sections, and
 * normalises the kinds. A calibration report (`clientflow calibrate --report`) is read by its own
 * schema. A file of another version is refused with how to make one of this version. Records keyed by set-up come without a prototype; rows are found by their columns.
 */
export function readResults(text: string): ReadOutcome {
  let raw: unknown;
  try {
    // A leading byte-order mark (some editors on Windows write one) is not part of the JSON.
    raw = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (e) {
    return fail("notJson", e instanceof Error ? e.message : String(e));
  }
  if (typeof raw === "object" && raw !== null && (raw as { format?: unknown }).format === CALIBRATION_FORMAT)
    return readCalibration(raw as { version?: unknown });
  if (typeof raw !== "object" || raw === null || (raw as { format?: unknown }).format !== RESULTS_FORMAT) {
    const found = typeof raw === "object" && raw !== null ? (raw as { format?: unknown }).format : typeof raw;
    return fail("notResults", describe(found));
  }
  const head = raw as { version?: unknown; kind?: unknown };
  if (head.version !== RESULTS_VERSION) return fail("wrongVersion", describe(head.version));
  if (head.kind === "run") {
    const parsed = runFile.safeParse(raw);
    if (!parsed.success) return fail("invalid", firstIssue(parsed.error));
    const r = parsed.data;
    const broken = runReferenceProblem(r);
    if (broken !== null) return fail("invalid", referenceIssue(broken));
    return {
      ok: true,
      results: {
        ...nothingElse(),
        kind: "run",
        title: r.scenario.name,
        seed: r.seed,
        replications: r.replications,
        engineVersion: r.engine.version,
        currency: r.scenario.currency,
        setUps: [setUpOf({ ...r, name: r.scenario.name })],
        trace: r.trace,
      },
    };
  }
  if (head.kind === "experiment") {
    const parsed = experimentFile.safeParse(raw);
    if (!parsed.success) return fail("invalid", firstIssue(parsed.error));
    const r = parsed.data;
    const broken = experimentReferenceProblem(r);
    if (broken !== null) return fail("invalid", referenceIssue(broken));
    const base = r.setUps[0]!;
    const currency = base.scenario.currency ?? base.scenario.definition["currency"];
    return {
      ok: true,
      results: {
        ...nothingElse(),
        kind: "experiment",
        title: r.name,
        seed: r.seed,
        replications: r.replications,
        engineVersion: r.engine.version,
        currency: typeof currency === "string" ? currency : "",
        setUps: r.setUps.map(setUpOf),
        differences: ownKeysOnly(
          Object.fromEntries(
            Object.entries(r.differences).map(([name, rows]) => [
              name,
              new RowIndex<DifferenceRow>(rows as DifferenceRow[]),
            ]),
          ),
        ),
        narrowing: r.narrowing ?? null,
        failures: r.failures ?? [],
        shownMetrics: r.shownMetrics as Results["shownMetrics"],
        ranking: r.ranking ?? null,
        pairs: r.pairs ?? null,
        sensitivity: r.sensitivity ?? null,
      },
    };
  }
  if (head.kind === "staffing") {
    const parsed = staffingFile.safeParse(raw);
    if (!parsed.success) return fail("invalid", firstIssue(parsed.error));
    const r = parsed.data;
    const broken = staffingReferenceProblem(r);
    if (broken !== null) return fail("invalid", referenceIssue(broken));
    return {
      ok: true,
      results: {
        ...nothingElse(),
        kind: "staffing",
        title: r.name,
        seed: r.seed,
        replications: r.check.replications,
        engineVersion: r.engine.version,
        currency: r.scenario.currency ?? "",
        plan: { mode: r.mode, method: r.method, pools: r.pools, check: r.check },
      },
    };
  }
  return fail("unknownKind", describe(head.kind));
}

/** A calibration report: its sources, rates, fits, patience and deals, shown as they are. */
function readCalibration(raw: { version?: unknown }): ReadOutcome {
  if (raw.version !== CALIBRATION_VERSION) return fail("wrongCalibrationVersion", describe(raw.version));
  const parsed = calibrationReport.safeParse(raw);
  if (!parsed.success) return fail("invalid", firstIssue(parsed.error));
  const r = parsed.data;
  return {
    ok: true,
    results: {
      ...nothingElse(),
      kind: "calibration",
      title: r.scenario.name,
      seed: "",
      replications: 0,
      engineVersion: r.engine.version,
      currency: "",
      calibration: r,
    },
  };
}

/** The parts a kind of file does not have. */
function nothingElse(): Pick<
  Results,
  | "setUps"
  | "differences"
  | "narrowing"
  | "failures"
  | "shownMetrics"
  | "ranking"
  | "pairs"
  | "sensitivity"
  | "trace"
  | "plan"
  | "calibration"
> {
  return {
    setUps: [],
    differences: null,
    narrowing: null,
    failures: [],
    shownMetrics: null,
    ranking: null,
    pairs: null,
    sensitivity: null,
    trace: null,
    plan: null,
    calibration: null,
  };
}

/** A scenario as run, from a run file or one set-up of an experiment. */
function setUpOf(s: {
  name: string;
  description?: string | undefined;
  scenario: { hash: string; definition: SetUp["definition"] };
  observation: SetUp["observation"];
  metrics: readonly unknown[];
}): SetUp {
  const metrics = s.metrics as MetricRowData[];
  return {
    name: s.name,
    hash: s.scenario.hash,
    description: s.description ?? "",
    definition: s.scenario.definition,
    observation: s.observation,
    metrics,
    rows: new RowIndex(metrics),
  };
}

function fail(problem: ReadProblem["problem"], detail: string): ReadOutcome {
  return { ok: false, error: { problem, detail } };
}

/** A value found, for a message in either language: JSON text, or a dash when there is none. */
function describe(v: unknown): string {
  if (v === undefined) return "—";
  return typeof v === "string" ? JSON.stringify(v) : String(v);
}

function referenceIssue(p: ReferenceProblem): string {
  return `${p.path}: expected ${p.message}`;
}

function firstIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (issue === undefined) return "";
  const path = issue.path.map((p) => (typeof p === "number" ? `[${p}]` : `.${String(p)}`)).join("");
  // A bad record key: say what was wrong with the key rather than "Invalid key in record".
  const message = issue.code === "invalid_key" ? (issue.issues[0]?.message ?? issue.message) : issue.message;
  return `${path.replace(/^\./, "") || "(file)"}: ${message}`;
}
