import { createClient, type Client } from 'graphql-ws'
import { config } from '@/config'
import type { TypedDocumentString } from './generated/graphql'

/** Live updates over one WebSocket (graphql-ws protocol), authenticated by the session cookie. */
export interface LiveConnection {
  /**
   * Starts one subscription; `onData` gets every result.
   * @returns a function that ends it
   */
  subscribe<TResult, TVariables>(
    document: TypedDocumentString<TResult, TVariables>,
    variables: TVariables,
    onData: (data: TResult) => void,
  ): () => void
  /** Called on every (re)connection, so callers can catch up on what they missed while offline. */
  onConnected(listener: () => void): () => void
  /** Closes the socket for good (sign-out). */
  close(): void
}

function socketUrl(): string {
  const url = new URL(config.graphqlUrl, window.location.href)
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:'
  return url.href
}

/**
 * Opens the app's WebSocket. It reconnects after drops for as long as it is open, waiting a little
 * longer after each failed attempt (at most 15 s), so a laptop waking up or a flaky venue network
 * catches up by itself.
 */
export function openLiveConnection(): LiveConnection {
  const client: Client = createClient({
    url: socketUrl(),
    lazy: false,
    keepAlive: 20_000,
    retryAttempts: Number.POSITIVE_INFINITY,
    shouldRetry: () => true,
    retryWait: async retries => {
      const wait = Math.min(15_000, 1000 * 2 ** Math.min(retries, 4)) + Math.random() * 1000
      await new Promise(resolve => setTimeout(resolve, wait))
    },
  })
  return {
    subscribe(document, variables, onData) {
      return client.subscribe<typeof onData extends (data: infer R) => void ? R : never>(
        { query: document.toString(), variables: variables as Record<string, unknown> },
        {
          next: result => {
            if (result.data != null) {
              onData(result.data)
            }
          },
          // A refused subscription (the role was taken away) ends quietly; the next HTTP request
          // tells the shell if the session itself is over.
          error: () => undefined,
          complete: () => undefined,
        },
      )
    },
    onConnected(listener) {
      return client.on('connected', () => listener())
    },
    close() {
      void client.dispose()
    },
  }
}
