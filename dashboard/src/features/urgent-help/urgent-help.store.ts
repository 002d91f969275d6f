import { ErrorCode, Role } from '@conduct-desk/shared'
import { acceptHMRUpdate, defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import { execute, isApiError } from '@/graphql/client'
import {
  UrgentHelpAcknowledgeDocument,
  UrgentHelpAlertsChangedDocument,
  UrgentHelpAlertsDocument,
  UrgentHelpEventsDocument,
  type UrgentHelpAlertFieldsFragment,
} from '@/graphql/generated/graphql'
import { openLiveConnection, type LiveConnection } from '@/graphql/subscriptions'
import { useLatestRequest } from '@/graphql/use-latest-request'

export type UrgentAlert = UrgentHelpAlertFieldsFragment & { eventName: string }

/** Who is alerted: the event's responders and organizers (the server allows admins too). */
const ALERTED_ROLES: readonly string[] = [Role.Responder, Role.Organizer]

/** How the store reaches the server live; tests pass a fake. */
let connect: () => LiveConnection = openLiveConnection
export function setLiveConnectionFactory(factory: () => LiveConnection): void {
  connect = factory
}

/**
 * Urgent-help alerts of every event where the viewer responds or organizes, kept current over the
 * WebSocket and reloaded on each (re)connection: the open ones, and those settled in the last 15
 * minutes (who took it, or cancelled), which the viewer may hide. The banner shows them on every page.
 */
export const useUrgentHelpStore = defineStore('urgentHelp', () => {
  const byEvent = ref<Record<string, UrgentHelpAlertFieldsFragment[]>>({})
  const eventNames = ref<Record<string, string>>({})
  const connection = shallowRef<LiveConnection | null>(null)
  /** Settled alerts this viewer hid; open ones can never be hidden. */
  const hiddenIds = ref<ReadonlySet<string>>(new Set())
  /** One watch per signed-in viewer: what arrives for a viewer who signed out lands nowhere. */
  const watching = useLatestRequest()

  const all = computed<UrgentAlert[]>(() =>
    Object.entries(byEvent.value).flatMap(([eventId, list]) =>
      list.map(alert => ({ ...alert, eventName: eventNames.value[eventId] ?? '' })),
    ),
  )
  /** Nobody has taken these yet: oldest first, the one waiting longest on top. */
  const alerts = computed<UrgentAlert[]>(() =>
    all.value.filter(alert => alert.status === 'OPEN').sort((a, b) => a.createdAt.localeCompare(b.createdAt)),
  )
  /** Taken or cancelled in the last 15 minutes, newest first, unless hidden. */
  const settled = computed<UrgentAlert[]>(() =>
    all.value
      .filter(alert => alert.status !== 'OPEN' && !hiddenIds.value.has(alert.id))
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt)),
  )

  async function loadAlerts(eventId: string, isWatched: () => boolean): Promise<void> {
    try {
      const data = await execute(UrgentHelpAlertsDocument, { eventId })
      if (isWatched()) {
        byEvent.value = { ...byEvent.value, [eventId]: data.urgentAlerts }
      }
    } catch {
      // Kept as it was; the subscription or the next reconnection brings it up to date.
    }
  }

  /** Starts watching, once per signed-in viewer; later calls do nothing. */
  async function start(): Promise<void> {
    if (connection.value !== null) {
      return
    }
    const isWatched = watching.begin()
    let events: { id: string; name: string }[]
    try {
      const data = await execute(UrgentHelpEventsDocument)
      events = data.myEvents
        .filter(membership => membership.roles.some(role => ALERTED_ROLES.includes(role)))
        .map(membership => membership.event)
    } catch {
      return
    }
    if (!isWatched() || events.length === 0 || connection.value !== null) {
      return
    }
    eventNames.value = Object.fromEntries(events.map(event => [event.id, event.name]))
    const live = connect()
    connection.value = live
    const reload = () => events.forEach(event => void loadAlerts(event.id, isWatched))
    live.onConnected(reload)
    for (const event of events) {
      live.subscribe(UrgentHelpAlertsChangedDocument, { eventId: event.id }, data => {
        if (isWatched()) {
          byEvent.value = { ...byEvent.value, [event.id]: data.urgentAlertsChanged }
        }
      })
    }
    reload()
  }

  /**
   * "I'm on it": the alert is no longer open on any dashboard, and all see who took it (this one
   * at once, from the answer).
   * @throws ApiError when the server cannot be reached
   */
  async function acknowledge(alert: UrgentAlert): Promise<void> {
    const list = byEvent.value[alert.eventId] ?? []
    try {
      const data = await execute(UrgentHelpAcknowledgeDocument, {
        input: { eventId: alert.eventId, alertId: alert.id },
      })
      const taken = data.acknowledgeUrgentAlert
      byEvent.value = {
        ...byEvent.value,
        [alert.eventId]: list.map(entry => (entry.id === taken.id ? taken : entry)),
      }
    } catch (error) {
      // It is gone (or hidden from this viewer now): nobody here needs to act on it any more.
      if (!isApiError(error, ErrorCode.NotFound) && !isApiError(error, ErrorCode.Conflict)) {
        throw error
      }
      byEvent.value = { ...byEvent.value, [alert.eventId]: list.filter(entry => entry.id !== alert.id) }
    }
  }

  /** Hides a settled alert from this viewer's banner (until sign-out). */
  function hide(alert: UrgentAlert): void {
    if (alert.status !== 'OPEN') {
      hiddenIds.value = new Set([...hiddenIds.value, alert.id])
    }
  }

  /** Closes the socket and forgets every alert (sign-out, expiry). */
  function reset(): void {
    watching.drop()
    connection.value?.close()
    connection.value = null
    byEvent.value = {}
    eventNames.value = {}
    hiddenIds.value = new Set()
  }

  return { alerts, settled, start, acknowledge, hide, reset }
})

if (import.meta.hot) {
  import.meta.hot.accept(acceptHMRUpdate(useUrgentHelpStore, import.meta.hot))
}
