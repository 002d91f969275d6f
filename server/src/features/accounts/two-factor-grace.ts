import { Role } from '@conduct-desk/shared'
import { In, type EntityManager } from 'typeorm'
import { RoleAssignmentEntity } from './role-assignment.entity.js'
import { TwoFactorGraceEntity } from './two-factor-grace.entity.js'

/**
 * Until when an account may go without a second factor: while every one of its roles is in an event
 * whose grace period is open, until the earliest of them ends. Never for administrators or the
 * Working Group, whose roles span every event, nor for an account without roles.
 * @returns null when the account has no grace
 */
export async function graceEndsAtFor(
  read: EntityManager,
  accountId: string,
  now: Date,
): Promise<Date | null> {
  const roles = await read.findBy(RoleAssignmentEntity, { accountId })
  if (roles.length === 0 || roles.some(held => held.role === Role.Admin || held.role === Role.Wg)) {
    return null
  }
  const eventIds = [...new Set(roles.map(held => held.eventId).filter(id => id !== null))]
  if (eventIds.length === 0) {
    return null
  }
  const graces = await read.findBy(TwoFactorGraceEntity, { eventId: In(eventIds) })
  const open = graces.filter(grace => grace.endsAt > now)
  if (open.length !== eventIds.length) {
    return null
  }
  return new Date(Math.min(...open.map(grace => grace.endsAt.getTime())))
}
