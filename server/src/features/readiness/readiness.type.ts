import { Field, ObjectType } from 'type-graphql'

@ObjectType({ description: 'One item of the Working Group’s baseline, as it stands for this event.' })
export class ReadinessCheck {
  @Field(() => String, { description: 'A key of READINESS_ITEMS; the apps translate it.' })
  key: string

  @Field(() => Boolean)
  isMet: boolean

  @Field(() => [String], {
    description: 'What is missing, as short facts (names of contacts without a photo, …).',
  })
  missing: string[]

  @Field(() => String, {
    description:
      'The dashboard section where it is fixed: details, contacts, policy, photo-consent, quiet-room.',
  })
  fixIn: string
}

@ObjectType({
  description:
    'Whether the event meets the baseline, item by item. Items that do not apply to its kind are left out.',
})
export class Readiness {
  @Field(() => Boolean)
  isReady: boolean

  @Field(() => [ReadinessCheck])
  checks: ReadinessCheck[]
}
