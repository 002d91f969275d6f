import type { Role } from '@conduct-desk/shared'
import { IsNull, Not } from 'typeorm'
import type { Viewer } from '../../authorization/viewer.js'
import type { Database } from '../../db/database.js'
import { hashToken, newToken } from '../../platform/security/tokens.js'
import type { Clock } from '../../platform/time/clock.js'
import { AccountEntity } from './account.entity.js'
import { RoleAssignmentEntity } from './role-assignment.entity.js'
import { SessionEndings } from './session-endings.js'
import { SessionEntity } from './session.entity.js'

/** SECURITY R18: a session ends after 15 minutes without a request, and 8 hours after sign-in. */
export const SESSION_IDLE_MS = 15 * 60_000
export const SESSION_ABSOLUTE_MS = 8 * 60 * 60_000
/** Activity is written back at most this often, so reading the dashboard is not a stream of writes. */
const TOUCH_INTERVAL_MS = 60_000

/** Server-side sessions: the cookie holds a random id, the table only its hash. */
export class SessionService {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
    /** Told when sessions end, so live sockets close at once (R51). */
    private readonly endings: SessionEndings = new SessionEndings(),
  ) {}

  /** Starts a session and returns the raw id for the cookie; a fresh id at every sign-in (R17). */
  async start(accountId: string): Promise<string> {
    const token = newToken()
    const now = this.clock.now()
    await this.db.write(manager =>
      manager.insert(SessionEntity, { idHash: hashToken(token), accountId, createdAt: now, lastSeenAt: now }),
    )
    return token
  }

  /**
   * The viewer behind a cookie's session id, or null when it is unknown, expired or disabled.
   * @param options.touch false for checks that are not the person acting (a live update being
   * delivered), so they do not keep an idle session alive
   */
  async resolve(token: string, { touch = true }: { touch?: boolean } = {}): Promise<Viewer | null> {
    const idHash = hashToken(token)
    const session = await this.db.read.findOneBy(SessionEntity, { idHash })
    if (session === null) {
      return null
    }
    const now = this.clock.now().getTime()
    const idle = now - session.lastSeenAt.getTime()
    if (idle > SESSION_IDLE_MS || now - session.createdAt.getTime() > SESSION_ABSOLUTE_MS) {
      await this.db.write(manager => manager.delete(SessionEntity, { idHash }))
      return null
    }
    const viewer = await this.loadViewer(session.accountId)
    if (viewer === null) {
      return null
    }
    if (touch && idle > TOUCH_INTERVAL_MS) {
      await this.db.write(manager => manager.update(SessionEntity, { idHash }, { lastSeenAt: new Date(now) }))
    }
    return viewer
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

  /** Ends every session of an account: on disable, role removal, password change (R18). */
  async endAllFor(accountId: string): Promise<void> {
    await this.db.write(manager => manager.delete(SessionEntity, { accountId }))
    this.endings.announce({ accountId })
  }

  async loadViewer(accountId: string): Promise<Viewer | null> {
    const account = await this.db.read.findOneBy(AccountEntity, { id: accountId })
    if (account === null || account.disabledAt !== null) {
      return null
    }
    // An appointment waiting for its second person grants nothing yet.
    const roles = await this.db.read.findBy(RoleAssignmentEntity, { accountId, approvedAt: Not(IsNull()) })
    return {
      accountId: account.id,
      email: account.email,
      name: account.name,
      roles: roles.map(row => ({ role: row.role as Role, eventId: row.eventId })),
    }
  }
}
