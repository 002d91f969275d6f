import { ErrorCode } from '@conduct-desk/shared'
import type { Viewer } from '../../authorization/viewer.js'
import type { Database } from '../../db/database.js'
import { DomainError } from '../../platform/errors/domain-error.js'
import type { FailureThrottle } from '../../platform/rate-limit/failure-throttle.js'
import { AccountEntity } from './account.entity.js'
import {
  hashPassword,
  needsRehash,
  verifyAgainstDummy,
  verifyPassword,
} from '../../platform/security/password-hasher.js'
import type { SessionService } from './session.service.js'

export interface SignedIn {
  readonly viewer: Viewer
  /** The new session's id, for the cookie. */
  readonly sessionToken: string
}

export const normalizeEmail = (email: string) => email.trim().toLowerCase()

/**
 * Email + password sign-in. Failures are counted per account (by email, known or not), so one
 * attacked account is throttled while everyone else signs in (SECURITY R12); an unknown email and a
 * wrong password get the same answer after the same work (R20).
 */
export class SignInService {
  constructor(
    private readonly db: Database,
    private readonly sessions: SessionService,
    private readonly throttle: FailureThrottle<'account'>,
  ) {}

  async signIn(email: string, password: string): Promise<SignedIn> {
    const key = normalizeEmail(email)
    const account = await this.throttle.attempt(key, async () => {
      const found = await this.db.read.findOneBy(AccountEntity, { email: key })
      const valid =
        found !== null && found.disabledAt === null
          ? await verifyPassword(found.passwordHash, password)
          : await verifyAgainstDummy(password)
      return valid ? found : null
    })
    if (account === null) {
      throw new DomainError(ErrorCode.Unauthenticated, 'The email or the password is not right.')
    }
    if (needsRehash(account.passwordHash)) {
      const passwordHash = await hashPassword(password)
      await this.db.write(manager => manager.update(AccountEntity, { id: account.id }, { passwordHash }))
    }
    const sessionToken = await this.sessions.start(account.id)
    const viewer = await this.sessions.loadViewer(account.id)
    if (viewer === null) {
      throw new DomainError(ErrorCode.Unauthenticated, 'The email or the password is not right.')
    }
    return { viewer, sessionToken }
  }
}
