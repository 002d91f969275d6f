import { acceptHMRUpdate, defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import { execute, toApiError, type ApiError } from '@/graphql/client'
import {
  CasesInboxChangedDocument,
  CasesListDocument,
  type CasesSummaryFieldsFragment,
} from '@/graphql/generated/graphql'
import { openLiveConnection, type LiveConnection } from '@/graphql/subscriptions'
import { useLatestRequest } from '@/graphql/use-latest-request'

/** How the inbox reaches the server live; tests pass a fake. */
let connect: () => LiveConnection = openLiveConnection
export function setCasesLiveConnectionFactory(factory: () => LiveConnection): void {
  connect = factory
}

/** Newest activity first. */
function byActivity(list: readonly CasesSummaryFieldsFragment[]): CasesSummaryFieldsFragment[] {
  return [...list].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt) || b.id.localeCompare(a.id))
}

/**
 * The responder's case inbox of one event, kept current over the WebSocket (`caseInboxChanged` is
 * sent again whenever a case arrives or changes) and reloaded on each (re)connection. One event at a
 * time: opening another event's inbox closes the first socket; reset() closes it on sign-out.
 */
export const useCasesStore = defineStore('cases', () => {
  const eventId = ref<string | null>(null)
  const list = shallowRef<CasesSummaryFieldsFragment[] | null>(null)
  const error = shallowRef<ApiError | null>(null)
  /** Bumped each time a case arrives that was not in the list before (the page announces it). */
  const arrivals = ref(0)
  /** Words the inbox says once when it opens (after the viewer stood aside from a case). */
  const notice = ref<string | null>(null)
  const connection = shallowRef<LiveConnection | null>(null)
  /** One request per watched event: answers for an event no longer watched land nowhere. */
  const watching = useLatestRequest()
  let isCurrent = watching.begin()

  const cases = computed(() => (list.value === null ? null : byActivity(list.value)))

  function take(next: CasesSummaryFieldsFragment[], isWatched: () => boolean): void {
    if (!isWatched()) {
      return
    }
    const known = new Set((list.value ?? []).map(entry => entry.id))
    if (list.value !== null && next.some(entry => !known.has(entry.id))) {
      arrivals.value += 1
    }
    list.value = next
    error.value = null
  }

  async function load(isWatched = isCurrent): Promise<void> {
    const id = eventId.value
    if (id === null) {
      return
    }
    try {
      const data = await execute(CasesListDocument, { eventId: id })
      take(data.cases, isWatched)
    } catch (caught) {
      if (isWatched()) {
        error.value = toApiError(caught)
      }
    }
  }

  /** Starts watching one event's inbox; calling it again for the same event only reloads. */
  async function watch(id: string): Promise<void> {
    if (eventId.value === id && connection.value !== null) {
      return load()
    }
    close()
    const isWatched = watching.begin()
    isCurrent = isWatched
    eventId.value = id
    list.value = null
    error.value = null
    const live = connect()
    connection.value = live
    live.onConnected(() => void load(isWatched))
    live.subscribe(CasesInboxChangedDocument, { eventId: id }, data => take(data.caseInboxChanged, isWatched))
    await load(isWatched)
  }

  function close(): void {
    watching.drop()
    connection.value?.close()
    connection.value = null
  }

  /** Closes the socket and forgets every case (sign-out, expiry). */
  function reset(): void {
    close()
    eventId.value = null
    list.value = null
    error.value = null
    arrivals.value = 0
    notice.value = null
  }

  return { eventId, cases, error, arrivals, notice, watch, load, reset }
})

if (import.meta.hot) {
  import.meta.hot.accept(acceptHMRUpdate(useCasesStore, import.meta.hot))
}
