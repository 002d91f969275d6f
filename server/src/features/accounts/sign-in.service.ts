import { AccountReason, ErrorCode } from '@conduct-desk/shared'
import type { Viewer } from '../../authorization/viewer.js'
import type { Database } from '../../db/database.js'
import { DomainError, badUserInput, unauthenticated } from '../../platform/errors/domain-error.js'
import type { FailureThrottle } from '../../platform/rate-limit/failure-throttle.js'
import { AccountEntity } from './account.entity.js'
import {
  hashPassword,
  needsRehash,
  verifyAgainstDummy,
  verifyPassword,
} from '../../platform/security/password-hasher.js'
import type { SessionService } from './session.service.js'
import { ChallengeKind } from './sign-in-challenge.entity.js'
import type { OpenedChallenge, SignInChallengeService } from './sign-in-challenge.service.js'
import type { TwoFactorService } from './two-factor.service.js'

export interface SignedIn {
  readonly viewer: Viewer
  /** The new session's id, for the cookie. */
  readonly sessionToken: string
}

/** Where a sign-in stands after the password: signed in, or waiting for the second factor. */
export type SignInOutcome =
  | ({ readonly kind: 'signed-in' } & SignedIn)
  | { readonly kind: 'challenge'; readonly challenge: OpenedChallenge }

export const normalizeEmail = (email: string) => email.trim().toLowerCase()

/** Second-factor failures count per account on the sign-in throttle, apart from the password's. */
const codeKey = (accountId: string) => `second-factor:${accountId}`

const wrongCredentials = () =>
  new DomainError(ErrorCode.Unauthenticated, 'The email or the password is not right.')

const challengeEnded = () =>
  unauthenticated('This sign-in has ended. Give your password again.', AccountReason.SignInChallengeEnded)

export const codeNotAccepted = () =>
  badUserInput('The code is not right, or it was already used.', 'code', AccountReason.CodeNotAccepted)

/**
 * Sign-in in two steps: email + password, then a code from the authenticator app or a recovery code
 * (SECURITY R15). A session exists only after both, except for accounts an event's grace period
 * lets in on the password alone. Password failures are counted per account (by email, known or not),
 * so one attacked account is throttled while everyone else signs in (R12); an unknown email and a
 * wrong password get the same answer after the same work (R20).
 */
export class SignInService {
  constructor(
    private readonly db: Database,
    private readonly sessions: SessionService,
    private readonly throttle: FailureThrottle<'account'>,
    private readonly twoFactor: TwoFactorService,
    private readonly challenges: SignInChallengeService,
  ) {}

  async signIn(email: string, password: string): Promise<SignInOutcome> {
    const account = await this.checkPassword(email, password)
    if (account === null) {
      throw wrongCredentials()
    }
    return this.afterPassword(account.id)
  }

  /**
   * The password check of sign-in, through its throttle; step-up confirms a password the same way
   * (SECURITY R53).
   * @returns the account, or null when the email or the password is not right
   * @throws RATE_LIMITED while the email is locked
   */
  async checkPassword(email: string, password: string): Promise<AccountEntity | null> {
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
      return null
    }
    if (needsRehash(account.passwordHash)) {
      const passwordHash = await hashPassword(password)
      await this.db.write(manager => manager.update(AccountEntity, { id: account.id }, { passwordHash }))
    }
    return account
  }

  /**
   * What follows a right password (at sign-in, or accepting an invitation as a new account): the
   * second factor, or setting one up, or (in a grace period, without one) a session straight away.
   */
  async afterPassword(accountId: string): Promise<SignInOutcome> {
    const { hasTotp, graceEndsAt } = await this.twoFactor.status(accountId)
    if (hasTotp) {
      return {
        kind: 'challenge',
        challenge: await this.challenges.open(accountId, ChallengeKind.SecondFactor),
      }
    }
    if (graceEndsAt === null) {
      return { kind: 'challenge', challenge: await this.challenges.open(accountId, ChallengeKind.Enrol) }
    }
    return { kind: 'signed-in', ...(await this.startSession(accountId, false)) }
  }

  /**
   * The second step: a code from the authenticator app, or a recovery code. At most
   * SIGN_IN_CODE_ATTEMPTS per challenge, counted before the check (R12).
   * @throws UNAUTHENTICATED (SIGN_IN_CHALLENGE_ENDED) when the challenge is gone or used up
   * @throws BAD_USER_INPUT (TWO_FACTOR_CODE_NOT_ACCEPTED) for a wrong or reused code
   */
  async verifySecondFactor(challengeToken: string | null, typed: string): Promise<SignedIn> {
    const accountId = await this.countAttempt(challengeToken, ChallengeKind.SecondFactor)
    await this.checkCode(accountId, () => this.twoFactor.verify(accountId, typed))
    await this.challenges.close(challengeToken ?? '')
    return this.startSession(accountId, true)
  }

  /** The account of an enrolment challenge, for showing its new secret; counts no attempt. */
  async enrolmentAccount(challengeToken: string | null): Promise<string> {
    const accountId =
      challengeToken === null ? null : await this.challenges.peek(challengeToken, ChallengeKind.Enrol)
    if (accountId === null) {
      throw challengeEnded()
    }
    return accountId
  }

  /**
   * Finishes a sign-in that had to set up an authenticator: a code from the new secret confirms it,
   * and the session starts.
   * @returns the session and the recovery codes, shown this once
   */
  async confirmEnrolment(
    challengeToken: string | null,
    typed: string,
  ): Promise<SignedIn & { recoveryCodes: string[] }> {
    const accountId = await this.countAttempt(challengeToken, ChallengeKind.Enrol)
    const recoveryCodes = await this.confirmEnrolmentOf(accountId, typed)
    await this.challenges.close(challengeToken ?? '')
    return { ...(await this.startSession(accountId, true)), recoveryCodes }
  }

  /** Confirms a pending authenticator secret with a code, through the second-factor throttle. */
  async confirmEnrolmentOf(accountId: string, typed: string): Promise<string[]> {
    let recoveryCodes: string[] | null = null
    await this.checkCode(accountId, async () => {
      recoveryCodes = await this.twoFactor.confirmEnrolment(accountId, typed)
      return recoveryCodes !== null
    })
    return recoveryCodes ?? []
  }

  /**
   * Runs one code check for an account, behind its own throttle: five wrong codes a minute lock the
   * account's codes with the same doubling back-off as passwords, however many challenges the
   * password opened.
   * @throws RATE_LIMITED while locked; BAD_USER_INPUT when `check` says no
   */
  async checkCode(accountId: string, check: () => Promise<boolean>): Promise<void> {
    const accepted = await this.throttle.attempt(codeKey(accountId), async () =>
      (await check()) ? true : null,
    )
    if (accepted === null) {
      throw codeNotAccepted()
    }
  }

  private async countAttempt(challengeToken: string | null, kind: ChallengeKind): Promise<string> {
    const challenge =
      challengeToken === null ? null : await this.challenges.countAttempt(challengeToken, kind)
    if (challenge === null) {
      throw challengeEnded()
    }
    return challenge.accountId
  }

  private async startSession(accountId: string, hasSecondFactor: boolean): Promise<SignedIn> {
    const sessionToken = await this.sessions.start(accountId, { hasSecondFactor })
    const viewer = await this.sessions.loadViewer(accountId)
    if (viewer === null) {
      throw wrongCredentials()
    }
    return { viewer, sessionToken }
  }
}
