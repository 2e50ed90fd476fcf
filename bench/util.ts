/** Wall time (ms) of an async function and the process's peak RSS (MiB) seen while it ran. */
export async function measure<T>(fn: () => Promise<T> | T): Promise<{ result: T; ms: number; peakRssMiB: number }> {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 5);
  const t0 = performance.now();
  try {
    const result = await fn();
    const ms = performance.now() - t0;
    peak = Math.max(peak, process.memoryUsage().rss);
    return { result, ms, peakRssMiB: peak / 2 ** 20 };
  } finally {
    clearInterval(timer);
  }
}
