/** Signals that end a command run from a terminal or a supervisor: Ctrl-C, kill, a closed terminal. */
const SIGNALS: NodeJS.Signals[] = ["SIGINT", "SIGTERM", "SIGHUP"];

/**
 * Run `cleanup` (synchronous: remove temporary files) if the process is interrupted by SIGINT, SIGTERM
 * or SIGHUP, then raise the signal again, so that the process still ends as the signal says (exit
 * status 128 + signal number in a shell). Returns the function that removes this again once the work
 * is done; call it in a `finally`. (SIGKILL cannot be caught: what it interrupts stays.)
 */
export function cleanUpOnInterrupt(cleanup: () => void): () => void {
  const onSignal = (signal: NodeJS.Signals) => {
    off();
    cleanup();
    process.kill(process.pid, signal);
  };
  const off = () => SIGNALS.forEach((s) => process.off(s, onSignal));
  SIGNALS.forEach((s) => process.on(s, onSignal));
  return off;
}
