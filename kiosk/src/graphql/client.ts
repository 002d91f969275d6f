import { ErrorCode, readApiErrorDetails, type ApiErrorDetails } from '@conduct-desk/shared'
import { config } from '@/config'
import { OFFLINE_COPY_HEADER } from '@/service-worker/offline-copy'
import type { TypedDocumentString } from './generated/graphql'

/**
 * The API answered, with an error: the details of the one error model (`ApiErrorDetails` of
 * `@conduct-desk/shared`, read from the first error's `extensions`, as the dashboard reads them).
 * The kiosk words each code and reason itself; `message` is the server's English, for logs only.
 */
export class ApiError extends Error {
  override readonly name = 'ApiError'
  readonly details: ApiErrorDetails
  constructor(
    message: string,
    readonly status: number,
    extensions: unknown = { code: ErrorCode.InternalServerError },
  ) {
    super(message)
    this.details = readApiErrorDetails(extensions)
  }

  get code(): ErrorCode {
    return this.details.code
  }

  /** `extensions.field` of a BAD_USER_INPUT: which input the server refused, when it says. */
  get field(): string | null {
    return this.details.field
  }

  get reason(): ApiErrorDetails['reason'] {
    return this.details.reason
  }
}

/** No answer at all: network down, server stopped, proxy without upstream, or too slow. */
export class ApiUnreachableError extends Error {
  override readonly name = 'ApiUnreachableError'
}

/** The request was dropped on purpose (the kiosk was wiped while it was in flight). */
export class ApiCancelledError extends Error {
  override readonly name = 'ApiCancelledError'
}

type VariablesArgument<V> = V extends Record<string, never> ? [variables?: V] : [variables: V]

/** The answer to a public read, and whether it was the enrolled kiosk's offline copy. */
export interface PublicRead<R> {
  readonly data: R
  /** Null for a fresh answer; when the network failed and the offline copy answered, when it was saved. */
  readonly offlineCopySavedAt: number | null
}

export interface GraphqlClient {
  /** Runs one operation and resolves with its data; rejects with one of the three errors above. */
  request<R, V>(document: TypedDocumentString<R, V>, ...variables: VariablesArgument<V>): Promise<R>
  /**
   * Runs a public query as a GET, the one kind of request the kiosk's service worker may keep a copy
   * of (and only for the queries it lists), so a kiosk still shows its event during a network cut.
   */
  read<R, V>(document: TypedDocumentString<R, V>, ...variables: VariablesArgument<V>): Promise<PublicRead<R>>
  /** Aborts every request in flight, so no answer can land in a store after a wipe. */
  cancelAll(): void
}

export interface GraphqlClientOptions {
  readonly endpoint: string
  readonly timeoutMs: number
}

interface GraphqlResponseBody {
  data?: unknown
  errors?: ReadonlyArray<{ message?: unknown; extensions?: unknown }>
}

// Statuses a reverse proxy answers when the API process behind it is down.
const GATEWAY_STATUSES = new Set([502, 503, 504])

function isResponseBody(value: unknown): value is GraphqlResponseBody {
  return typeof value === 'object' && value !== null && ('data' in value || 'errors' in value)
}

/** `query EventsDetail(…)` → `EventsDetail`: the worker decides what to keep by this name alone. */
function operationNameOf(text: string): string {
  return /\b(?:query|mutation|subscription)\s+([_A-Za-z][_0-9A-Za-z]*)/.exec(text)?.[1] ?? ''
}

export function createGraphqlClient(options: GraphqlClientOptions): GraphqlClient {
  const inFlight = new Set<AbortController>()

  async function send<R>(url: string, init: RequestInit): Promise<{ data: R; response: Response }> {
    const controller = new AbortController()
    let timedOut = false
    const timer = setTimeout(() => {
      timedOut = true
      controller.abort()
    }, options.timeoutMs)
    inFlight.add(controller)

    let response: Response
    let body: unknown
    try {
      response = await fetch(url, {
        ...init,
        credentials: 'same-origin',
        cache: 'no-store',
        signal: controller.signal,
      })
      body = await response.json().catch(() => undefined)
    } catch (cause) {
      if (controller.signal.aborted && !timedOut) {
        throw new ApiCancelledError('The request was cancelled', { cause })
      }
      throw new ApiUnreachableError(timedOut ? 'The API did not answer in time' : 'The API is unreachable', {
        cause,
      })
    } finally {
      clearTimeout(timer)
      inFlight.delete(controller)
    }

    if (!isResponseBody(body)) {
      if (GATEWAY_STATUSES.has(response.status)) {
        throw new ApiUnreachableError(`The API is unavailable (HTTP ${response.status})`)
      }
      throw new ApiError(`Unexpected answer (HTTP ${response.status})`, response.status)
    }
    const first = body.errors?.[0]
    if (first) {
      const message = typeof first.message === 'string' ? first.message : 'The API answered with an error'
      throw new ApiError(message, response.status, first.extensions)
    }
    if (body.data === undefined || body.data === null) {
      throw new ApiError('The API answered without data', response.status)
    }
    return { data: body.data as R, response }
  }

  async function request<R, V>(
    document: TypedDocumentString<R, V>,
    ...[variables]: VariablesArgument<V>
  ): Promise<R> {
    const { data } = await send<R>(options.endpoint, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json, application/json',
      },
      body: JSON.stringify({ query: document.toString(), variables: variables ?? {} }),
    })
    return data
  }

  async function read<R, V>(
    document: TypedDocumentString<R, V>,
    ...[variables]: VariablesArgument<V>
  ): Promise<PublicRead<R>> {
    const text = document.toString()
    const params = new URLSearchParams({
      operationName: operationNameOf(text),
      query: text,
      variables: JSON.stringify(variables ?? {}),
    })
    const { data, response } = await send<R>(`${options.endpoint}?${params.toString()}`, {
      method: 'GET',
      // Apollo's CSRF rule: a GET must show it is no simple cross-site request.
      headers: {
        'apollo-require-preflight': 'true',
        accept: 'application/graphql-response+json, application/json',
      },
    })
    const savedAt = Number(response.headers.get(OFFLINE_COPY_HEADER))
    return { data, offlineCopySavedAt: Number.isFinite(savedAt) && savedAt > 0 ? savedAt : null }
  }

  return {
    request,
    read,
    cancelAll() {
      for (const controller of inFlight) {
        controller.abort()
      }
      inFlight.clear()
    },
  }
}

/** The app's one client. Stores use it; the wipe cancels what it has in flight. */
export const graphqlClient: GraphqlClient = createGraphqlClient({
  endpoint: config.graphqlUrl,
  timeoutMs: config.requestTimeoutSeconds * 1000,
})
