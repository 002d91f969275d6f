import WebSocket from 'ws'

/** A message the server sent on a graphql-transport-ws socket. */
export interface SocketMessage {
  readonly type: string
  readonly id?: string
  readonly payload?: unknown
}

export interface SocketClose {
  readonly code: number
  readonly reason: string
}

export interface SocketOptions {
  /** The `Cookie` header of the upgrade request, as a browser would send it. */
  readonly cookie?: string | null
  /** The `Origin` header; browsers always send one, tools usually do not. */
  readonly origin?: string
}

/**
 * A raw graphql-transport-ws socket for tests that need to see every frame, close code and refusal
 * (graphql-ws's own client retries and hides them). Speaks the protocol by hand.
 */
export class GraphQLSocket {
  readonly messages: SocketMessage[] = []
  /** Resolves when the socket closes, with the server's code; or when the upgrade is refused. */
  readonly closed: Promise<SocketClose>
  private readonly socket: WebSocket

  constructor(url: string, options: SocketOptions = {}) {
    const headers: Record<string, string> = {}
    if (options.cookie != null) {
      headers['cookie'] = options.cookie
    }
    this.socket = new WebSocket(`${url.replace(/^http/, 'ws')}/graphql`, 'graphql-transport-ws', {
      headers,
      ...(options.origin === undefined ? {} : { origin: options.origin }),
    })
    this.socket.on('message', (data: WebSocket.RawData) =>
      this.messages.push(JSON.parse(Buffer.from(data as Buffer).toString()) as SocketMessage),
    )
    this.closed = new Promise(resolve => {
      this.socket.on('close', (code, reason) => resolve({ code, reason: reason.toString() }))
      this.socket.on('unexpected-response', (_request, response) =>
        resolve({ code: response.statusCode ?? 0, reason: 'upgrade refused' }),
      )
      this.socket.on('error', () => resolve({ code: 0, reason: 'error' }))
    })
  }

  /** Opens the socket and completes the handshake; throws if the server refuses. */
  static async connect(url: string, options: SocketOptions = {}): Promise<GraphQLSocket> {
    const socket = new GraphQLSocket(url, options)
    await socket.opened()
    socket.send({ type: 'connection_init' })
    await socket.waitFor(message => message.type === 'connection_ack')
    return socket
  }

  /** Resolves once the socket is open; throws with the close if the upgrade was refused. */
  async opened(): Promise<void> {
    const outcome = await Promise.race([
      new Promise<'open'>(resolve => this.socket.once('open', () => resolve('open'))),
      this.closed,
    ])
    if (outcome !== 'open') {
      throw new Error(`socket not opened: ${outcome.code} ${outcome.reason}`)
    }
  }

  send(message: unknown): void {
    this.socket.send(typeof message === 'string' ? message : JSON.stringify(message))
  }

  subscribe(id: string, query: string, variables: Record<string, unknown> = {}): void {
    this.send({ id, type: 'subscribe', payload: { query, variables } })
  }

  /**
   * The first message (already received or still to come) that matches; throws after `timeoutMs`
   * or if the socket closes first.
   */
  async waitFor(match: (message: SocketMessage) => boolean, timeoutMs = 5000): Promise<SocketMessage> {
    const started = Date.now()
    let isClosed = false
    void this.closed.then(() => (isClosed = true))
    for (;;) {
      const found = this.messages.find(match)
      if (found !== undefined) {
        return found
      }
      if (isClosed) {
        throw new Error(`socket closed before the message came; got ${JSON.stringify(this.messages)}`)
      }
      if (Date.now() - started > timeoutMs) {
        throw new Error(`no such message within ${timeoutMs} ms; got ${JSON.stringify(this.messages)}`)
      }
      await new Promise(resolve => setTimeout(resolve, 10))
    }
  }

  /** The answer to subscription `id`: its first `next` or `error` message. */
  answerTo(id: string, timeoutMs?: number): Promise<SocketMessage> {
    return this.waitFor(message => message.id === id && ['next', 'error'].includes(message.type), timeoutMs)
  }

  close(): void {
    this.socket.close()
  }
}
