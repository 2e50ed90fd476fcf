/**
 * Wall time (ms), CPU time of this process (ms, user + system, all threads: the figure least
 * disturbed when other processes share the cores) and the process's peak RSS (MiB) seen while an
 * async function ran.
 */
export async function measure<T>(fn: () => Promise<T> | T): Promise<{ result: T; ms: number; cpuMs: number; peakRssMiB: number }> {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 5);
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  try {
    const result = await fn();
    const ms = performance.now() - t0;
    const cpu = process.cpuUsage(cpu0);
    peak = Math.max(peak, process.memoryUsage().rss);
    return { result, ms, cpuMs: (cpu.user + cpu.system) / 1000, peakRssMiB: peak / 2 ** 20 };
  } finally {
    clearInterval(timer);
  }
}
