import { ErrorCode, Role } from '@conduct-desk/shared'
import { EVERYONE, SIGNED_IN, type Operation } from './authorization-matrix.actors.js'
import { TEST_PASSWORD } from './factories.js'

/** The rows of accounts, sign-in, two-factor and the team: who may sign in, invite and appoint. */
export const ACCOUNT_OPERATIONS: Record<string, Operation> = {
  'Query.viewer': { document: '{ viewer { id } }', allowed: EVERYONE },
  'Query.invitation': {
    document: 'query($token: String!) { invitation(token: $token) { role } }',
    variables: s => ({ token: s.invitationToken }),
    allowed: EVERYONE,
  },
  'Query.myEvents': { document: '{ myEvents { roles event { id } } }', allowed: SIGNED_IN },
  'Query.series': { document: '{ series { id } }', allowed: ['admin'] },
  'Mutation.signIn': {
    document: 'mutation($input: SignInInput!) { signIn(input: $input) { step } }',
    variables: s => ({ input: { email: s.signInEmail, password: TEST_PASSWORD } }),
    allowed: EVERYONE,
  },
  'Mutation.signOut': { document: 'mutation { signOut }', allowed: SIGNED_IN },
  'Mutation.redeemInvitation': {
    document: 'mutation($input: RedeemInvitationInput!) { redeemInvitation(input: $input) { step } }',
    variables: (_s, run) => ({
      input: { token: `no-such-invitation-token-${run}`, name: 'N', password: TEST_PASSWORD },
    }),
    allowed: EVERYONE,
  },
  // Public, but only a pending sign-in in the browser's cookie gets anywhere: without one, everyone
  // is refused as unauthenticated.
  'Mutation.verifySecondFactor': {
    document: 'mutation { verifySecondFactor(input: { code: "123456" }) { step } }',
    allowed: [],
    deniedWith: ErrorCode.Unauthenticated,
  },
  // A pending sign-in that must set up an authenticator, or a signed-in person without one.
  'Mutation.startTotpEnrolment': {
    document: 'mutation { startTotpEnrolment { otpauthUri } }',
    allowed: SIGNED_IN,
  },
  'Mutation.confirmTotpEnrolment': {
    document: 'mutation { confirmTotpEnrolment(input: { code: "123456" }) { recoveryCodes } }',
    allowed: SIGNED_IN,
  },
  'Mutation.confirmIdentity': {
    document: 'mutation { confirmIdentity(input: { password: "not the password, but let in" }) }',
    allowed: SIGNED_IN,
  },
  'Mutation.resetTwoFactor': {
    document: 'mutation($input: ResetTwoFactorInput!) { resetTwoFactor(input: $input) }',
    variables: s => ({ input: { email: s.signInEmail } }),
    allowed: ['admin'],
  },
  'Mutation.setTwoFactorGrace': {
    document: 'mutation($input: SetTwoFactorGraceInput!) { setTwoFactorGrace(input: $input) { endsAt } }',
    variables: s => ({ input: { eventId: s.eventId, endsAt: null } }),
    allowed: ['admin'],
  },
  'Mutation.inviteMember': {
    document: 'mutation($input: InviteMemberInput!) { inviteMember(input: $input) { url } }',
    variables: (s, run) => ({
      input: { email: `invitee-${run}@example.org`, role: Role.Responder, eventId: s.eventId },
    }),
    allowed: ['admin', 'organizer'],
  },
  'Query.eventTeam': {
    document: 'query($e: ID!) { eventTeam(eventId: $e) { accountId roles { id isPending } } }',
    variables: s => ({ e: s.eventId }),
    allowed: ['admin', 'wg', 'organizer'],
  },
  'Mutation.approveAppointment': {
    document: 'mutation($e: ID!, $a: ID!) { approveAppointment(eventId: $e, appointmentId: $a) }',
    variables: s => ({ e: s.eventId, a: '00000000-0000-4000-8000-000000000000' }),
    allowed: ['admin', 'wg', 'organizer'],
  },
  'Mutation.declineAppointment': {
    document: 'mutation($e: ID!, $a: ID!) { declineAppointment(eventId: $e, appointmentId: $a) }',
    variables: s => ({ e: s.eventId, a: '00000000-0000-4000-8000-000000000000' }),
    allowed: ['admin', 'wg', 'organizer'],
  },
}
