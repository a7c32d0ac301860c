import { readdirSync } from "node:fs";
import { join } from "node:path";
import { readJsonFile } from "../files.js";
import { referenceMarkdown, type ShippedFile } from "./referenceMarkdown.js";
import type { JsonSchemaNode } from "./jsonSchemaNode.js";

/** The shipped JSON files of a folder of `scenarios/`, each with its own description (or name). */
export function shippedFiles(scenariosDir: string, folder: string): ShippedFile[] {
  const dir = join(scenariosDir, folder);
  return readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => {
      const data = readJsonFile(join(dir, f)) as { name?: unknown; description?: unknown };
      const description = typeof data.description === "string" ? data.description : String(data.name ?? "");
      return { path: `${folder}/${f}`, description };
    });
}

/** scenarios/REFERENCE.md as `npm run schema` writes it. */
export function shippedReference(scenariosDir: string, scenarioSchema: JsonSchemaNode): string {
  return referenceMarkdown({
    scenarioSchema,
    example: readJsonFile(join(scenariosDir, "default.json")),
    variants: shippedFiles(scenariosDir, "variants"),
    experiments: shippedFiles(scenariosDir, "experiments"),
  });
}
