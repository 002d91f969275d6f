import { CASE_ACTIONS, type CaseAction } from '@conduct-desk/shared'
import { registerEnumType } from 'type-graphql'

/** The GraphQL enum of case actions: the shared keys, named and valued alike. */
export const CaseActionEnum = Object.fromEntries(CASE_ACTIONS.map(action => [action, action])) as Record<
  CaseAction,
  CaseAction
>
registerEnumType(CaseActionEnum, {
  name: 'CaseAction',
  description: 'What the team does about a case (DESIGN §5); counted by key in the transparency report.',
})
