import { GraphQLDateTime } from 'graphql-scalars'
import { Field, ID, ObjectType } from 'type-graphql'

@ObjectType({ description: 'A kiosk of the event, as its organizers see it.' })
export class KioskDevice {
  @Field(() => ID)
  id: string

  @Field(() => String)
  location: string

  @Field(() => GraphQLDateTime, {
    nullable: true,
    description: 'Null while the code has not been typed on the device.',
  })
  enrolledAt: Date | null

  @Field(() => GraphQLDateTime, { nullable: true })
  enrolmentExpiresAt: Date | null

  @Field(() => GraphQLDateTime, { nullable: true })
  lastSeenAt: Date | null

  @Field(() => Boolean, {
    description: 'Enrolled, not revoked, and silent for over 5 minutes while the event is live.',
  })
  isSilent: boolean

  @Field(() => GraphQLDateTime, { nullable: true })
  revokedAt: Date | null
}

@ObjectType({ description: 'A short code to type on the kiosk, valid for 10 minutes.' })
export class KioskEnrolment {
  @Field(() => String)
  code: string

  @Field(() => GraphQLDateTime)
  expiresAt: Date

  @Field(() => KioskDevice)
  device: KioskDevice
}

@ObjectType({ description: 'The enrolled kiosk this browser is, if any.' })
export class ThisKiosk {
  @Field(() => String)
  eventSlug: string

  @Field(() => String)
  location: string
}
