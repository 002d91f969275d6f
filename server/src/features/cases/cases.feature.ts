import type { Feature } from '../../platform/feature/feature.js'
import { CaseAccessEntity } from './case-access.entity.js'
import { CaseFileEntity } from './case-file.entity.js'
import { CASE_MESSAGE_BODY, CaseMessageEntity } from './case-message.entity.js'
import { CaseResolver } from './case.resolver.js'

/** Cases: the inbox, the reporter's wishes about who may see them, and the conversation. */
export const casesFeature: Feature = {
  name: 'cases',
  entities: [CaseFileEntity, CaseAccessEntity, CaseMessageEntity],
  resolvers: [CaseResolver],
  sealedColumns: [CASE_MESSAGE_BODY],
}
