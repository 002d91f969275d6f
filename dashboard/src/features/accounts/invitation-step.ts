import { execute } from '@/graphql/client'
import {
  AccountsRedeemInvitationDocument,
  type AccountsInvitationQuery,
  type AccountsSignInProgressFieldsFragment,
} from '@/graphql/generated/graphql'

/** What the invitation page gives each way of accepting (a new account, or an existing one). */
export interface InvitationStepProps {
  token: string
  invitation: AccountsInvitationQuery['invitation']
}

/** Accepted (the sign-in goes on from `progress`), or the link turned out unusable meanwhile. */
export interface InvitationStepEvents {
  accepted: [progress: AccountsSignInProgressFieldsFragment]
  unusable: []
}

/** Accepts the invitation: a new account sends its name and password, an existing one nothing. */
export async function redeemInvitation(
  token: string,
  account: { name: string; password: string; email: string | null } = { name: '', password: '', email: null },
): Promise<AccountsSignInProgressFieldsFragment> {
  const data = await execute(AccountsRedeemInvitationDocument, { input: { token, ...account } })
  return data.redeemInvitation
}
