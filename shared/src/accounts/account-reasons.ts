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
  /** The pending sign-in is gone (expired, used up, or never started): give the password again. */
  SignInChallengeEnded: 'SIGN_IN_CHALLENGE_ENDED',
  /** The code is not right, or it was already used once. */
  CodeNotAccepted: 'TWO_FACTOR_CODE_NOT_ACCEPTED',
  /** The password given to confirm who you are is not right. */
  PasswordNotAccepted: 'PASSWORD_NOT_ACCEPTED',
  /** This account already has an authenticator; an administrator resets it before a new one. */
  TwoFactorAlreadyEnrolled: 'TWO_FACTOR_ALREADY_ENROLLED',
  /** Confirming with a code needs an authenticator set up; use the password. */
  TwoFactorNotEnrolled: 'TWO_FACTOR_NOT_ENROLLED',
} as const
