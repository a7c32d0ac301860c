/**
 * A progress bar on stderr, shown only when stderr is a terminal and the work has taken more
 * than half a second; it erases itself when done.
 */
export function progressBar(label: string): {
  update: (done: number, total: number, note?: number | string) => void;
  done: () => void;
} {
  const stream = process.stderr;
  const start = performance.now();
  let shown = false;
  return {
    update(done, total, note) {
      if (!stream.isTTY) return;
      const elapsed = (performance.now() - start) / 1000;
      if (!shown && elapsed < 0.5) return;
      shown = true;
      const width = 30;
      const filled = Math.round((done / total) * width);
      const left = done > 0 ? (elapsed / done) * (total - done) : 0;
      const extra = typeof note === "number" ? `  ${note} set-up(s) done` : note ? `  ${note}` : "";
      stream.write(
        `\r${label} [${"#".repeat(filled)}${".".repeat(width - filled)}] ${done}/${total}${extra}  ${left.toFixed(0)} s left `,
      );
    },
    done() {
      if (shown) stream.write("\r\x1b[K");
    },
  };
}
