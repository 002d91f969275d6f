import { createClient } from 'graphql-ws'
import WebSocket from 'ws'

/** Polls `read` until it gives a value, or fails after `timeoutMs`. */
export async function until<T>(read: () => T | undefined, timeoutMs: number): Promise<T> {
  const started = Date.now()
  for (;;) {
    const value = read()
    if (value !== undefined) {
      return value
    }
    if (Date.now() - started > timeoutMs) {
      throw new Error(`nothing within ${timeoutMs} ms`)
    }
    await new Promise(resolve => setTimeout(resolve, 20))
  }
}

export interface LiveSubscription<T> {
  /** Every `data` the server pushed, in order. */
  readonly received: T[]
  /** Every error the server answered the subscription with. */
  readonly errors: unknown[]
  close(): Promise<void>
}

/**
 * Subscribes over WebSocket as a browser with `cookie` would, and records what arrives. Waits a
 * moment so the subscription is in place before the caller triggers anything.
 */
export async function subscribe<T>(
  serverUrl: string,
  cookie: string | null,
  query: string,
  variables: Record<string, unknown>,
): Promise<LiveSubscription<T>> {
  class CookieWebSocket extends WebSocket {
    constructor(address: string, protocols?: string | string[]) {
      super(address, protocols, { headers: cookie === null ? {} : { cookie } })
    }
  }
  const received: T[] = []
  const errors: unknown[] = []
  const client = createClient({
    url: `${serverUrl.replace('http', 'ws')}/graphql`,
    webSocketImpl: CookieWebSocket,
    retryAttempts: 0,
  })
  const unsubscribe = client.subscribe<T>(
    { query, variables },
    {
      next: value => void (value.data && received.push(value.data)),
      error: error => void errors.push(error),
      complete: () => undefined,
    },
  )
  await new Promise(resolve => setTimeout(resolve, 200))
  return {
    received,
    errors,
    async close() {
      unsubscribe()
      await client.dispose()
    },
  }
}
