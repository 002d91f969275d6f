import type { Feature } from '../../platform/feature/feature.js'
import { AccountEntity } from './account.entity.js'
import { AccountResolver } from './account.resolver.js'
import { InvitationEntity } from './invitation.entity.js'
import { RoleAssignmentEntity } from './role-assignment.entity.js'
import { SessionEntity } from './session.entity.js'

/** Dashboard accounts: sign-in, sessions, roles, invitations. */
export const accountsFeature: Feature = {
  name: 'accounts',
  entities: [AccountEntity, RoleAssignmentEntity, SessionEntity, InvitationEntity],
  resolvers: [AccountResolver],
}
