import type { Feature } from '../../platform/feature/feature.js'
import { AttachmentEntity } from './attachment.entity.js'
import { CaseAttachmentsResolver } from './case-attachments.resolver.js'

/** Files that come with reports: checked by content, stripped, encrypted at rest, downloaded only. */
export const attachmentsFeature: Feature = {
  name: 'attachments',
  entities: [AttachmentEntity],
  resolvers: [CaseAttachmentsResolver],
}
