import { ErrorCode } from '@conduct-desk/shared'
import { acceptHMRUpdate, defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import { ApiError, ApiUnreachableError, graphqlClient } from '@/graphql/client'
import { EventsDetailDocument, type EventsDetailQuery } from '@/graphql/generated/graphql'
import { useLatestRequest } from '@/graphql/use-latest-request'

export type KioskEvent = NonNullable<EventsDetailQuery['publicEvent']>

/**
 * - `loading`: nothing to show yet;
 * - `ready`: `event` holds the last answer (possibly stale: see `isUnreachable`);
 * - `not-found`: no public event has this slug;
 * - `unreachable`: the API never answered and there is nothing earlier to show;
 * - `failed`: the API answered with an error and there is nothing earlier to show.
 */
export type EventLoadStatus = 'idle' | 'loading' | 'ready' | 'not-found' | 'unreachable' | 'failed'

/** The event this kiosk shows, as last loaded: kept in memory so an outage does not blank the screen. */
export const useEventStore = defineStore('event', () => {
  const slug = ref<string | null>(null)
  const event = shallowRef<KioskEvent | null>(null)
  /** When `event` was last confirmed by the API (epoch ms). */
  const loadedAt = ref<number | null>(null)
  const status = ref<EventLoadStatus>('idle')
  /** The last attempt got no answer at all; the screen says so and keeps what it has. */
  const isUnreachable = ref(false)
  const isRefreshing = ref(false)

  // Emptied by select() and reset() so an answer to an older request is dropped, not shown.
  const latest = useLatestRequest()

  const contacts = computed(() => event.value?.contacts ?? [])

  /** Shows the event with this slug, loading it unless it is already the one on screen. */
  async function select(nextSlug: string): Promise<void> {
    if (slug.value === nextSlug && status.value !== 'idle') {
      // Same event: only a screen that has nothing to show is worth another try right away.
      if (status.value === 'unreachable' || status.value === 'failed') {
        await refresh()
      }
      return
    }
    latest.dropAll()
    slug.value = nextSlug
    event.value = null
    loadedAt.value = null
    isUnreachable.value = false
    status.value = 'loading'
    await refresh()
  }

  /** Asks the API again; on failure keeps the last event and only flags the outage. */
  async function refresh(): Promise<void> {
    const forSlug = slug.value
    if (forSlug === null) {
      return
    }
    isRefreshing.value = true
    await latest.send(() => graphqlClient.read(EventsDetailDocument, { slug: forSlug }), {
      land: ({ data, offlineCopySavedAt }) => {
        // The enrolled kiosk's offline copy answered: show it, and say the server cannot be reached.
        isUnreachable.value = offlineCopySavedAt !== null
        loadedAt.value = offlineCopySavedAt ?? Date.now()
        event.value = data.publicEvent
        status.value = data.publicEvent ? 'ready' : 'not-found'
      },
      fail: error => {
        if (error instanceof ApiUnreachableError) {
          isUnreachable.value = true
          status.value = event.value ? 'ready' : 'unreachable'
          return
        }
        // An answered error (e.g. RATE_LIMITED) says nothing about the data we hold: keep showing it.
        isUnreachable.value = false
        if (!event.value) {
          status.value =
            error instanceof ApiError && error.code === ErrorCode.NotFound ? 'not-found' : 'failed'
        }
      },
      settle: () => {
        isRefreshing.value = false
      },
    })
  }

  function reset(): void {
    latest.dropAll()
    slug.value = null
    event.value = null
    loadedAt.value = null
    status.value = 'idle'
    isUnreachable.value = false
    isRefreshing.value = false
  }

  return { slug, event, contacts, loadedAt, status, isUnreachable, isRefreshing, select, refresh, reset }
})

if (import.meta.hot) {
  import.meta.hot.accept(acceptHMRUpdate(useEventStore, import.meta.hot))
}
