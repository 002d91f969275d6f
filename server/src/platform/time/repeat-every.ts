/** A task run on a timer; `stop` ends it and waits for a run under way. */
export interface Repeating {
  stop(): Promise<void>
}

/**
 * Runs `task` every `intervalMs` of real time. A run never overlaps the previous one, a failure is
 * handed to `onError` and the next run still happens, and the timer never keeps the process alive.
 * Tasks read the time from the injected clock, so tests decide what is due by moving it.
 */
export function repeatEvery(
  intervalMs: number,
  task: () => Promise<void>,
  onError: (error: unknown) => void,
): Repeating {
  let running: Promise<void> | null = null
  const timer = setInterval(() => {
    running ??= task()
      .catch(onError)
      .finally(() => {
        running = null
      })
  }, intervalMs)
  timer.unref()
  return {
    async stop() {
      clearInterval(timer)
      await running
    },
  }
}
