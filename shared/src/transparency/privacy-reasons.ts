/** Why a transparency report request failed in the privacy check; see `errors/error-reasons.ts`. */
export const PrivacyReason = {
  /**
   * The text still has a name, email, phone number or handle the privacy check blocks on: run the
   * check, rewrite what it highlights, and publish again.
   */
  CheckBlocked: 'PRIVACY_CHECK_BLOCKED',
} as const
