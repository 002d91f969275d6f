import { acceptHMRUpdate, defineStore } from 'pinia'
import { ref, shallowRef } from 'vue'
import { ApiUnreachableError, graphqlClient } from '@/graphql/client'
import { OfficeHoursSlotsDocument } from '@/graphql/generated/graphql'
import { useLatestRequest } from '@/graphql/use-latest-request'
import type { ContactFilter, OfficeHoursSlot } from './office-hours-display'

/** The API answers at most 14 days at a time; the kiosk shows the next 14 days. */
export const SLOT_RANGE_MS = 14 * 86_400_000

/**
 * - `loading`: nothing to show yet;
 * - `ready`: `slots` holds the last answer (possibly stale: see `isUnreachable`);
 * - `unreachable` / `failed`: no answer, or an error, and nothing earlier to show.
 */
export type SlotsStatus = 'idle' | 'loading' | 'ready' | 'unreachable' | 'failed'

/**
 * The meeting times of the event on screen, and what this visitor picked to narrow them down (a day,
 * a person they are comfortable with). A visitor's choices: listed in APP_STORES, wiped with the rest.
 */
export const useOfficeHoursStore = defineStore('office-hours', () => {
  const slug = ref<string | null>(null)
  /** Free and taken times, as the server answered; the screens show only the free ones as buttons. */
  const slots = shallowRef<readonly OfficeHoursSlot[]>([])
  const status = ref<SlotsStatus>('idle')
  const isUnreachable = ref(false)
  /** The day picked (`YYYY-MM-DD` in the event's zone); null until the visitor picks one. */
  const day = ref<string | null>(null)
  const filter = ref<ContactFilter>('all')

  // Emptied by load() for another event and by reset(), so a late answer is dropped, not shown.
  const latest = useLatestRequest()

  /** Shows this event's times, asking the server again even when they are on screen already. */
  async function load(nextSlug: string): Promise<void> {
    if (slug.value !== nextSlug) {
      latest.dropAll()
      slug.value = nextSlug
      slots.value = []
      day.value = null
      filter.value = 'all'
      isUnreachable.value = false
      status.value = 'loading'
    }
    await refresh()
  }

  /** Asks for the next 14 days; on failure keeps what it has and only flags the outage. */
  async function refresh(): Promise<void> {
    const forSlug = slug.value
    if (forSlug === null) {
      return
    }
    const now = Date.now()
    const range = { from: new Date(now).toISOString(), to: new Date(now + SLOT_RANGE_MS).toISOString() }
    await latest.send(
      () => graphqlClient.request(OfficeHoursSlotsDocument, { eventSlug: forSlug, ...range }),
      {
        land: data => {
          slots.value = data.officeHourSlots
          isUnreachable.value = false
          status.value = 'ready'
        },
        fail: error => {
          isUnreachable.value = error instanceof ApiUnreachableError
          if (status.value !== 'ready') {
            status.value = isUnreachable.value ? 'unreachable' : 'failed'
          }
        },
      },
    )
  }

  /** A time this kiosk just booked (or that turned out to be taken) stops being offered at once. */
  function markTaken(slotId: string): void {
    setAvailable(slotId, false)
  }

  /** A time whose meeting was just cancelled or moved away is offered again at once. */
  function markFree(slotId: string): void {
    setAvailable(slotId, true)
  }

  function setAvailable(slotId: string, available: boolean): void {
    slots.value = slots.value.map(slot => (slot.id === slotId ? { ...slot, available } : slot))
  }

  function chooseDay(date: string): void {
    day.value = date
  }

  function chooseFilter(next: ContactFilter): void {
    filter.value = next
  }

  function reset(): void {
    latest.dropAll()
    slug.value = null
    slots.value = []
    status.value = 'idle'
    isUnreachable.value = false
    day.value = null
    filter.value = 'all'
  }

  return {
    slug,
    slots,
    status,
    isUnreachable,
    day,
    filter,
    load,
    refresh,
    markTaken,
    markFree,
    chooseDay,
    chooseFilter,
    reset,
  }
})

if (import.meta.hot) {
  import.meta.hot.accept(acceptHMRUpdate(useOfficeHoursStore, import.meta.hot))
}
