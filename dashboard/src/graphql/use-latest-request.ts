/**
 * The stale-response guard: when requests for the same thing overlap (a poll and a click, the page
 * moved to another event, a reconnection), only the latest one's answer may land. Works in
 * components and in Pinia stores alike (it holds no Vue state).
 */
export interface LatestRequest {
  /**
   * Starts a request.
   * @returns its check: true while no later request started and nothing was dropped since
   */
  begin(): () => boolean
  /** Drops every request started so far (sign-out, another event): their answers land nowhere. */
  drop(): void
  /**
   * Runs `request` as the latest; `land` gets its answer and `fail` its error, each only if it is
   * still the latest when it settles. What `land` throws goes to `fail` the same way.
   */
  run<T>(request: () => Promise<T>, land: (answer: T) => void, fail?: (error: unknown) => void): Promise<void>
}

export function useLatestRequest(): LatestRequest {
  let generation = 0
  function begin(): () => boolean {
    const mine = ++generation
    return () => mine === generation
  }
  return {
    begin,
    drop() {
      generation += 1
    },
    async run(request, land, fail) {
      const isLatest = begin()
      try {
        const answer = await request()
        if (isLatest()) {
          land(answer)
        }
      } catch (error) {
        if (isLatest()) {
          fail?.(error)
        }
      }
    },
  }
}
