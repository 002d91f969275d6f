import {
  POLICY_EXTENSION_KINDS,
  POLICY_EXTENSION_MAX_LENGTH,
  POLICY_EXTENSIONS_MAX,
} from '@conduct-desk/shared'
import { ArrayMaxSize, IsIn, Length, ValidateNested } from 'class-validator'
import { Field, ID, InputType } from 'type-graphql'

@InputType()
export class PolicyExtensionInput {
  @Field(() => String, {
    description: 'venue-rules, local-law, accessibility, health-and-safety, weapons or other',
  })
  @IsIn(POLICY_EXTENSION_KINDS, {
    message: 'Choose what the extension is about; the baseline itself cannot be changed.',
  })
  kind: string

  @Field(() => String)
  @Length(1, POLICY_EXTENSION_MAX_LENGTH)
  text: string
}

@InputType({ description: 'The whole list of extensions; saving makes a new version.' })
export class SavePolicyInput {
  @Field(() => ID)
  eventId: string

  @Field(() => [PolicyExtensionInput])
  @ArrayMaxSize(POLICY_EXTENSIONS_MAX)
  @ValidateNested({ each: true })
  extensions: PolicyExtensionInput[]
}
