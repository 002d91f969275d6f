import { randomUUID } from 'node:crypto'
import type http from 'node:http'
import type { Duplex } from 'node:stream'
import { getOperationAST, GraphQLError, OperationTypeNode, type GraphQLSchema } from 'graphql'
import { CloseCode, handleProtocols, makeServer, type Server } from 'graphql-ws'
import { WebSocketServer, type RawData, type WebSocket } from 'ws'
import { readCookie, sessionCookieName } from '../platform/http/cookies.js'
import { isOwnOrigin } from '../platform/http/own-origin.js'
import type { Logger } from '../platform/logging/logger.js'
import type { Clock } from '../platform/time/clock.js'
import type { Context } from '../authorization/request-context.js'
import { createContext, type ContextDeps } from './create-context.js'
import { createFormatError } from './format-error.js'
import { MAX_REQUEST_BYTES, parseDocument, validateDocument, type GraphQLRules } from './graphql-rules.js'
import { SocketSessions } from './socket-sessions.js'

/** A socket that stops answering pings this long is dropped. */
const KEEP_ALIVE_MS = 12_000

export interface WebSocketDoorDeps {
  readonly httpServer: http.Server
  readonly schema: GraphQLSchema
  readonly rules: GraphQLRules
  readonly contextDeps: ContextDeps
  readonly publicUrl: string
  readonly clock: Clock
  readonly log: Logger
}

interface Extra {
  readonly socket: WebSocket
  readonly request: http.IncomingMessage
}

function refuseUpgrade(socket: Duplex, status: 403 | 404): void {
  const text = status === 403 ? 'Forbidden' : 'Not Found'
  socket.end(`HTTP/1.1 ${status} ${text}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`)
}

function messageText(data: RawData): string {
  if (Array.isArray(data)) {
    return Buffer.concat(data).toString()
  }
  return Buffer.isBuffer(data) ? data.toString() : Buffer.from(new Uint8Array(data)).toString()
}

/** Runs graphql-ws on one `ws` socket; errors go to our logger, never to the client or the console. */
function serveSocket(server: Server<Extra>, socket: WebSocket, request: http.IncomingMessage, log: Logger) {
  // ws closes the socket itself after a protocol error (1009 for a message over maxPayload).
  socket.on('error', error => log.warn({ err: error }, 'websocket closed after an error'))
  let isAlive = true
  socket.on('pong', () => (isAlive = true))
  const heartbeat = setInterval(() => {
    if (!isAlive) {
      socket.terminate()
      return
    }
    isAlive = false
    socket.ping()
  }, KEEP_ALIVE_MS)
  const closed = server.opened(
    {
      protocol: socket.protocol,
      send: data =>
        new Promise<void>((resolve, reject) => {
          if (socket.readyState !== socket.OPEN) {
            resolve()
            return
          }
          socket.send(data, error => (error ? reject(error) : resolve()))
        }),
      close: (code, reason) => socket.close(code, reason),
      onMessage: handle =>
        socket.on('message', (data: RawData) => {
          handle(messageText(data)).catch((error: unknown) => {
            const errorId = randomUUID()
            log.error({ errorId, err: error }, 'unexpected websocket error')
            socket.close(CloseCode.InternalServerError, 'Internal server error')
          })
        }),
    },
    { socket, request },
  )
  socket.once('close', (code, reason) => {
    clearInterval(heartbeat)
    void closed(code, reason.toString())
  })
}

/**
 * GraphQL over WebSocket at /graphql (graphql-ws), behind the same guards as HTTP (SECURITY R51):
 * the page's Origin is checked on upgrade; messages are capped at 100 kB; documents are parsed and
 * validated by the HTTP rules; only subscriptions are carried; errors are masked by the same
 * formatError; and the session is checked on connect, before every event, and closed when it ends.
 */
export function openWebSocketDoor({
  httpServer,
  schema,
  rules,
  contextDeps,
  publicUrl,
  clock,
  log,
}: WebSocketDoorDeps) {
  const { services } = contextDeps
  const sessions = new SocketSessions(services.sessions, services.sessionEndings, clock, log)
  const formatError = createFormatError(log)
  const format = (errors: readonly GraphQLError[]) => errors.map(error => formatError(error.toJSON(), error))
  const tokenOf = (request: http.IncomingMessage) =>
    readCookie(request.headers.cookie, sessionCookieName(contextDeps.cookie))

  const server = makeServer<Record<string, unknown> | undefined, Extra>({
    schema,
    onConnect: ctx => sessions.admit(ctx.extra.socket, tokenOf(ctx.extra.request)),
    onSubscribe: async (ctx, _id, payload) => {
      const document = parseDocument(rules, payload.query)
      if (document instanceof GraphQLError) {
        return [document]
      }
      const errors = validateDocument(rules, schema, document)
      if (errors.length > 0) {
        return errors
      }
      if (getOperationAST(document, payload.operationName)?.operation !== OperationTypeNode.SUBSCRIPTION) {
        const message = 'This socket carries subscriptions only; send queries and mutations over HTTP.'
        return [new GraphQLError(message, { extensions: { code: 'BAD_REQUEST' } })]
      }
      const { request } = ctx.extra
      return {
        schema,
        document,
        operationName: payload.operationName,
        variableValues: payload.variables,
        contextValue: await createContext(contextDeps, {
          headers: request.headers,
          remoteAddress: request.socket.remoteAddress,
        }),
      }
    },
    onOperation: (ctx, _id, _payload, args, result) =>
      sessions.guard(ctx.extra.socket, args.contextValue as Context, result),
    onNext: (_ctx, _id, _payload, _args, result) =>
      result.errors === undefined ? undefined : { ...result, errors: format(result.errors) },
    onError: (_ctx, _id, _payload, errors) => format(errors),
  })

  const wsServer = new WebSocketServer({
    noServer: true, // As large as an HTTP body, no larger: ws closes the socket with 1009.
    maxPayload: MAX_REQUEST_BYTES,
    handleProtocols,
  })
  wsServer.on('connection', (socket: WebSocket, request: http.IncomingMessage) =>
    serveSocket(server, socket, request, log),
  )
  const onUpgrade = (request: http.IncomingMessage, socket: Duplex, head: Buffer) => {
    socket.on('error', () => socket.destroy())
    if (new URL(request.url ?? '/', 'http://localhost').pathname !== '/graphql') {
      refuseUpgrade(socket, 404)
      return
    }
    // Browsers always send Origin on a WebSocket, and a socket carries the cookies of whichever
    // page opens it (no CORS here): only our own pages may. A client without Origin is not a
    // browser, so it holds no one else's cookie.
    const { origin } = request.headers
    if (origin !== undefined && !isOwnOrigin(origin, request.headers.host, publicUrl)) {
      log.info({ status: 403 }, 'websocket refused: page of another origin')
      refuseUpgrade(socket, 403)
      return
    }
    wsServer.handleUpgrade(request, socket, head, ws => wsServer.emit('connection', ws, request))
  }
  httpServer.on('upgrade', onUpgrade)

  return {
    async dispose(): Promise<void> {
      httpServer.off('upgrade', onUpgrade)
      sessions.dispose()
      for (const client of wsServer.clients) {
        client.close(1001, 'Going away')
      }
      await new Promise<void>((resolve, reject) =>
        wsServer.close(error => (error ? reject(error) : resolve())),
      )
    },
  }
}
