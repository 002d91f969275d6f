/** Why an accounts request failed (invitations, appointments); see `errors/error-reasons.ts`. */
export const AccountReason = {
  /** The invitation is for an address that already has an account: sign in as it, then accept. */
  SignInToAccept: 'INVITATION_SIGN_IN_TO_ACCEPT',
  /** Someone is signed in, but the invitation is for another address. */
  InvitationForAnotherAccount: 'INVITATION_FOR_ANOTHER_ACCOUNT',
  /** A case-reading role is approved by a second person, never the one appointed or appointing. */
  ApprovalNeedsAnotherPerson: 'APPOINTMENT_NEEDS_ANOTHER_PERSON',
  /** The appointment was already approved or withdrawn. */
  AppointmentNotPending: 'APPOINTMENT_NOT_PENDING',
} as const
