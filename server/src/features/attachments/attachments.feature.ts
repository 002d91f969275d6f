import type { Feature } from '../../platform/feature/feature.js'
import { ATTACHMENT_FILE_KEY, ATTACHMENT_NAME, AttachmentEntity } from './attachment.entity.js'
import { CaseAttachmentsResolver } from './case-attachments.resolver.js'

/** Files that come with reports: checked by content, stripped, encrypted at rest, downloaded only. */
export const attachmentsFeature: Feature = {
  name: 'attachments',
  entities: [AttachmentEntity],
  resolvers: [CaseAttachmentsResolver],
  sealedColumns: [ATTACHMENT_NAME, ATTACHMENT_FILE_KEY],
}
