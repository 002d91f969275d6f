import { describe, expect, it, vi } from 'vitest'
import { EventsSeriesDocument } from './generated/graphql'
import { useQuery } from './use-query'

/** A fetch whose answers the test releases one by one, in any order. */
function heldFetch() {
  const held: ((name: string) => void)[] = []
  vi.stubGlobal(
    'fetch',
    vi.fn(
      () =>
        new Promise<Response>(resolve => {
          held.push(name =>
            resolve(
              new Response(JSON.stringify({ data: { series: [{ id: name, name }] } }), {
                headers: { 'content-type': 'application/json' },
              }),
            ),
          )
        }),
    ),
  )
  return held
}

describe('useQuery', () => {
  it('keeps the later answer when an earlier request (a poll) answers after a "Try again"', async () => {
    const held = heldFetch()
    const series = useQuery(EventsSeriesDocument)
    const again = series.refetch()

    held[1]!('fresh')
    await again
    held[0]!('stale')
    await vi.waitFor(() => expect(series.isLoading.value).toBe(false))
    await new Promise(resolve => setTimeout(resolve, 0))

    expect(series.data.value?.series.map(entry => entry.name)).toEqual(['fresh'])
  })
})
