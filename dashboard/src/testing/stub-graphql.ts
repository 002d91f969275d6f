import { vi } from 'vitest'

interface Answer {
  data?: unknown
  errors?: { message: string; extensions: Record<string, unknown> }[]
}

type Handler = (variables: Record<string, unknown>) => Answer

/**
 * Replaces `fetch` with a fake GraphQL server that answers by operation name, so component tests run
 * the real client, stores and router. An operation without a handler fails the test loudly.
 * @returns the fetch mock, to inspect what was sent
 */
export function stubGraphql(handlers: Record<string, Handler>) {
  const fetchMock = vi.fn(async (_url: string | URL | Request, init?: RequestInit) => {
    const body = JSON.parse(String(init?.body)) as { query: string; variables: Record<string, unknown> }
    const name = /(?:query|mutation)\s+(\w+)/.exec(body.query)?.[1] ?? '(anonymous)'
    const handler = handlers[name]
    if (handler === undefined) {
      throw new Error(`stubGraphql: no handler for ${name}`)
    }
    return new Response(JSON.stringify(handler(body.variables)), {
      status: 200,
      headers: { 'content-type': 'application/json' },
    })
  })
  vi.stubGlobal('fetch', fetchMock)
  return fetchMock
}

/** An answer carrying one error with the given code, as the server's formatError shapes it. */
export function graphqlError(
  code: string,
  extensions: Record<string, unknown> = {},
  message = 'Error',
): Answer {
  return { data: null, errors: [{ message, extensions: { ...extensions, code } }] }
}

/** The variables of the n-th call to the fetch mock, for asserting what a form sent. */
export function sentVariables(fetchMock: ReturnType<typeof stubGraphql>, call = -1): Record<string, unknown> {
  const calls = fetchMock.mock.calls
  const init = calls.at(call)?.[1]
  return (JSON.parse(String(init?.body)) as { variables: Record<string, unknown> }).variables
}
