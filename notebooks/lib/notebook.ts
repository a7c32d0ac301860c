import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { line, scaleLinear } from "d3";
import { writeFileAtomic } from "../../engine/node/files.js";

/**
 * Where a notebook writes: notebooks/out/<name>/ (full) or notebooks/out-quick/<name>/ (quick, for
 * CI). CLIENTFLOW_NOTEBOOKS_OUT=DIR writes under DIR instead (DIR/out-quick/<name>/), so that the
 * test compares a fresh run with the committed files without rewriting them.
 */
export function outputDir(
  name: string,
  quick: boolean,
  root = process.env["CLIENTFLOW_NOTEBOOKS_OUT"] || "notebooks",
): string {
  const dir = join(root, quick ? "out-quick" : "out", name);
  mkdirSync(dir, { recursive: true });
  return dir;
}

export const isQuick = (): boolean => process.argv.includes("--quick");

/** A markdown table. */
export function markdownTable(header: string[], rows: (string | number)[][]): string {
  const cell = (c: string | number) => String(c).replace(/\|/g, "\\|");
  return [
    `| ${header.map(cell).join(" | ")} |`,
    `|${header.map(() => "---").join("|")}|`,
    ...rows.map((r) => `| ${r.map(cell).join(" | ")} |`),
  ].join("\n");
}

export interface Series {
  name: string;
  points: { x: number; y: number; low?: number; high?: number }[];
  dashed?: boolean;
}

/**
 * A line chart as SVG text (d3 scales and line generator, no DOM): axes with ticks and labels,
 * one line per series, error bars where a point has low/high, a legend. Numbers are rounded to 3
 * decimals so the file is stable.
 */
export function lineChartSvg(title: string, xLabel: string, yLabel: string, series: Series[]): string {
  const width = 640;
  const height = 360;
  const m = { top: 36, right: 150, bottom: 48, left: 64 };
  const all = series.flatMap((s) => s.points);
  const x = scaleLinear()
    .domain([Math.min(...all.map((p) => p.x)), Math.max(...all.map((p) => p.x))])
    .range([m.left, width - m.right])
    .nice();
  const y = scaleLinear()
    .domain([0, Math.max(...all.map((p) => p.high ?? p.y))])
    .range([height - m.bottom, m.top])
    .nice();
  const r = (v: number) => Math.round(v * 1000) / 1000;
  const colors = ["#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b"];
  const parts = svgStart(width, height, title, m.left);
  for (const t of x.ticks(8)) {
    parts.push(
      `<line x1="${r(x(t))}" x2="${r(x(t))}" y1="${height - m.bottom}" y2="${height - m.bottom + 4}" stroke="#333"/>`,
    );
    parts.push(`<text x="${r(x(t))}" y="${height - m.bottom + 16}" text-anchor="middle">${r(t)}</text>`);
  }
  for (const t of y.ticks(6)) {
    parts.push(`<line x1="${m.left - 4}" x2="${width - m.right}" y1="${r(y(t))}" y2="${r(y(t))}" stroke="#ddd"/>`);
    parts.push(`<text x="${m.left - 8}" y="${r(y(t)) + 4}" text-anchor="end">${r(t)}</text>`);
  }
  parts.push(
    `<line x1="${m.left}" x2="${width - m.right}" y1="${height - m.bottom}" y2="${height - m.bottom}" stroke="#333"/>`,
  );
  parts.push(
    `<text x="${(m.left + width - m.right) / 2}" y="${height - 10}" text-anchor="middle">${escape(xLabel)}</text>`,
  );
  parts.push(
    `<text transform="translate(16,${(m.top + height - m.bottom) / 2}) rotate(-90)" text-anchor="middle">${escape(yLabel)}</text>`,
  );
  series.forEach((s, i) => {
    const color = colors[i % colors.length]!;
    const path = line<{ x: number; y: number }>()
      .x((p) => r(x(p.x)))
      .y((p) => r(y(p.y)))(s.points);
    parts.push(
      `<path d="${path}" fill="none" stroke="${color}" stroke-width="2"${s.dashed ? ' stroke-dasharray="5,4"' : ""}/>`,
    );
    for (const p of s.points) {
      parts.push(
        `<circle cx="${r(x(p.x))}" cy="${r(y(p.y))}" r="3" fill="${color}"><title>${escape(s.name)}: ${r(p.y)}</title></circle>`,
      );
      if (p.low !== undefined && p.high !== undefined) {
        parts.push(
          `<line x1="${r(x(p.x))}" x2="${r(x(p.x))}" y1="${r(y(p.low))}" y2="${r(y(p.high))}" stroke="${color}"/>`,
        );
      }
    }
    parts.push(`<rect x="${width - m.right + 12}" y="${m.top + i * 18 - 8}" width="12" height="3" fill="${color}"/>`);
    parts.push(`<text x="${width - m.right + 30}" y="${m.top + i * 18 - 3}">${escape(s.name)}</text>`);
  });
  parts.push("</svg>");
  return `${parts.join("\n")}\n`;
}

/**
 * A forest plot as SVG text: one row per set-up, its paired difference from the base as a dot and
 * its 95% interval as a line, with the zero line; rounded to 3 decimals for stable files.
 */
export function intervalChartSvg(
  title: string,
  label: string,
  items: { name: string; mean: number; low: number; high: number }[],
): string {
  const width = 640;
  const rowHeight = 26;
  const m = { top: 40, right: 30, bottom: 44, left: 230 };
  const height = m.top + m.bottom + rowHeight * items.length;
  const values = items.flatMap((i) => [i.low, i.high, 0]);
  const x = scaleLinear()
    .domain([Math.min(...values), Math.max(...values)])
    .range([m.left, width - m.right])
    .nice();
  const r = (v: number) => Math.round(v * 1000) / 1000;
  const parts = svgStart(width, height, title, 10);
  for (const t of x.ticks(6)) {
    parts.push(
      `<line x1="${r(x(t))}" x2="${r(x(t))}" y1="${m.top - 6}" y2="${height - m.bottom}" stroke="${t === 0 ? "#333" : "#ddd"}"/>`,
    );
    parts.push(`<text x="${r(x(t))}" y="${height - m.bottom + 16}" text-anchor="middle">${r(t)}</text>`);
  }
  parts.push(
    `<text x="${(m.left + width - m.right) / 2}" y="${height - 10}" text-anchor="middle">${escape(label)}</text>`,
  );
  items.forEach((it, i) => {
    const y = m.top + rowHeight * i + rowHeight / 2;
    const significant = it.low > 0 || it.high < 0;
    const color = significant ? "#d62728" : "#1f77b4";
    parts.push(`<text x="${m.left - 8}" y="${y + 4}" text-anchor="end">${escape(it.name)}</text>`);
    parts.push(
      `<line x1="${r(x(it.low))}" x2="${r(x(it.high))}" y1="${y}" y2="${y}" stroke="${color}" stroke-width="2"/>`,
    );
    parts.push(
      `<circle cx="${r(x(it.mean))}" cy="${y}" r="4" fill="${color}"><title>${escape(it.name)}: ${r(it.mean)} [${r(it.low)}, ${r(it.high)}]</title></circle>`,
    );
  });
  parts.push("</svg>");
  return `${parts.join("\n")}\n`;
}

function escape(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** Writes a notebook's files whole or not at all. */
export function writeOutputs(dir: string, files: Record<string, string>): void {
  for (const [name, text] of Object.entries(files)) writeFileAtomic(join(dir, name), text);
}

/** The opening of a figure: the svg element and its title at (`titleX`, 20). */
function svgStart(width: number, height: number, title: string, titleX: number): string[] {
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="sans-serif" font-size="11">`,
    `<text x="${titleX}" y="20" font-size="14" font-weight="bold">${escape(title)}</text>`,
  ];
}
