import { el } from "../../app/dom.js";
import { current, type StudioState } from "../app/studioState.js";
import { download } from "../app/download.js";
import { textEl } from "../app/textEl.js";
import { changesBetween } from "../compare/changesBetween.js";
import { variantText } from "../compare/variantText.js";
import { studioText } from "../i18n/studioText.js";
import { resultsFileText } from "../run/resultsFileText.js";
import { checkScenario } from "../scenario/checkScenario.js";
import type { FormHost } from "./formHost.js";
import { GROUPS, otherFields } from "./groups.js";
import { scenarioJsonSchema } from "./jsonSchema.js";
import { addFieldButton, propertyField } from "./renderField.js";
import { showIssues } from "./showIssues.js";
import { withValueAt, type JsonPath } from "./valueAt.js";

/**
 * The scenario editor: the form generated from the scenario's JSON Schema in the business's
 * groups, the command line's field messages beside the fields as the user types, undo, and the
 * download of the scenario or of a variant with only the changes.
 */
export function editorPanel(o: { state: StudioState; changed: () => void }): {
  element: HTMLElement;
  redraw: () => void;
} {
  const { state } = o;
  const element = el("section", "studio-editor");
  const toolbar = el("div", "studio-toolbar");
  const undo = textEl("button", "undo", "undo", state.lang);
  const saveScenario = textEl("button", "download-scenario", "downloadScenario", state.lang);
  const saveVariant = textEl("button", "download-variant", "downloadVariant", state.lang);
  for (const b of [undo, saveScenario, saveVariant]) b.type = "button";
  const status = el("p", "studio-editor-status");
  status.setAttribute("role", "status");
  const documentProblems = el("p", "field-error document-problems");
  toolbar.append(undo, saveScenario, saveVariant, status);
  const form = el("div", "studio-form");
  element.append(toolbar, documentProblems, form);
  let lastEdited = "";
  const host: FormHost = {
    lang: state.lang,
    open: new Set(),
    edit(path, value) {
      const where = JSON.stringify(path);
      // Typing into one field is one step of undo, not one per key.
      if (where === lastEdited && state.history.length > 1) state.history.pop();
      state.history.push(withValueAt(current(state), path, value));
      lastEdited = where;
      check();
    },
    replace(path: JsonPath, value: unknown) {
      state.history.push(withValueAt(current(state), path, value));
      lastEdited = "";
      redraw();
    },
  };
  const check = () => {
    const checked = checkScenario(current(state));
    const issues = "issues" in checked ? checked.issues : [];
    showIssues(form, documentProblems, issues);
    const n = changesBetween(state.original, current(state)).length;
    status.textContent = [
      studioText(state.lang, "changes", { n }),
      ...(issues.length > 0 ? [studioText(state.lang, "invalid", { n: issues.length })] : []),
    ].join(" ");
    status.className = issues.length > 0 ? "studio-editor-status problem" : "studio-editor-status";
    undo.disabled = state.history.length <= 1;
    o.changed();
  };
  const redraw = () => {
    host.lang = state.lang;
    const schema = scenarioJsonSchema();
    const doc = current(state) as Record<string, unknown>;
    const props = schema.properties ?? {};
    // Each group shows its fields the scenario has, and "Add …" for those it lacks.
    const section = (key: Parameters<typeof textEl>[2], fields: readonly string[]) => {
      const box = el("fieldset", "studio-group");
      box.append(textEl("legend", "", key, state.lang));
      for (const f of fields) if (f in doc) box.append(propertyField(schema, doc, f, [], host));
      const absent = fields.filter((f) => !(f in doc) && f in props);
      if (absent.length > 0) {
        const adds = el("div", "add-fields");
        adds.append(...absent.map((f) => addFieldButton(schema, f, [], host)));
        box.append(adds);
      }
      return box;
    };
    form.replaceChildren(
      ...GROUPS.map((g) => section(g.key, g.fields)),
      section("group_other", otherFields([...new Set([...Object.keys(doc), ...Object.keys(props)])])),
    );
    check();
  };
  undo.addEventListener("click", () => {
    if (state.history.length > 1) state.history.pop();
    lastEdited = "";
    redraw();
  });
  saveScenario.addEventListener("click", () => download("scenario.json", resultsFileText(current(state))));
  saveVariant.addEventListener("click", () => {
    const name = (current(state) as { name?: unknown }).name;
    download(
      "variant.json",
      variantText(changesBetween(state.original, current(state)), typeof name === "string" ? name : "scenario"),
    );
  });
  redraw();
  return { element, redraw };
}
