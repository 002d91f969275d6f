import { ErrorCode } from '@conduct-desk/shared'
import { describe, expect, it, vi } from 'vitest'
import { ApiError, NETWORK_ERROR, execute, onUnauthenticated } from './client'
import { SessionViewerDocument } from './generated/graphql'
import { signedOut } from '@/testing/fixtures'
import { graphqlError, stubGraphql } from '@/testing/stub-graphql'

describe('execute', () => {
  it('posts the operation as JSON with the same-origin cookie', async () => {
    const fetchMock = stubGraphql({ SessionViewer: signedOut })

    await expect(execute(SessionViewerDocument)).resolves.toEqual({ viewer: null })

    const [url, init] = fetchMock.mock.calls[0] ?? []
    expect(url).toBe('/graphql')
    expect(init).toMatchObject({ method: 'POST', credentials: 'same-origin' })
    expect(JSON.parse(String(init?.body))).toMatchObject({
      query: expect.stringContaining('query SessionViewer'),
    })
  })

  it('throws the first error with its extensions.code', async () => {
    stubGraphql({ SessionViewer: () => graphqlError(ErrorCode.RateLimited, { retryAfterSeconds: 41.2 }) })

    const error = await execute(SessionViewerDocument).catch((caught: unknown) => caught)

    expect(error).toBeInstanceOf(ApiError)
    expect((error as ApiError).code).toBe(ErrorCode.RateLimited)
    expect((error as ApiError).retryAfterSeconds).toBe(42)
  })

  it('tells listeners when the session is gone', async () => {
    stubGraphql({ SessionViewer: () => graphqlError(ErrorCode.Unauthenticated) })
    const listener = vi.fn()
    const stop = onUnauthenticated(listener)

    await execute(SessionViewerDocument).catch(() => undefined)
    stop()

    expect(listener).toHaveBeenCalledOnce()
  })

  it('reports an unreachable server as NETWORK_ERROR', async () => {
    vi.stubGlobal('fetch', vi.fn().mockRejectedValue(new TypeError('Failed to fetch')))

    await expect(execute(SessionViewerDocument)).rejects.toMatchObject({ code: NETWORK_ERROR })
  })
})
