import { SIGN_IN_CODE_ATTEMPTS } from '@conduct-desk/shared'
import type { Context } from '../../authorization/request-context.js'
import type { Viewer } from '../../authorization/viewer.js'
import { ViewerType } from './account.type.js'
import { ChallengeKind } from './sign-in-challenge.entity.js'
import { CHALLENGE_TTL_MS } from './sign-in-challenge.service.js'
import type { SessionService } from './session.service.js'
import type { SignedIn, SignInOutcome } from './sign-in.service.js'
import { type SignInProgressType, SignInStep } from './two-factor.type.js'

export function toViewerType(viewer: Viewer): ViewerType {
  return Object.assign(new ViewerType(), {
    id: viewer.accountId,
    email: viewer.email,
    name: viewer.name,
    roles: viewer.roles.map(held => ({ role: held.role, eventId: held.eventId })),
  })
}

/**
 * Puts a new session in the browser: its cookie replaces the pending sign-in's, and the session the
 * browser had before ends on the server (a fresh id at every sign-in, SECURITY R17).
 */
export async function startBrowserSession(
  ctx: Context,
  sessions: SessionService,
  signedIn: SignedIn,
): Promise<ViewerType> {
  if (ctx.session.token !== null) {
    await sessions.end(ctx.session.token)
  }
  ctx.session.set(signedIn.sessionToken)
  if (ctx.signInChallenge.token !== null) {
    ctx.signInChallenge.clear()
  }
  return toViewerType(signedIn.viewer)
}

/** Answers a sign-in step: a session, or a pending sign-in in its own HttpOnly cookie. */
export async function answerSignIn(
  ctx: Context,
  sessions: SessionService,
  outcome: SignInOutcome,
): Promise<SignInProgressType> {
  if (outcome.kind === 'signed-in') {
    return {
      step: SignInStep.SIGNED_IN,
      viewer: await startBrowserSession(ctx, sessions, outcome),
      expiresAt: null,
      attemptsLeft: null,
    }
  }
  const { token, kind, expiresAt } = outcome.challenge
  ctx.signInChallenge.set(token, CHALLENGE_TTL_MS[kind] / 1000)
  return {
    step: kind === ChallengeKind.Enrol ? SignInStep.ENROL : SignInStep.SECOND_FACTOR,
    viewer: null,
    expiresAt,
    attemptsLeft: SIGN_IN_CODE_ATTEMPTS,
  }
}
