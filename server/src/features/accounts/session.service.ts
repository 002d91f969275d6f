import { STEP_UP_MAX_AGE_MINUTES } from '@conduct-desk/shared'
import type { Viewer } from '../../authorization/viewer.js'
import type { Database } from '../../db/database.js'
import { hashToken, newToken } from '../../platform/security/tokens.js'
import type { Clock } from '../../platform/time/clock.js'
import { SessionEndings } from './session-endings.js'
import { readSession, readViewer } from './session-reads.js'
import { SessionEntity } from './session.entity.js'
import { graceEndsAtFor } from './two-factor-grace.js'

/** SECURITY R18: a session ends after 15 minutes without a request, and 8 hours after sign-in. */
export const SESSION_IDLE_MS = 15 * 60_000
export const SESSION_ABSOLUTE_MS = 8 * 60 * 60_000
/** SECURITY R19: sensitive actions need the password or a code given this recently. */
export const STEP_UP_MAX_AGE_MS = STEP_UP_MAX_AGE_MINUTES * 60_000
/** Activity is written back at most this often, so reading the dashboard is not a stream of writes. */
const TOUCH_INTERVAL_MS = 60_000

export interface StartOptions {
  /**
   * False only when an event's grace period lets the account in on its password alone; such a
   * session ends with the grace period. Sign-in decides; everything else gets a full session.
   */
  readonly hasSecondFactor?: boolean
}

/** A live session: who it is, and when it last proved it (for step-up, SECURITY R19). */
export interface ResolvedSession {
  readonly viewer: Viewer
  readonly authenticatedAt: Date
}

/** Server-side sessions: the cookie holds a random id, the table only its hash. */
export class SessionService {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
    /** Told when sessions end, so live sockets close at once (R51). */
    private readonly endings: SessionEndings = new SessionEndings(),
  ) {}

  /**
   * Starts a session and returns the raw id for the cookie; a fresh id at every sign-in (R17). Only
   * sign-in, after the second factor (or within a grace period), starts one for a person.
   */
  async start(accountId: string, { hasSecondFactor = true }: StartOptions = {}): Promise<string> {
    const token = newToken()
    const now = this.clock.now()
    await this.db.write(manager =>
      manager.insert(SessionEntity, {
        idHash: hashToken(token),
        accountId,
        createdAt: now,
        lastSeenAt: now,
        authenticatedAt: now,
        hasSecondFactor,
      }),
    )
    return token
  }

  /**
   * The viewer behind a cookie's session id, or null when it is unknown, expired or disabled.
   * @param options.touch false for checks that are not the person acting (a live update being
   * delivered), so they do not keep an idle session alive
   */
  async resolve(token: string, options: { touch?: boolean } = {}): Promise<Viewer | null> {
    return (await this.resolveSession(token, options))?.viewer ?? null
  }

  /** The session behind a cookie's id, with when it last authenticated; null as for `resolve`. */
  async resolveSession(
    token: string,
    { touch = true }: { touch?: boolean } = {},
  ): Promise<ResolvedSession | null> {
    const idHash = hashToken(token)
    const found = await readSession(this.db.read, idHash)
    if (found === null) {
      return null
    }
    const { session, viewer } = found
    const now = this.clock.now()
    const idle = now.getTime() - session.lastSeenAt.getTime()
    const expired =
      idle > SESSION_IDLE_MS || now.getTime() - session.createdAt.getTime() > SESSION_ABSOLUTE_MS
    if (expired || !(await this.mayGoWithoutSecondFactor(session, now))) {
      await this.db.write(manager => manager.delete(SessionEntity, { idHash }))
      return null
    }
    if (viewer === null) {
      return null
    }
    if (touch && idle > TOUCH_INTERVAL_MS) {
      await this.db.write(manager => manager.update(SessionEntity, { idHash }, { lastSeenAt: now }))
    }
    return { viewer, authenticatedAt: session.authenticatedAt }
  }

  /** A grace session lasts while the grace does; a session with a second factor always may. */
  private async mayGoWithoutSecondFactor(session: SessionEntity, now: Date): Promise<boolean> {
    return session.hasSecondFactor || (await graceEndsAtFor(this.db.read, session.accountId, now)) !== null
  }

  /**
   * After the person confirmed who they are (step-up): a new id (R17) with a fresh authentication
   * time, keeping the sign-in time, so the 8-hour limit still counts from sign-in.
   * @returns the new raw id for the cookie, or null when the old session is gone
   */
  async renew(token: string, { hasSecondFactor }: StartOptions = {}): Promise<string | null> {
    const next = newToken()
    const now = this.clock.now()
    const oldHash = hashToken(token)
    const renewed = await this.db.write(async manager => {
      const session = await manager.findOneBy(SessionEntity, { idHash: oldHash })
      if (session === null) {
        return false
      }
      await manager.delete(SessionEntity, { idHash: session.idHash })
      await manager.insert(SessionEntity, {
        ...session,
        idHash: hashToken(next),
        lastSeenAt: now,
        authenticatedAt: now,
        hasSecondFactor: hasSecondFactor ?? session.hasSecondFactor,
      })
      return true
    })
    if (renewed) {
      // The old id is dead: sockets opened with it close now, and reconnect with the new cookie.
      this.endings.announce({ idHash: oldHash })
    }
    return renewed ? next : null
  }

  /** Whether an authentication at `authenticatedAt` is recent enough for a sensitive action. */
  isRecent(authenticatedAt: Date | null): boolean {
    return (
      authenticatedAt !== null && this.clock.now().getTime() - authenticatedAt.getTime() <= STEP_UP_MAX_AGE_MS
    )
  }

  /** When the session ends unless it is used again; null when it is unknown. */
  async endsAt(token: string): Promise<Date | null> {
    const session = await this.db.read.findOneBy(SessionEntity, { idHash: hashToken(token) })
    if (session === null) {
      return null
    }
    const idleEnd = session.lastSeenAt.getTime() + SESSION_IDLE_MS
    return new Date(Math.min(idleEnd, session.createdAt.getTime() + SESSION_ABSOLUTE_MS))
  }

  async end(token: string): Promise<void> {
    const idHash = hashToken(token)
    await this.db.write(manager => manager.delete(SessionEntity, { idHash }))
    this.endings.announce({ idHash })
  }

  /** Ends every session of an account: on disable, role removal, password change, 2FA reset (R18). */
  async endAllFor(accountId: string): Promise<void> {
    await this.db.write(manager => manager.delete(SessionEntity, { accountId }))
    this.endings.announce({ accountId })
  }

  async loadViewer(accountId: string): Promise<Viewer | null> {
    return readViewer(this.db.read, accountId)
  }
}
