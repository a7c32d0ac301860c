import type { ScenarioIssue } from "../../../engine/index.js";

/**
 * Shows each problem beside its field: the element whose `data-path` is the problem's path, or
 * the nearest enclosing one drawn (a section not yet opened). Problems of the whole document go
 * to `fallback`. Clears the problems shown before.
 */
export function showIssues(form: HTMLElement, fallback: HTMLElement, issues: readonly ScenarioIssue[]): void {
  for (const e of form.querySelectorAll(".field-error")) e.textContent = "";
  for (const f of form.querySelectorAll(".field.invalid")) f.classList.remove("invalid");
  fallback.textContent = "";
  const byPath = new Map<string, HTMLElement>();
  for (const f of form.querySelectorAll<HTMLElement>("[data-path]")) byPath.set(f.dataset["path"]!, f);
  for (const issue of issues) {
    let path = issue.path;
    let field = byPath.get(path);
    while (field === undefined && path !== "") {
      path = path.replace(/(\[[^\]]*\]|\.?[^.[]+)$/, "");
      field = byPath.get(path);
    }
    const found = issue.found === undefined ? "" : `; found ${issue.found}`;
    const text = `${issue.path === "" ? "(document)" : issue.path}: ${issue.message}${found}`;
    const box = field === undefined ? fallback : field.querySelector<HTMLElement>(":scope > .field-error");
    if (field !== undefined) field.classList.add("invalid");
    if (box !== null) box.textContent = box.textContent === "" ? text : `${box.textContent}\n${text}`;
  }
}
