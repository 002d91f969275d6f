import { ArrayMaxSize, IsOptional, Length, MaxLength } from 'class-validator'
import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql'
import type { CasePersonFlag, CasePersonRole } from './case-person.entity.js'

export const CasePersonRoleEnum = {
  REPORTER: 'reporter',
  REPORTED: 'reported',
  WITNESS: 'witness',
} as const satisfies Record<string, CasePersonRole>
registerEnumType(CasePersonRoleEnum, { name: 'CasePersonRole' })

export const CasePersonFlagEnum = {
  SPEAKER: 'speaker',
  SPONSOR: 'sponsor',
  STAFF: 'staff',
  VOLUNTEER: 'volunteer',
} as const satisfies Record<string, CasePersonFlag>
registerEnumType(CasePersonFlagEnum, {
  name: 'CasePersonFlag',
  description: 'What the person is at the event.',
})

@ObjectType({ description: 'Someone involved, by code name: who they are needs a reveal.' })
export class CasePerson {
  @Field(() => ID)
  id: string

  @Field(() => String, { description: 'e.g. "Person A"; stays for the life of the case.' })
  codeName: string

  @Field(() => CasePersonRoleEnum)
  role: CasePersonRole

  @Field(() => [CasePersonFlagEnum])
  flags: CasePersonFlag[]

  @Field(() => Boolean, { description: 'A member of the team (they stand aside from the case).' })
  isTeamMember: boolean
}

@ObjectType({ description: 'The real identity behind a code name, after a step-up; each reveal is audited.' })
export class RevealedCasePerson {
  @Field(() => String)
  codeName: string

  @Field(() => String)
  name: string

  @Field(() => String, { nullable: true })
  contact: string | null
}

@InputType()
export class AddCasePersonInput {
  @Field(() => ID)
  caseId: string

  @Field(() => CasePersonRoleEnum)
  role: CasePersonRole

  @Field(() => [CasePersonFlagEnum], { defaultValue: [] })
  @ArrayMaxSize(4)
  flags: CasePersonFlag[]

  @Field(() => String, { description: 'Their name as the team knows it; sealed, shown only by a reveal.' })
  @Length(1, 200)
  name: string

  @Field(() => String, { nullable: true, description: 'How to reach them; sealed.' })
  @IsOptional()
  @MaxLength(300)
  contact?: string | null

  @Field(() => ID, {
    nullable: true,
    description: 'When the person is on the event’s team: their account, so they stand aside from the case.',
  })
  accountId?: string | null
}
