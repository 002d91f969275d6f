import { Role, checkPassword } from '@conduct-desk/shared'
import { IsNull } from 'typeorm'
import type { Database } from '../../db/database.js'
import { newId } from '../../platform/security/tokens.js'
import type { Clock } from '../../platform/time/clock.js'
import { AccountEntity } from './account.entity.js'
import { InvitationEntity } from './invitation.entity.js'
import { SETUP_EMAIL, type InvitationService } from './invitation.service.js'
import { hashPassword } from '../../platform/security/password-hasher.js'
import { RoleAssignmentEntity } from './role-assignment.entity.js'
import { normalizeEmail } from './sign-in.service.js'

/** The first admin cannot be created as configured; main prints the message and exits 1. */
export class BootstrapError extends Error {
  override readonly name = 'BootstrapError'
}

export type BootstrapOutcome =
  | { readonly kind: 'has-admin' }
  | { readonly kind: 'created'; readonly email: string }
  | { readonly kind: 'setup-link'; readonly url: string; readonly expiresAt: Date }

/**
 * Makes sure someone can run the deployment. With ADMIN_EMAIL/ADMIN_PASSWORD the first admin is
 * created directly; otherwise a one-time setup link is printed, replacing any earlier unused one.
 */
export async function bootstrapAdmin(
  db: Database,
  clock: Clock,
  invitations: InvitationService,
  admin: { email: string; password: string } | null,
): Promise<BootstrapOutcome> {
  const existing = await db.read.findOneBy(RoleAssignmentEntity, { role: Role.Admin, eventId: IsNull() })
  if (existing !== null) {
    return { kind: 'has-admin' }
  }
  if (admin !== null) {
    const problem = checkPassword(admin.password, [admin.email.split('@')[0] ?? ''])
    if (problem !== null) {
      throw new BootstrapError(
        `ADMIN_PASSWORD is ${problem.replace('-', ' ')}: use at least 15 characters of your own words`,
      )
    }
    const passwordHash = await hashPassword(admin.password)
    const email = normalizeEmail(admin.email)
    await db.write(async manager => {
      const account = await manager.findOneBy(AccountEntity, { email })
      const accountId = account?.id ?? newId()
      if (account === null) {
        await manager.insert(AccountEntity, {
          id: accountId,
          email,
          name: 'Administrator',
          passwordHash,
          createdAt: clock.now(),
          disabledAt: null,
        })
      }
      await manager.insert(RoleAssignmentEntity, {
        id: newId(),
        accountId,
        role: Role.Admin,
        eventId: null,
        createdAt: clock.now(),
        appointedById: null,
        approvedById: null,
        approvedAt: clock.now(),
      })
      // A setup link printed at an earlier start must not make a second admin now there is one.
      await manager.delete(InvitationEntity, { email: SETUP_EMAIL, redeemedAt: IsNull() })
    })
    return { kind: 'created', email }
  }
  await db.write(manager => manager.delete(InvitationEntity, { email: SETUP_EMAIL, redeemedAt: IsNull() }))
  const issued = await invitations.issue({
    email: SETUP_EMAIL,
    role: Role.Admin,
    eventId: null,
    invitedById: null,
  })
  return { kind: 'setup-link', ...issued }
}
