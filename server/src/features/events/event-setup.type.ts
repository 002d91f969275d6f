import { Field, ObjectType } from 'type-graphql'

@ObjectType({ description: 'One marker of the photo-consent system and what it means.' })
export class PhotoConsentMarkerType {
  @Field(() => String, { description: 'e.g. "Red lanyard"' })
  marker: string

  @Field(() => String, { description: 'e.g. "Please do not photograph me"' })
  meaning: string

  @Field(() => String, { nullable: true, description: 'A CSS colour to show beside the marker.' })
  color: string | null
}

@ObjectType({ description: 'How attendees signal whether they may be photographed.' })
export class PhotoConsentSystem {
  @Field(() => String, { description: 'opt-in or opt-out' })
  mode: string

  @Field(() => [PhotoConsentMarkerType])
  markers: PhotoConsentMarkerType[]
}

@ObjectType({ description: 'A private place to talk to a contact in person.' })
export class QuietRoom {
  @Field(() => String)
  location: string

  @Field(() => String, { nullable: true })
  directions: string | null
}
