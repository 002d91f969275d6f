import { ErrorCode } from '@conduct-desk/shared'
import type { Context } from './request-context.js'
import { DomainError } from '../platform/errors/domain-error.js'
import { requireViewer } from './require-viewer.js'
import type { Viewer } from './viewer.js'

/**
 * Step-up for sensitive actions (SECURITY R19): the viewer must have given their password or a code
 * within the last few minutes (`confirmIdentity`), or the action answers REAUTH_REQUIRED. Call it
 * first in the resolver, before anything is read or written, so a refused action has no effect:
 *
 * ```ts
 * @Allow(Role.Chair)
 * @Mutation(() => Boolean)
 * async exportCase(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
 *   const viewer = requireRecentAuthentication(ctx)
 *   …
 * }
 * ```
 *
 * The dashboard answers REAUTH_REQUIRED by itself: it asks for the password or a code, then sends
 * the same request again.
 * @throws UNAUTHENTICATED without a viewer; REAUTH_REQUIRED when the last authentication is too old
 */
export function requireRecentAuthentication(ctx: Pick<Context, 'viewer' | 'session'>): Viewer {
  const viewer = requireViewer(ctx)
  if (!ctx.session.isRecentlyAuthenticated()) {
    throw new DomainError(
      ErrorCode.ReauthRequired,
      'Confirm it is you: give your password or a code again, then repeat this.',
    )
  }
  return viewer
}
