import type { ExecutionResult } from 'graphql'
import type { WebSocket } from 'ws'
import type { Viewer } from '../authorization/viewer.js'
import type { SessionEndings } from '../features/accounts/session-endings.js'
import type { SessionService } from '../features/accounts/session.service.js'
import type { Logger } from '../platform/logging/logger.js'
import { hashToken } from '../platform/security/tokens.js'
import type { Clock } from '../platform/time/clock.js'
import type { Context } from '../authorization/request-context.js'

/** graphql-ws close codes: the session is over (sign in again), or it no longer allows this. */
export const SESSION_ENDED = 4401
export const ACCESS_CHANGED = 4403

/** How often sockets are checked against their session's timeout: a closed session is gone within a second. */
const SWEEP_MS = 500

interface HeldSession {
  readonly token: string
  readonly idHash: string
  readonly accountId: string
  /** When the session ends unless the person uses it (an HTTP request) in the meantime. */
  endsAt: number
}

type Stream = AsyncIterable<ExecutionResult>

/** What graphql-ws ends on close: an iterator it can `return()`. */
type ClosableStream = AsyncIterableIterator<ExecutionResult> &
  Required<Pick<AsyncIterator<ExecutionResult>, 'return' | 'throw'>>

function isStream(value: unknown): value is Stream {
  return typeof value === 'object' && value !== null && Symbol.asyncIterator in value
}

function accessKey(viewer: Viewer): string {
  return [viewer.accountId, ...viewer.roles.map(held => `${held.role}@${held.eventId ?? '*'}`).sort()].join(
    ' ',
  )
}

/**
 * Passes each result on only while `allow()` says yes, checked after it is produced and before it
 * is delivered; the stream ends at the first no. A plain object, not an async generator, so that
 * `return()` reaches the source at once even while it waits for its next event.
 */
function deliverWhile(source: Stream, allow: () => Promise<boolean>): ClosableStream {
  const iterator = source[Symbol.asyncIterator]()
  const end = async (): Promise<IteratorResult<ExecutionResult>> => {
    await iterator.return?.()
    return { done: true, value: undefined }
  }
  const guarded: ClosableStream = {
    async next() {
      const step = await iterator.next()
      return step.done === true || (await allow()) ? step : end()
    },
    return: end,
    async throw(error: unknown) {
      await end()
      throw error
    },
    [Symbol.asyncIterator]: () => guarded,
  }
  return guarded
}

/**
 * The signed-in sockets of this process and the sessions behind them (SECURITY R51). A socket is
 * closed when its session ends: at once on sign-out or when an account's sessions are ended
 * (SessionEndings), within a second of an idle or absolute timeout (a sweep), and before any event
 * its session no longer allows. Delivering an event never counts as activity: only the person's
 * own requests keep a session alive.
 */
export class SocketSessions {
  private readonly held = new Map<WebSocket, HeldSession>()
  private readonly stopListening: () => void
  private readonly sweep: NodeJS.Timeout
  private sweeping = false

  constructor(
    private readonly sessions: SessionService,
    endings: SessionEndings,
    private readonly clock: Clock,
    private readonly log: Logger,
  ) {
    this.stopListening = endings.listen(ending =>
      this.closeWhere(held =>
        'idHash' in ending ? held.idHash === ending.idHash : held.accountId === ending.accountId,
      ),
    )
    this.sweep = setInterval(() => void this.closeExpired(), SWEEP_MS)
    this.sweep.unref()
  }

  /**
   * Checks the session on connect. No session cookie: an anonymous socket (public subscriptions).
   * A cookie naming no live session: refused, as the person has to sign in again.
   */
  async admit(socket: WebSocket, token: string | null): Promise<boolean> {
    if (token === null) {
      return true
    }
    const viewer = await this.sessions.resolve(token, { touch: false })
    const endsAt = await this.sessions.endsAt(token)
    if (viewer === null || endsAt === null) {
      return false
    }
    if (socket.readyState === socket.OPEN) {
      const held = { token, idHash: hashToken(token), accountId: viewer.accountId, endsAt: endsAt.getTime() }
      this.held.set(socket, held)
      socket.once('close', () => this.held.delete(socket))
    }
    return true
  }

  /**
   * Makes a subscription check, before every event it delivers, that its session still lives and
   * still holds the roles the subscription started with; otherwise the socket closes and nothing
   * is delivered. A client that reconnects subscribes again with the viewer as it is now.
   */
  guard<T>(socket: WebSocket, context: Context, result: T): T | ClosableStream {
    const { viewer } = context
    const { token } = context.session
    if (viewer === null || token === null || !isStream(result)) {
      return result
    }
    const started = accessKey(viewer)
    return deliverWhile(result, async () => {
      const current = await this.sessions.resolve(token, { touch: false })
      if (current === null) {
        socket.close(SESSION_ENDED, 'Session ended')
        return false
      }
      if (accessKey(current) !== started) {
        socket.close(ACCESS_CHANGED, 'Roles changed')
        return false
      }
      return true
    })
  }

  dispose(): void {
    clearInterval(this.sweep)
    this.stopListening()
  }

  private closeWhere(ended: (held: HeldSession) => boolean): void {
    for (const [socket, held] of this.held) {
      if (ended(held)) {
        this.held.delete(socket)
        socket.close(SESSION_ENDED, 'Session ended')
      }
    }
  }

  private async closeExpired(): Promise<void> {
    if (this.sweeping || this.held.size === 0) {
      return
    }
    this.sweeping = true
    try {
      const now = this.clock.now().getTime()
      for (const [socket, held] of this.held) {
        if (held.endsAt > now) {
          continue
        }
        // The person may have used the session since (an HTTP request moves its end).
        const endsAt = (await this.sessions.endsAt(held.token))?.getTime() ?? now
        if (endsAt > now) {
          held.endsAt = endsAt
        } else {
          this.held.delete(socket)
          socket.close(SESSION_ENDED, 'Session ended')
        }
      }
    } catch (error) {
      this.log.warn({ err: error }, 'could not check live sessions')
    } finally {
      this.sweeping = false
    }
  }
}
