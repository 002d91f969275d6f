import { readonly, shallowRef, type Ref } from 'vue'
import { ApiCancelledError } from './client'

/** What becomes of a request's outcome, while it is still wanted. */
export interface LatestRequestHandlers<T, R> {
  /** The answer. */
  land(data: T): R
  /** Its error (never the `ApiCancelledError` of a wipe). */
  fail(error: unknown): R
  /** Afterwards, either way (a flag such as "refreshing" goes down). */
  settle?(): void
}

/**
 * The stale-response guard: an answer lands only if its request is the latest. A store makes one,
 * and its `reset()` (which the wipe runs) calls `dropAll()`, so nothing a visitor asked for lands
 * after they have gone; so does a request that replaces the ones before it (another event, another
 * tap). The client's `cancelAll()` (also the wipe) rejects what is in flight with `ApiCancelledError`,
 * which lands nowhere either.
 */
export interface LatestRequest {
  /**
   * Sends `request`; `land` or `fail` hears the outcome only if no `dropAll()` came since. Resolves
   * with what the handler returned, or `undefined` for a dropped outcome.
   */
  send<T, R>(request: () => Promise<T>, handlers: LatestRequestHandlers<T, R>): Promise<R | undefined>
  /** A check that stays true until the next `dropAll()`, for answers that come some other way (polling). */
  track(): () => boolean
  /** Drops the outcome of every request on its way. */
  dropAll(): void
  /** Moves with each `dropAll()`: state tied to the requests on their way follows it (`useMutation`'s busy flag). */
  readonly generation: Readonly<Ref<number>>
}

export function useLatestRequest(): LatestRequest {
  const generation = shallowRef(0)

  function track(): () => boolean {
    const started = generation.value
    return () => started === generation.value
  }

  async function send<T, R>(
    request: () => Promise<T>,
    { land, fail, settle }: LatestRequestHandlers<T, R>,
  ): Promise<R | undefined> {
    const isLatest = track()
    try {
      const data = await request()
      return isLatest() ? land(data) : undefined
    } catch (error) {
      return isLatest() && !(error instanceof ApiCancelledError) ? fail(error) : undefined
    } finally {
      if (isLatest()) {
        settle?.()
      }
    }
  }

  return {
    send,
    track,
    dropAll() {
      generation.value++
    },
    generation: readonly(generation),
  }
}
