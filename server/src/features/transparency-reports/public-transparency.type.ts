import type { TransparencyReportKind } from '@conduct-desk/shared'
import { GraphQLDateTime } from 'graphql-scalars'
import { Field, ObjectType } from 'type-graphql'
import { TransparencyReportKindEnum } from './transparency-report.type.js'

@ObjectType({
  description:
    'An event whose transparency report is published, for a list of reports: past editions stay listed here after they leave the public events.',
})
export class TransparencyReportListing {
  @Field(() => String)
  eventSlug: string

  @Field(() => String)
  eventName: string

  @Field(() => String, { description: 'First day, YYYY-MM-DD in the event time zone.' })
  startsOn: string

  @Field(() => String, { description: 'Last day, YYYY-MM-DD in the event time zone.' })
  endsOn: string

  @Field(() => TransparencyReportKindEnum, { description: 'FULL once published, else INITIAL.' })
  kind: TransparencyReportKind

  @Field(() => GraphQLDateTime)
  publishedAt: Date
}
