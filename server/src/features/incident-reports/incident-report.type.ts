import { Field, ObjectType, registerEnumType } from 'type-graphql'
import { CaseStatusEnum } from '../cases/case-status.type.js'
import type { CaseStatus } from '@conduct-desk/shared'

/** How far the team has got with a report, in the reporter's terms (issue 9 item 4). */
export const ReportProgress = {
  /** Arrived; nobody on the team has opened it yet. */
  RECEIVED: 'RECEIVED',
  /** A responder has read it. */
  READ: 'READ',
  /** The team has written to the reporter. */
  ANSWERED: 'ANSWERED',
} as const
export type ReportProgress = (typeof ReportProgress)[keyof typeof ReportProgress]
registerEnumType(ReportProgress, { name: 'ReportProgress' })

@ObjectType({
  description: 'Shown once: the reference and the passphrase to follow the report up anonymously.',
})
export class ReportReceipt {
  @Field(() => String, { description: 'e.g. R-7K3M-9Q2F' })
  reference: string

  @Field(() => String, { description: 'Five groups of four; stored only as a slow hash, never shown again.' })
  passphrase: string

  @Field(() => String, {
    nullable: true,
    description:
      'When the report needs someone right now: the token of the urgent-help alert it raised or joined (urgentHelpProgress).',
  })
  urgentAlertToken?: string | null
}

@ObjectType({
  description: 'One message of the conversation, as the reporter sees it. Dates only, no times.',
})
export class ReportStatusMessage {
  @Field(() => String, { description: 'team or you' })
  from: string

  @Field(() => String)
  body: string

  @Field(() => String, { description: 'YYYY-MM-DD' })
  sentOn: string
}

@ObjectType({ description: 'What became of a report, for the person holding its receipt.' })
export class ReportStatus {
  @Field(() => String)
  reference: string

  @Field(() => CaseStatusEnum, { description: 'Where the case stands; the kiosk says it in plain words.' })
  status: CaseStatus

  @Field(() => ReportProgress, {
    description: 'What the team did so far: received, read (a responder opened it) or answered.',
  })
  progress: ReportProgress

  @Field(() => String, { description: 'YYYY-MM-DD' })
  submittedOn: string

  @Field(() => [ReportStatusMessage])
  messages: ReportStatusMessage[]

  @Field(() => String, {
    description:
      'What the report says happened, so the person can check it, above all when a responder wrote it down.',
  })
  whatHappened: string

  @Field(() => String, { nullable: true })
  when: string | null

  @Field(() => String, { nullable: true })
  where: string | null
}
