/** Why a change to a CoC contact was refused; see `errors/error-reasons.ts`. */
export const ContactReason = {
  /** Reports name this contact (to involve or to keep out), so whose account it is cannot change. */
  LinkLockedByReports: 'CONTACT_LINK_LOCKED_BY_REPORTS',
  /** The account is already another contact of the event: one person, one contact. */
  AccountIsAnotherContact: 'CONTACT_ACCOUNT_IS_ANOTHER_CONTACT',
  /** The account chosen is not on the event's team. */
  AccountNotOnTeam: 'CONTACT_ACCOUNT_NOT_ON_TEAM',
  /** The contact is already linked to an account; there is nobody to invite. */
  AlreadyLinked: 'CONTACT_ALREADY_LINKED',
  /** A shared mailbox (coc@, team@) instead of one person's address. */
  GroupAddress: 'CONTACT_GROUP_ADDRESS',
  /** The address is already another contact's. */
  EmailTaken: 'CONTACT_EMAIL_TAKEN',
} as const
