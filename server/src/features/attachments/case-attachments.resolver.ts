import { GraphQLDateTime } from 'graphql-scalars'
import { Field, FieldResolver, ID, Int, ObjectType, Resolver, Root } from 'type-graphql'
import { CaseDetail } from '../cases/case.type.js'
import type { AttachmentService } from './attachment.service.js'

@ObjectType({
  description:
    'A file of the case, from the reporter or the team. The name is shown as text; the file opens only as a download.',
})
export class CaseAttachment {
  @Field(() => ID)
  id: string

  @Field(() => String, { description: 'image, pdf, video, audio or text' })
  kind: string

  @Field(() => String)
  mimeType: string

  @Field(() => Int)
  sizeBytes: number

  @Field(() => String, { nullable: true })
  name: string | null

  @Field(() => String, {
    description: 'Download address; needs the session of someone who may see the case.',
  })
  url: string

  @Field(() => String, { description: 'reporter (with their receipt) or team (a responder)' })
  addedBy: string

  @Field(() => String, { nullable: true, description: 'The responder who added it; null for the reporter.' })
  addedByName: string | null

  @Field(() => GraphQLDateTime)
  createdAt: Date

  @Field(() => Boolean, {
    description:
      'False when the file is kept exactly as it was sent (PDF, audio, video): hidden details such as its author or location were not removed. Pictures are re-encoded without them; plain text has none.',
  })
  isMetadataRemoved: boolean
}

/** The attachments of a case the viewer already may see (CaseDetail is only built after that check). */
@Resolver(() => CaseDetail)
export class CaseAttachmentsResolver {
  constructor(private readonly services: { readonly attachments: AttachmentService }) {}

  @FieldResolver(() => [CaseAttachment])
  attachments(@Root() caseDetail: CaseDetail): Promise<CaseAttachment[]> {
    return this.services.attachments.listForCase(caseDetail.id)
  }
}
