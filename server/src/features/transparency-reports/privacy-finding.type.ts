import { PRIVACY_FINDING_KINDS, type PrivacyFindingKind } from '@conduct-desk/shared'
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql'

/** The GraphQL enum: each name is its value (`NAME: 'NAME'`), as the shared kinds are already SCREAMING_SNAKE. */
const PrivacyFindingKindEnum = Object.fromEntries(PRIVACY_FINDING_KINDS.map(kind => [kind, kind])) as Record<
  PrivacyFindingKind,
  PrivacyFindingKind
>
registerEnumType(PrivacyFindingKindEnum, {
  name: 'PrivacyFindingKind',
  description:
    'Why the privacy check points at a place: NAME, EMAIL, PHONE and HANDLE block publishing (except a NAME that is also an ordinary report word, only written capitalised: a warning); SMALL_COUNT (a count of 1 or 2) and EXACT_TIME (a time of day, or a date beside an incident) are warnings.',
})

@ObjectType({
  description:
    'One place in the text given to the privacy check: offsets in UTF-16 code units (JavaScript string indexes) into that very text, so a screen highlights it in place. Never a recorded identifier: only the caller’s own words.',
})
export class PrivacyFinding {
  @Field(() => Int, { description: 'Where it starts (inclusive).' })
  start: number

  @Field(() => Int, { description: 'Where it ends (exclusive).' })
  end: number

  @Field(() => String, { description: 'The text between start and end, as given.' })
  text: string

  @Field(() => PrivacyFindingKindEnum)
  kind: PrivacyFindingKind

  @Field(() => Boolean, { description: 'True: publishing is refused while it is there. False: a warning.' })
  blocking: boolean
}
