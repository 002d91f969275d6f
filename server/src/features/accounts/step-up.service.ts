import { AccountReason } from '@conduct-desk/shared'
import type { Viewer } from '../../authorization/viewer.js'
import { badUserInput, unauthenticated } from '../../platform/errors/domain-error.js'
import type { SessionService } from './session.service.js'
import type { SignInService } from './sign-in.service.js'
import type { TwoFactorService } from './two-factor.service.js'

/** What the person gives to confirm it is them: their password, or a code. */
export interface IdentityProof {
  readonly password?: string | null
  readonly code?: string | null
}

/**
 * Step-up authentication (SECURITY R19): a signed-in person confirms it is them before a sensitive
 * action. The password goes through the sign-in throttle (R53), a code is single-use as at sign-in,
 * and the session gets a new id (R17) with a fresh authentication time.
 */
export class StepUpService {
  constructor(
    private readonly signIn: SignInService,
    private readonly twoFactor: TwoFactorService,
    private readonly sessions: SessionService,
  ) {}

  /**
   * @returns the session's new raw id, for the cookie
   * @throws BAD_USER_INPUT (PASSWORD_NOT_ACCEPTED, TWO_FACTOR_CODE_NOT_ACCEPTED, TWO_FACTOR_NOT_ENROLLED)
   * @throws RATE_LIMITED while the account's passwords or codes are locked
   */
  async confirm(viewer: Viewer, sessionToken: string, proof: IdentityProof): Promise<string> {
    if (proof.password != null && proof.password !== '') {
      const account = await this.signIn.checkPassword(viewer.email, proof.password)
      if (account?.id !== viewer.accountId) {
        throw badUserInput('The password is not right.', 'password', AccountReason.PasswordNotAccepted)
      }
    } else {
      const { hasTotp } = await this.twoFactor.status(viewer.accountId)
      if (!hasTotp) {
        throw badUserInput('Confirm with your password.', 'code', AccountReason.TwoFactorNotEnrolled)
      }
      await this.signIn.checkCode(viewer.accountId, () =>
        this.twoFactor.verify(viewer.accountId, proof.code ?? ''),
      )
    }
    const renewed = await this.sessions.renew(sessionToken)
    if (renewed === null) {
      throw unauthenticated()
    }
    return renewed
  }
}
