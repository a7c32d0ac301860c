/** Creates an element with a class and optional text (always as text, never as HTML). */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className = "",
  text?: string,
): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (className !== "") e.className = className;
  if (text !== undefined) e.textContent = text;
  return e;
}

/** A labelled <select> whose options are [value, text] pairs; calls `onChange` with the chosen value. */
export function select(
  label: string,
  options: [string, string][],
  value: string,
  onChange: (value: string) => void,
  name: string,
): HTMLLabelElement {
  const wrap = el("label", `control ${name}`);
  wrap.append(el("span", "", `${label}: `));
  const s = el("select");
  s.name = name;
  for (const [v, text] of options) {
    const o = el("option", "", text);
    o.value = v;
    s.append(o);
  }
  s.value = value;
  s.addEventListener("change", () => onChange(s.value));
  wrap.append(s);
  return wrap;
}
