import { Role } from '@conduct-desk/shared'
import { In, IsNull, Not, type EntityManager } from 'typeorm'
import { AccountEntity } from '../accounts/account.entity.js'
import { RoleAssignmentEntity } from '../accounts/role-assignment.entity.js'
import { ContactEntity } from '../contacts/contact.entity.js'
import type { CaseFileEntity } from './case-file.entity.js'
import { canView, type CaseFacts } from './case.policy.js'

/** A responder of the case's event who may see the case. */
export interface CaseTeamMember {
  readonly accountId: string
  readonly name: string
  readonly email: string
}

/**
 * The case's team: its event's responders (approved, not disabled) who may see it — never one the
 * reporter excluded or who stands aside. Whom to remind, and whom a case may be assigned to.
 */
export async function teamOf(
  manager: EntityManager,
  caseFile: Pick<CaseFileEntity, 'eventId'>,
  facts: CaseFacts,
): Promise<CaseTeamMember[]> {
  const roles = await manager.findBy(RoleAssignmentEntity, {
    role: Role.Responder,
    eventId: caseFile.eventId,
    approvedAt: Not(IsNull()),
  })
  const ids = [...new Set(roles.map(role => role.accountId))]
  if (ids.length === 0) {
    return []
  }
  const [accounts, contacts] = await Promise.all([
    manager.findBy(AccountEntity, { id: In(ids), disabledAt: IsNull() }),
    manager.findBy(ContactEntity, { eventId: caseFile.eventId, accountId: In(ids) }),
  ])
  return accounts
    .filter(account =>
      canView(
        {
          viewer: {
            accountId: account.id,
            email: account.email,
            name: account.name,
            roles: [{ role: Role.Responder, eventId: caseFile.eventId }],
          },
          accountId: account.id,
          contactIds: new Set(contacts.filter(contact => contact.accountId === account.id).map(c => c.id)),
        },
        facts,
      ),
    )
    .map(account => ({ accountId: account.id, name: account.name, email: account.email }))
}
