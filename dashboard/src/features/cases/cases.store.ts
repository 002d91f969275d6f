import { acceptHMRUpdate, defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import { execute, toApiError, type ApiError } from '@/graphql/client'
import {
  CasesInboxChangedDocument,
  CasesInboxDocument,
  type CaseInboxFilterInput,
  type CaseInboxSort,
  type CaseSeverity,
  type CasesInboxQuery,
  type CasesSummaryFieldsFragment,
} from '@/graphql/generated/graphql'
import { openLiveConnection, type LiveConnection } from '@/graphql/subscriptions'
import { useLatestRequest } from '@/graphql/use-latest-request'
import { optionalText } from '@/ui/optional-text'

/** How the inbox reaches the server live; tests pass a fake. */
let connect: () => LiveConnection = openLiveConnection
export function setCasesLiveConnectionFactory(factory: () => LiveConnection): void {
  connect = factory
}

/** What the inbox narrows to; empty parts ('' or false) are left out. */
export interface InboxFilter {
  statuses: CaseInboxFilterInput['statuses']
  severity: CaseSeverity | ''
  category: string
  channel: string
  urgent: boolean
  overdue: boolean
  assignedToMe: boolean
  askedForMe: boolean
  search: string
}

export const NO_FILTER: InboxFilter = {
  statuses: [],
  severity: '',
  category: '',
  channel: '',
  urgent: false,
  overdue: false,
  assignedToMe: false,
  askedForMe: false,
  search: '',
}

/** What the inbox shows: the filter, the order and the page (the inbox page keeps it in its URL). */
export interface InboxView {
  filter: InboxFilter
  sort: CaseInboxSort
  page: number
}

/** Most recent activity first: the server's default order. */
export const DEFAULT_SORT: CaseInboxSort = 'RECENT_ACTIVITY'
export const DEFAULT_VIEW: InboxView = { filter: NO_FILTER, sort: DEFAULT_SORT, page: 1 }

function toInput(filter: InboxFilter): CaseInboxFilterInput {
  return {
    statuses: filter.statuses?.length ? filter.statuses : null,
    severity: filter.severity || null,
    category: filter.category || null,
    channel: filter.channel || null,
    urgent: filter.urgent || null,
    overdue: filter.overdue || null,
    assignedToMe: filter.assignedToMe || null,
    askedForMe: filter.askedForMe || null,
    search: optionalText(filter.search),
  }
}

/**
 * The responder's case inbox of one event: one page (≤ 50, in the chosen order) of `caseInbox`
 * with its counters, read again whenever `caseInboxChanged` says a case arrived or
 * changed, and on each (re)connection. One event at a time: opening another event's inbox closes
 * the first socket; reset() closes it on sign-out.
 */
export const useCasesStore = defineStore('cases', () => {
  const eventId = ref<string | null>(null)
  const inbox = shallowRef<CasesInboxQuery['caseInbox'] | null>(null)
  /** Every case the viewer may see, as the last live update listed them (no content). */
  const live = shallowRef<CasesSummaryFieldsFragment[] | null>(null)
  const filter = ref<InboxFilter>({ ...NO_FILTER })
  const sort = ref<CaseInboxSort>(DEFAULT_SORT)
  const page = ref(1)
  const error = shallowRef<ApiError | null>(null)
  /** Bumped each time a case arrives that was not in the list before (the page announces it). */
  const arrivals = ref(0)
  /** Words the inbox says once when it opens (after the viewer stood aside from a case). */
  const notice = ref<string | null>(null)
  const connection = shallowRef<LiveConnection | null>(null)
  /** One request per watched event: answers for an event no longer watched land nowhere. */
  const watching = useLatestRequest()
  let isCurrent = watching.begin()

  const cases = computed(() => inbox.value?.cases ?? null)
  /** Requests of one filter and page: an answer for an older one lands nowhere. */
  const reading = useLatestRequest()

  function take(next: CasesSummaryFieldsFragment[], isWatched: () => boolean): void {
    if (!isWatched()) {
      return
    }
    // Before the first live update, the page shown knows every case only when it holds them all.
    const isWholeList = inbox.value !== null && inbox.value.pageCount <= 1 && isUnfiltered()
    const before = live.value ?? (isWholeList ? inbox.value?.cases : null) ?? null
    const known = new Set((before ?? []).map(entry => entry.id))
    if (before !== null && next.some(entry => !known.has(entry.id))) {
      arrivals.value += 1
    }
    live.value = next
    void load(isWatched)
  }

  function isUnfiltered(): boolean {
    return JSON.stringify(toInput(filter.value)) === JSON.stringify(toInput(NO_FILTER))
  }

  /** When the case last changed, as the inbox knows it (the case page reads it again on a change). */
  function updatedAtOf(caseId: string): string | null {
    const known = [...(live.value ?? []), ...(inbox.value?.cases ?? [])]
    return known.find(entry => entry.id === caseId)?.updatedAt ?? null
  }

  async function load(isWatched = isCurrent): Promise<void> {
    const id = eventId.value
    if (id === null) {
      return
    }
    const isLatest = reading.begin()
    try {
      const data = await execute(CasesInboxDocument, {
        eventId: id,
        filter: toInput(filter.value),
        sort: sort.value,
        page: page.value,
      })
      if (isWatched() && isLatest()) {
        inbox.value = data.caseInbox
        error.value = null
      }
    } catch (caught) {
      if (isWatched()) {
        error.value = toApiError(caught)
      }
    }
  }

  /** Takes what to show; nothing is read. */
  function adopt(view: InboxView): void {
    filter.value = { ...view.filter }
    sort.value = view.sort
    page.value = view.page
  }

  /**
   * Starts watching one event's inbox, showing `view` (or, without one, what it showed before for
   * the same event); calling it again for the same event only reloads.
   */
  async function watch(id: string, view?: InboxView): Promise<void> {
    if (eventId.value === id && connection.value !== null) {
      if (view !== undefined) {
        adopt(view)
      }
      return load()
    }
    close()
    const isWatched = watching.begin()
    isCurrent = isWatched
    eventId.value = id
    inbox.value = null
    live.value = null
    adopt(view ?? DEFAULT_VIEW)
    error.value = null
    const socket = connect()
    connection.value = socket
    socket.onConnected(() => void load(isWatched))
    socket.subscribe(CasesInboxChangedDocument, { eventId: id }, data =>
      take(data.caseInboxChanged, isWatched),
    )
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
    inbox.value = null
    live.value = null
    adopt(DEFAULT_VIEW)
    error.value = null
    arrivals.value = 0
    notice.value = null
  }

  /** Shows another filter, order or page of the watched event's inbox. */
  function show(view: InboxView): Promise<void> {
    adopt(view)
    return load()
  }

  return {
    eventId,
    inbox,
    cases,
    filter,
    sort,
    page,
    error,
    arrivals,
    notice,
    watch,
    load,
    show,
    updatedAtOf,
    reset,
  }
})

if (import.meta.hot) {
  import.meta.hot.accept(acceptHMRUpdate(useCasesStore, import.meta.hot))
}
