import type { Feature } from '../../platform/feature/feature.js'
import { ACCOUNT_TOTP_PENDING_SECRET, ACCOUNT_TOTP_SECRET, AccountEntity } from './account.entity.js'
import { AccountResolver } from './account.resolver.js'
import { InvitationEntity } from './invitation.entity.js'
import { RoleAssignmentEntity } from './role-assignment.entity.js'
import { RecoveryCodeEntity } from './recovery-code.entity.js'
import { SessionEntity } from './session.entity.js'
import { SignInChallengeEntity } from './sign-in-challenge.entity.js'
import { TwoFactorGraceEntity } from './two-factor-grace.entity.js'
import { TwoFactorResolver, ViewerTwoFactorResolver } from './two-factor.resolver.js'

/** Dashboard accounts: sign-in with a second factor, step-up, sessions, roles, invitations. */
export const accountsFeature: Feature = {
  name: 'accounts',
  entities: [
    AccountEntity,
    RoleAssignmentEntity,
    SessionEntity,
    InvitationEntity,
    RecoveryCodeEntity,
    SignInChallengeEntity,
    TwoFactorGraceEntity,
  ],
  resolvers: [AccountResolver, TwoFactorResolver, ViewerTwoFactorResolver],
  sealedColumns: [ACCOUNT_TOTP_SECRET, ACCOUNT_TOTP_PENDING_SECRET],
  oncePerDocument: [
    'signIn',
    'verifySecondFactor',
    'confirmTotpEnrolment',
    'confirmIdentity',
    'redeemInvitation',
  ],
}
