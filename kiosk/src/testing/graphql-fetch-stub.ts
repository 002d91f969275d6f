import { vi } from 'vitest'
import { OFFLINE_COPY_HEADER } from '@/service-worker/offline-copy'

/** What a stubbed API does for one operation: answer a body, fail like the network, or never answer. */
export type GraphqlAnswer =
  | {
      readonly body: unknown
      readonly status?: number
      readonly offlineCopySavedAt?: number
      /** The answer waits for this (a request still on its way when the test wipes the kiosk). */
      readonly until?: Promise<void>
    }
  | { readonly networkError: true }
  | { readonly pending: true }

export type GraphqlResponder = (operationName: string, variables: Record<string, unknown>) => GraphqlAnswer

export const offline: GraphqlAnswer = { networkError: true }

/** An answer that never comes (until the request is aborted, as the wipe does). */
export const pending: GraphqlAnswer = { pending: true }

export function answer(data: unknown): GraphqlAnswer {
  return { body: { data } }
}

/** `data`, once the test calls `release()`; a request aborted before that (the wipe) fails as aborted. */
export function heldAnswer(data: unknown): { answer: GraphqlAnswer; release: () => void } {
  let release!: () => void
  const until = new Promise<void>(resolve => (release = resolve))
  return { answer: { body: { data }, until }, release }
}

/** The enrolled kiosk's service worker answering from its offline copy, saved at `savedAt` (epoch ms). */
export function offlineCopy(data: unknown, savedAt: number): GraphqlAnswer {
  return { body: { data }, offlineCopySavedAt: savedAt }
}

interface SentOperation {
  readonly query: string
  readonly variables: Record<string, unknown>
}

/** The operation a request carries: in the JSON body of a POST, or in the address of a GET (public reads). */
export function sentOperation(url: string, init: RequestInit | undefined): SentOperation {
  if (init?.method === 'GET') {
    const params = new URL(url, 'http://kiosk.test').searchParams
    return {
      query: params.get('query') ?? '',
      variables: JSON.parse(params.get('variables') ?? '{}') as Record<string, unknown>,
    }
  }
  const request = JSON.parse(String(init?.body)) as { query: string; variables?: Record<string, unknown> }
  return { query: request.query, variables: request.variables ?? {} }
}

export function graphqlError(
  code: string,
  message = 'Refused',
  extensions: Record<string, unknown> = {},
): GraphqlAnswer {
  return { body: { data: null, errors: [{ message, extensions: { ...extensions, code } }] } }
}

/**
 * Replaces `fetch` with a fake GraphQL endpoint: the only external the kiosk tests mock. Returns the
 * mock so a test can count calls or switch answers (e.g. go offline mid-test).
 */
export function stubGraphqlFetch(respond: GraphqlResponder) {
  const fetchMock = vi.fn(async (url: string, init?: RequestInit) => {
    const request = sentOperation(url, init)
    const operationName = /(?:query|mutation)\s+(\w+)/.exec(request.query)?.[1] ?? ''
    const result = respond(operationName, request.variables)
    if ('networkError' in result) {
      throw new TypeError('Failed to fetch')
    }
    const until = 'pending' in result ? null : result.until
    if (until !== undefined) {
      // Pending (`null`: never) or held: only an abort (the wipe) or the test's release ends the wait.
      await new Promise<void>((resolve, reject) => {
        init?.signal?.addEventListener('abort', () => reject(new DOMException('Aborted', 'AbortError')))
        void until?.then(resolve)
      })
    }
    if ('pending' in result) {
      throw new Error('A pending answer never comes')
    }
    return new Response(JSON.stringify(result.body), {
      status: result.status ?? 200,
      headers: {
        'content-type': 'application/json',
        ...(result.offlineCopySavedAt === undefined
          ? {}
          : { [OFFLINE_COPY_HEADER]: String(result.offlineCopySavedAt) }),
      },
    })
  })
  vi.stubGlobal('fetch', fetchMock)
  return fetchMock
}

/** `fallback`, except for the operations named in `overrides`, which answer as given there. */
export function withOverrides(
  overrides: Partial<Record<string, GraphqlResponder>>,
  fallback: GraphqlResponder,
): GraphqlResponder {
  return (operationName, variables) => {
    const override = overrides[operationName]
    return override ? override(operationName, variables) : fallback(operationName, variables)
  }
}

/** The variables of every request the stub received for one operation, in order. */
export function operationCalls(fetchMock: ReturnType<typeof stubGraphqlFetch>) {
  return (operation: string) =>
    fetchMock.mock.calls
      .map(([url, init]) => sentOperation(url, init))
      .filter(request => new RegExp(`(query|mutation) ${operation}\\b`).test(request.query))
      .map(request => request.variables)
}
