import { el } from "../../app/dom.js";

/** A progress bar with a line of status text under it. */
export interface ProgressBox {
  element: HTMLElement;
  show(done: number, total: number, text: string): void;
  say(text: string, problem?: boolean): void;
}

export function progressBox(): ProgressBox {
  const element = el("div", "studio-progress");
  const bar = el("progress");
  bar.hidden = true;
  const status = el("p", "studio-status");
  status.setAttribute("role", "status");
  element.append(bar, status);
  return {
    element,
    show(done, total, text) {
      bar.hidden = false;
      bar.max = total;
      bar.value = done;
      status.className = "studio-status";
      status.textContent = text;
    },
    say(text, problem = false) {
      status.className = problem ? "studio-status problem" : "studio-status";
      status.textContent = text;
    },
  };
}
