import { ErrorCode } from '@conduct-desk/shared'
import { ref, shallowRef, type Ref, type ShallowRef } from 'vue'
import { NETWORK_ERROR, execute, toApiError, type ApiError } from './client'
import type { TypedDocumentString } from './generated/graphql'
import { useLatestRequest } from './use-latest-request'

export interface QueryState<TResult> {
  readonly data: ShallowRef<TResult | null>
  readonly error: ShallowRef<ApiError | null>
  readonly isLoading: Ref<boolean>
  /** Runs the query again, e.g. from a "Try again" button; keeps the old data while it runs. */
  refetch(): Promise<void>
}

type VariablesArgs<TVariables> = TVariables extends Record<string, never> ? [] : [variables: TVariables]

/**
 * Runs a typed query as soon as the component sets up, and exposes its answer reactively. Server data
 * lives here, per page, not in stores (STYLE §9.3); a page that opens again asks again. When a poll
 * and a "Try again" overlap, only the later answer lands.
 */
export function useQuery<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  ...variables: VariablesArgs<TVariables>
): QueryState<TResult> {
  const data = shallowRef<TResult | null>(null)
  const error = shallowRef<ApiError | null>(null)
  const isLoading = ref(false)
  const latest = useLatestRequest()

  async function refetch(): Promise<void> {
    isLoading.value = true
    error.value = null
    await latest.run(
      () => execute(document, ...variables),
      answer => {
        data.value = answer
        isLoading.value = false
      },
      caught => {
        error.value = toApiError(caught)
        isLoading.value = false
      },
    )
  }

  void refetch()
  return { data, error, isLoading, refetch }
}

/** What a page tells the person when its query failed, in the three ways they can act on. */
export function loadProblem(error: ApiError | null): 'network' | 'not-found' | 'other' | null {
  if (error === null) {
    return null
  }
  if (error.code === NETWORK_ERROR) {
    return 'network'
  }
  return error.code === ErrorCode.NotFound || error.code === ErrorCode.Forbidden ? 'not-found' : 'other'
}
