import type { ApiErrorDetails } from '@conduct-desk/shared'
import { computed, shallowRef, type ComputedRef } from 'vue'
import { ApiError } from './client'
import { problemOf, type ProblemWords, type RequestProblem } from './problem-of'
import type { LatestRequest } from './use-latest-request'

export interface MutationDefinition<A extends unknown[], D, R, P extends string> {
  /** The store's stale-response guard: its `reset()` drops what is on its way. */
  readonly latest: LatestRequest
  /** The request (one `graphqlClient.request`). */
  readonly send: (...args: A) => Promise<D>
  /** The answer lands in the store; what it returns is what the caller hears. */
  readonly land: (data: D, ...args: A) => R
  /** The screen's word for each error the server may give. */
  readonly problems: ProblemWords<P>
  /** Also told of a problem, with the error's details when the server answered (the field it names). */
  readonly onProblem?: (
    problem: NoInfer<P> | RequestProblem,
    details: ApiErrorDetails | null,
    ...args: A
  ) => void
}

export interface Mutation<A extends unknown[], R, P extends string> {
  /** A request is on its way, and still wanted. */
  readonly isBusy: ComputedRef<boolean>
  /**
   * Sends it, one at a time: a call while one is on its way is refused as `failed` (screens disable
   * their button meanwhile). Resolves with what `land` returned, or the problem; an answer that
   * comes after a wipe lands nowhere and resolves as `failed`.
   */
  run(...args: A): Promise<R | P | RequestProblem>
}

/** One mutation of a store: the busy guard, the stale-response guard and the screen's problem words. */
export function useMutation<A extends unknown[], D, R, P extends string>(
  definition: MutationDefinition<A, D, R, P>,
): Mutation<A, R, P> {
  const { latest, send, land, problems, onProblem } = definition
  // The generation the request on its way started in: a reset moves on, so the store is not busy.
  const busyIn = shallowRef<number | null>(null)
  const isBusy = computed(() => busyIn.value === latest.generation.value)

  async function run(...args: A): Promise<R | P | RequestProblem> {
    if (isBusy.value) {
      return 'failed'
    }
    busyIn.value = latest.generation.value
    const outcome = await latest.send<D, R | P | RequestProblem>(() => send(...args), {
      land: data => land(data, ...args),
      fail: error => {
        const problem = problemOf(error, problems)
        onProblem?.(problem, error instanceof ApiError ? error.details : null, ...args)
        return problem
      },
      settle: () => {
        busyIn.value = null
      },
    })
    return outcome === undefined ? 'failed' : outcome
  }

  return { isBusy, run }
}
