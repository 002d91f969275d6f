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

export type UrgentAlert = UrgentHelpAlertFieldsFragment & { eventName: string }

/** Who is alerted: the event's responders and organizers (the server allows admins too). */
const ALERTED_ROLES: readonly string[] = [Role.Responder, Role.Organizer]

/** How the store reaches the server live; tests pass a fake. */
let connect: () => LiveConnection = openLiveConnection
export function setLiveConnectionFactory(factory: () => LiveConnection): void {
  connect = factory
}

/**
 * Open urgent-help alerts of every event where the viewer responds or organizes, kept current over
 * the WebSocket and reloaded on each (re)connection. The banner shows them on every page.
 */
export const useUrgentHelpStore = defineStore('urgentHelp', () => {
  const byEvent = ref<Record<string, UrgentHelpAlertFieldsFragment[]>>({})
  const eventNames = ref<Record<string, string>>({})
  const connection = shallowRef<LiveConnection | null>(null)
  let generation = 0

  const alerts = computed<UrgentAlert[]>(() =>
    Object.entries(byEvent.value)
      .flatMap(([eventId, list]) =>
        list
          .filter(alert => alert.acknowledgedAt === null)
          .map(alert => ({ ...alert, eventName: eventNames.value[eventId] ?? '' })),
      )
      .sort((a, b) => a.createdAt.localeCompare(b.createdAt)),
  )

  async function loadAlerts(eventId: string, started: number): Promise<void> {
    try {
      const data = await execute(UrgentHelpAlertsDocument, { eventId })
      if (started === generation) {
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
    const started = ++generation
    let events: { id: string; name: string }[]
    try {
      const data = await execute(UrgentHelpEventsDocument)
      events = data.myEvents
        .filter(membership => membership.roles.some(role => ALERTED_ROLES.includes(role)))
        .map(membership => membership.event)
    } catch {
      return
    }
    if (started !== generation || events.length === 0 || connection.value !== null) {
      return
    }
    eventNames.value = Object.fromEntries(events.map(event => [event.id, event.name]))
    const live = connect()
    connection.value = live
    const reload = () => events.forEach(event => void loadAlerts(event.id, started))
    live.onConnected(reload)
    for (const event of events) {
      live.subscribe(UrgentHelpAlertsChangedDocument, { eventId: event.id }, data => {
        if (started === generation) {
          byEvent.value = { ...byEvent.value, [event.id]: data.urgentAlertsChanged }
        }
      })
    }
    reload()
  }

  /**
   * "I'm on it": the alert leaves every dashboard, this one at once.
   * @throws ApiError when the server cannot be reached
   */
  async function acknowledge(alert: UrgentAlert): Promise<void> {
    try {
      await execute(UrgentHelpAcknowledgeDocument, { input: { eventId: alert.eventId, alertId: alert.id } })
    } catch (error) {
      // Someone else was quicker, or it is gone: either way nobody needs to act on it any more.
      if (!isApiError(error, ErrorCode.NotFound) && !isApiError(error, ErrorCode.Conflict)) {
        throw error
      }
    }
    const list = byEvent.value[alert.eventId] ?? []
    byEvent.value = { ...byEvent.value, [alert.eventId]: list.filter(entry => entry.id !== alert.id) }
  }

  /** Closes the socket and forgets every alert (sign-out, expiry). */
  function reset(): void {
    generation += 1
    connection.value?.close()
    connection.value = null
    byEvent.value = {}
    eventNames.value = {}
  }

  return { alerts, start, acknowledge, reset }
})

if (import.meta.hot) {
  import.meta.hot.accept(acceptHMRUpdate(useUrgentHelpStore, import.meta.hot))
}
