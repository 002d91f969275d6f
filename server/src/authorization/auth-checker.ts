import { isRole } from '@conduct-desk/shared'
import type { AuthChecker } from 'type-graphql'
import type { Context } from './request-context.js'
import { forbidden, unauthenticated } from '../platform/errors/domain-error.js'
import { holdsRole } from './viewer.js'

/** The event an operation is about, when it names one by `eventId` (directly or in its input). */
function eventIdOf(args: Record<string, unknown>): string | undefined {
  const input = args['input']
  const fromInput =
    typeof input === 'object' && input !== null ? (input as Record<string, unknown>)['eventId'] : undefined
  const candidate = args['eventId'] ?? fromInput
  return typeof candidate === 'string' ? candidate : undefined
}

/**
 * Deny by default: `@Allow()` needs a signed-in viewer, `@Allow(roles)` one holding any of the roles
 * for the event the operation names. Object-level rules (recusal, exclusion) stay in the features'
 * policies; this decides only who may call the operation at all.
 */
export const authChecker: AuthChecker<Context, string> = ({ context, args }, roles) => {
  const { viewer } = context
  if (viewer === null) {
    throw unauthenticated()
  }
  if (roles.length === 0) {
    return true
  }
  const eventId = eventIdOf(args)
  if (roles.some(role => isRole(role) && holdsRole(viewer, role, eventId))) {
    return true
  }
  throw forbidden()
}
