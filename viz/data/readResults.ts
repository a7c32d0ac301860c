import type { z } from "zod";
import type { Results } from "./results.js";
import { experimentFile, RESULTS_FORMAT, RESULTS_VERSION, runFile, staffingFile } from "./resultsSchema.js";

/** Why a file could not be read: a message key of the interface and what was found. */
export interface ReadProblem {
  problem: "notJson" | "notResults" | "wrongVersion" | "unknownKind" | "invalid" | "network";
  detail: string;
}

export type ReadOutcome = { ok: true; results: Results } | { ok: false; error: ReadProblem };

/** Reads the text of a results file: checks format, version and shape, and normalises both kinds. */
export function readResults(text: string): ReadOutcome {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return fail("notJson", e instanceof Error ? e.message : String(e));
  }
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
    return {
      ok: true,
      results: {
        kind: "run",
        title: r.scenario.name,
        seed: r.seed,
        replications: r.replications,
        engineVersion: r.engine.version,
        currency: r.scenario.currency,
        setUps: [
          {
            name: r.scenario.name,
            hash: r.scenario.hash,
            description: "",
            definition: r.scenario.definition,
            observation: r.observation,
            metrics: r.metrics,
            replicationValues: r.replicationValues,
          },
        ],
        differences: null,
        narrowing: null,
        failures: [],
        shownMetrics: null,
        trace: r.trace,
        plan: null,
      },
    };
  }
  if (head.kind === "experiment") {
    const parsed = experimentFile.safeParse(raw);
    if (!parsed.success) return fail("invalid", firstIssue(parsed.error));
    const r = parsed.data;
    const base = r.setUps[0]!;
    const currency = base.scenario.currency ?? base.scenario.definition["currency"];
    return {
      ok: true,
      results: {
        kind: "experiment",
        title: r.name,
        seed: r.seed,
        replications: r.replications,
        engineVersion: r.engine.version,
        currency: typeof currency === "string" ? currency : "",
        setUps: r.setUps.map((s) => ({
          name: s.name,
          hash: s.scenario.hash,
          description: s.description ?? "",
          definition: s.scenario.definition,
          observation: s.observation,
          metrics: s.metrics,
          replicationValues: s.replicationValues,
        })),
        differences: r.differences,
        narrowing: r.narrowing ?? null,
        failures: r.failures ?? [],
        shownMetrics: r.shownMetrics,
        trace: null,
        plan: null,
      },
    };
  }
  if (head.kind === "staffing") {
    const parsed = staffingFile.safeParse(raw);
    if (!parsed.success) return fail("invalid", firstIssue(parsed.error));
    const r = parsed.data;
    return {
      ok: true,
      results: {
        kind: "staffing",
        title: r.name,
        seed: r.seed,
        replications: r.check.replications,
        engineVersion: r.engine.version,
        currency: r.scenario.currency ?? "",
        setUps: [],
        differences: null,
        narrowing: null,
        failures: [],
        shownMetrics: null,
        trace: null,
        plan: { mode: r.mode, method: r.method, pools: r.pools, check: r.check },
      },
    };
  }
  return fail("unknownKind", describe(head.kind));
}

function fail(problem: ReadProblem["problem"], detail: string): ReadOutcome {
  return { ok: false, error: { problem, detail } };
}

function describe(v: unknown): string {
  if (v === undefined) return "nothing";
  return typeof v === "string" ? JSON.stringify(v) : String(v);
}

function firstIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (issue === undefined) return "";
  const path = issue.path.map((p) => (typeof p === "number" ? `[${p}]` : `.${String(p)}`)).join("");
  return `${path.replace(/^\./, "") || "(file)"}: ${issue.message}`;
}
