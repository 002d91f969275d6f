import type { LiveConnection } from '@/graphql/subscriptions'

/** A stand-in for the WebSocket: records subscriptions and lets a test push results or reconnect. */
export function fakeLiveConnection() {
  const subscriptions: { query: string; variables: unknown; onData: (data: unknown) => void }[] = []
  const connectedListeners = new Set<() => void>()
  const state = { closed: false, opened: 0 }
  const connection: LiveConnection = {
    subscribe(document, variables, onData) {
      const entry = { query: document.toString(), variables, onData: onData as (data: unknown) => void }
      subscriptions.push(entry)
      return () => subscriptions.splice(subscriptions.indexOf(entry), 1)
    },
    onConnected(listener) {
      connectedListeners.add(listener)
      return () => connectedListeners.delete(listener)
    },
    close() {
      state.closed = true
    },
  }
  return {
    factory: () => {
      state.opened += 1
      return connection
    },
    subscriptions,
    state,
    /** Sends a result to every subscription whose variables match. */
    push(variables: Record<string, unknown>, data: unknown) {
      subscriptions
        .filter(entry => JSON.stringify(entry.variables) === JSON.stringify(variables))
        .forEach(entry => entry.onData(data))
    },
    reconnect() {
      connectedListeners.forEach(listener => listener())
    },
  }
}
