import { Field, Float, Int, ObjectType } from 'type-graphql'

@ObjectType({ description: 'How many cases share one key (a category, an action, a channel, a status).' })
export class CountByKey {
  @Field(() => String)
  key: string

  @Field(() => Int)
  count: number
}

@ObjectType({ description: 'One edition of a series, for the transparency report’s history table.' })
export class EditionStatistics {
  @Field(() => String)
  eventSlug: string

  @Field(() => String)
  eventName: string

  @Field(() => Int, { description: 'The year of its first day.' })
  year: number

  @Field(() => Int, { nullable: true, description: 'Null when the event did not say.' })
  attendeesInPerson: number | null

  @Field(() => Int, { nullable: true, description: 'Null when the event did not say.' })
  attendeesOnline: number | null

  @Field(() => Int)
  reports: number

  @Field(() => Int)
  reportsDuringEvent: number

  @Field(() => Int)
  reportsAfterEvent: number
}

@ObjectType({
  description:
    'An event’s numbers, counted in the database from plain columns (never from what is sealed). Cases merged into another count once, as that one. Keys: byStatus the CaseStatus enum names, byAction the CaseAction keys (of decided proposals), byChannel and byCategory the stored strings of each case’s first report; zero rows are left out, sorted by count then key.',
})
export class TransparencyStatistics {
  @Field(() => Int, { description: 'Cases (merged ones count once).' })
  reports: number

  @Field(() => Int, {
    description: 'First reported before the end of the event’s last day, in its time zone.',
  })
  reportsDuringEvent: number

  @Field(() => Int)
  reportsAfterEvent: number

  @Field(() => Int)
  lawEnforcementCalled: number

  @Field(() => [CountByKey])
  byCategory: CountByKey[]

  @Field(() => [CountByKey])
  byAction: CountByKey[]

  @Field(() => [CountByKey])
  byChannel: CountByKey[]

  @Field(() => [CountByKey])
  byStatus: CountByKey[]

  @Field(() => [EditionStatistics], {
    description: 'This edition and up to five earlier ones of its series, oldest first.',
  })
  history: EditionStatistics[]

  @Field(() => Int, { nullable: true })
  attendeesInPerson: number | null

  @Field(() => Int, { nullable: true })
  attendeesOnline: number | null

  @Field(() => Float, { nullable: true, description: 'Null when the in-person count is not known.' })
  reportsPer100InPerson: number | null

  @Field(() => Float, { nullable: true, description: 'Null when the online count is not known.' })
  reportsPer100Online: number | null

  @Field(() => Float, {
    nullable: true,
    description:
      'Median hours from the first report to the team’s first visible answer (a status move or a message to the reporter); null when no case was answered.',
  })
  medianHoursToFirstResponse: number | null

  @Field(() => Int, { description: 'Cases not yet decided or closed.' })
  openCases: number
}
