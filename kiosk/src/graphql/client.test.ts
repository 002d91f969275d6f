import { ErrorCode, OfficeHourReason } from '@conduct-desk/shared'
import { describe, expect, it, vi } from 'vitest'
import {
  answer,
  graphqlError,
  offline,
  pending as neverAnswered,
  stubGraphqlFetch,
} from '@/testing/graphql-fetch-stub'
import { ApiCancelledError, ApiError, ApiUnreachableError, createGraphqlClient } from './client'
import { EventsDetailDocument, EventsListDocument } from './generated/graphql'

const client = () => createGraphqlClient({ endpoint: '/graphql', timeoutMs: 1000 })

describe('graphql client', () => {
  it('posts the operation as JSON and resolves with its data', async () => {
    const fetchMock = stubGraphqlFetch(() => answer({ publicEvent: null }))
    await expect(client().request(EventsDetailDocument, { slug: 'pycon' })).resolves.toEqual({
      publicEvent: null,
    })
    const [url, init] = fetchMock.mock.calls[0] ?? []
    expect(url).toBe('/graphql')
    expect(init?.method).toBe('POST')
    expect(new Headers(init?.headers).get('content-type')).toBe('application/json')
    expect(JSON.parse(String(init?.body))).toMatchObject({ variables: { slug: 'pycon' } })
    expect(String(JSON.parse(String(init?.body)).query)).toContain('query EventsDetail')
  })

  it.each([ErrorCode.BadUserInput, ErrorCode.NotFound, ErrorCode.RateLimited, ErrorCode.Forbidden])(
    'throws an ApiError carrying extensions.code %s',
    async code => {
      stubGraphqlFetch(() => graphqlError(code, 'No'))
      const error = await client()
        .request(EventsListDocument)
        .catch((caught: unknown) => caught)
      expect(error).toBeInstanceOf(ApiError)
      expect(error).toMatchObject({ code, message: 'No' })
    },
  )

  it('carries the refused field of a BAD_USER_INPUT, when the server names one', async () => {
    stubGraphqlFetch(() => graphqlError(ErrorCode.BadUserInput, 'Past', { field: 'slotId' }))
    await expect(client().request(EventsListDocument)).rejects.toMatchObject({ field: 'slotId' })
    stubGraphqlFetch(() => graphqlError(ErrorCode.BadUserInput, 'No'))
    await expect(client().request(EventsListDocument)).rejects.toMatchObject({ field: null })
  })

  it('reads the same error model as the dashboard: the reason and the wait, never relying on the text', async () => {
    stubGraphqlFetch(() =>
      graphqlError(ErrorCode.BadUserInput, 'English', {
        field: 'slotId',
        reason: OfficeHourReason.SlotPassed,
      }),
    )
    await expect(client().request(EventsListDocument)).rejects.toMatchObject({
      reason: OfficeHourReason.SlotPassed,
      details: { code: ErrorCode.BadUserInput, field: 'slotId', reason: OfficeHourReason.SlotPassed },
    })
    stubGraphqlFetch(() => graphqlError(ErrorCode.RateLimited, 'Wait', { retryAfterSeconds: 12 }))
    await expect(client().request(EventsListDocument)).rejects.toMatchObject({
      reason: null,
      details: { retryAfterSeconds: 12 },
    })
  })

  it('maps a code it does not know to INTERNAL_SERVER_ERROR', async () => {
    stubGraphqlFetch(() => graphqlError('SOMETHING_NEW'))
    await expect(client().request(EventsListDocument)).rejects.toMatchObject({
      code: ErrorCode.InternalServerError,
    })
  })

  it('tells a network failure apart from an API error', async () => {
    stubGraphqlFetch(() => offline)
    const error = await client()
      .request(EventsListDocument)
      .catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(ApiUnreachableError)
    expect(error).not.toBeInstanceOf(ApiError)
  })

  it('treats a gateway error page as unreachable, and any other non-GraphQL answer as an API error', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('<html>Bad gateway</html>', { status: 502 })),
    )
    await expect(client().request(EventsListDocument)).rejects.toBeInstanceOf(ApiUnreachableError)
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('oops', { status: 500 })),
    )
    await expect(client().request(EventsListDocument)).rejects.toMatchObject({
      code: ErrorCode.InternalServerError,
    })
  })

  it('gives up on a request that does not answer in time, as unreachable', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    stubGraphqlFetch(() => neverAnswered)
    const pending = client()
      .request(EventsListDocument)
      .catch((caught: unknown) => caught)
    await vi.advanceTimersByTimeAsync(1001)
    expect(await pending).toBeInstanceOf(ApiUnreachableError)
  })

  it('cancels requests in flight, so a wiped kiosk gets no late answers', async () => {
    stubGraphqlFetch(() => neverAnswered)
    const kiosk = client()
    const pending = kiosk.request(EventsListDocument).catch((caught: unknown) => caught)
    kiosk.cancelAll()
    expect(await pending).toBeInstanceOf(ApiCancelledError)
  })
})
